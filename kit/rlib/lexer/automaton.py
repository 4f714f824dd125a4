"""From regex trees to one minimal DFA over character classes (import time only).

Thompson NFA per rule, an alphabet partitioned into classes, subset construction, Moore minimisation.
"""

from __future__ import annotations

from kit.rlib.lexer import charset
from kit.rlib.lexer.charset import Ranges
from kit.rlib.lexer.regex import Alternatives, Chars, Node, Repeat, Sequence
from kit.rlib.objectmodel import not_rpython

NO_RULE = -1
DEAD = -1


@not_rpython
class NFA:
    """States are ints; `epsilon[s]` lists silent moves, `moves[s]` lists (label, target) pairs.

    A label indexes `labels`, the code point sets that appear in the rules.
    """

    def __init__(self) -> None:
        self.epsilon: list[list[int]] = []
        self.moves: list[list[tuple[int, int]]] = []
        self.labels: list[Ranges] = []
        self.label_ids: dict[tuple[tuple[int, int], ...], int] = {}
        self.accepting: dict[int, int] = {}   # final NFA state -> rule index
        self.start = self.new_state()

    def new_state(self) -> int:
        self.epsilon.append([])
        self.moves.append([])
        return len(self.epsilon) - 1

    def label(self, ranges: Ranges) -> int:
        key = tuple(ranges)
        if key not in self.label_ids:
            self.label_ids[key] = len(self.labels)
            self.labels.append(ranges)
        return self.label_ids[key]

    def add_rule(self, tree: Node, rule_index: int) -> None:
        start, end = self.build(tree)
        self.epsilon[self.start].append(start)
        self.accepting[end] = rule_index

    def build(self, node: Node) -> tuple[int, int]:
        """A fragment (entry state, exit state) recognising `node`."""
        if isinstance(node, Chars):
            start, end = self.new_state(), self.new_state()
            if node.ranges:
                self.moves[start].append((self.label(node.ranges), end))
            return start, end
        if isinstance(node, Sequence):
            return self.build_sequence(node.items)
        if isinstance(node, Alternatives):
            start, end = self.new_state(), self.new_state()
            for option in node.options:
                option_start, option_end = self.build(option)
                self.epsilon[start].append(option_start)
                self.epsilon[option_end].append(end)
            return start, end
        if isinstance(node, Repeat):
            return self.build_repeat(node)
        raise TypeError(f"unknown regex node {node!r}")

    def build_sequence(self, items: list[Node]) -> tuple[int, int]:
        start = end = self.new_state()
        for item in items:
            item_start, item_end = self.build(item)
            self.epsilon[end].append(item_start)
            end = item_end
        return start, end

    def build_repeat(self, node: Repeat) -> tuple[int, int]:
        start = end = self.new_state()
        for _ in range(node.low):
            item_start, item_end = self.build(node.item)
            self.epsilon[end].append(item_start)
            end = item_end
        if node.high is None:
            # a loop: enter the item or skip it; after the item, go round again or leave
            loop, leave = self.new_state(), self.new_state()
            item_start, item_end = self.build(node.item)
            self.epsilon[end].append(loop)
            self.epsilon[loop].extend([item_start, leave])
            self.epsilon[item_end].append(loop)
            return start, leave
        for _ in range(node.high - node.low):
            item_start, item_end = self.build(node.item)
            after = self.new_state()
            self.epsilon[end].extend([item_start, after])
            self.epsilon[item_end].append(after)
            end = after
        return start, end

    def closure(self, states: set[int] | list[int]) -> frozenset[int]:
        seen = set(states)
        work = list(states)
        while work:
            state = work.pop()
            for target in self.epsilon[state]:
                if target not in seen:
                    seen.add(target)
                    work.append(target)
        return frozenset(seen)


@not_rpython
class Alphabet:
    """The code points split into classes: two code points share a class when every label treats them alike.

    `intervals` is a list of (low, high, class) covering 0..MAX_CODE_POINT; `label_classes[label]` the
    classes inside that label.
    """

    def __init__(self, labels: list[Ranges]) -> None:
        cuts = {0, charset.MAX_CODE_POINT + 1}
        for ranges in labels:
            for low, high in ranges:
                cuts.add(low)
                cuts.add(high + 1)
        bounds = sorted(cuts)
        signature_class: dict[tuple[int, ...], int] = {}
        self.intervals: list[tuple[int, int, int]] = []
        self.label_classes: list[list[int]] = [[] for _ in labels]
        # sweep the elementary intervals once, tracking which range of each label we are in
        cursor = [0] * len(labels)
        for low, next_low in zip(bounds, bounds[1:]):
            inside = []
            for label, ranges in enumerate(labels):
                i = cursor[label]
                while i < len(ranges) and ranges[i][1] < low:
                    i += 1
                cursor[label] = i
                if i < len(ranges) and ranges[i][0] <= low:
                    inside.append(label)
            signature = tuple(inside)
            if signature not in signature_class:
                signature_class[signature] = len(signature_class)
                for label in inside:
                    self.label_classes[label].append(signature_class[signature])
            self.intervals.append((low, next_low - 1, signature_class[signature]))
        self.count = len(signature_class)


@not_rpython
class DFA:
    """A deterministic automaton: `transitions[state][cls]` is a state or DEAD; start state 0.

    `accepting[state]` is the rule the state accepts (the earliest rule on ties) or NO_RULE.
    """

    def __init__(self, transitions: list[list[int]], accepting: list[int], alphabet: Alphabet) -> None:
        self.transitions = transitions
        self.accepting = accepting
        self.alphabet = alphabet

    @property
    def state_count(self) -> int:
        return len(self.transitions)

    @property
    def class_count(self) -> int:
        return self.alphabet.count


@not_rpython
def build_dfa(trees: list[Node]) -> DFA:
    """One DFA recognising every rule at once; rule i is `trees[i]`."""
    nfa = NFA()
    for index, tree in enumerate(trees):
        nfa.add_rule(tree, index)
    alphabet = Alphabet(nfa.labels)
    dfa = subset_construction(nfa, alphabet)
    dfa = minimize(dfa)
    return merge_equal_classes(dfa)


@not_rpython
def subset_construction(nfa: NFA, alphabet: Alphabet) -> DFA:
    start = nfa.closure([nfa.start])
    state_ids = {start: 0}
    sets = [start]
    transitions: list[list[int]] = []
    accepting: list[int] = []
    index = 0
    while index < len(sets):
        current = sets[index]
        index += 1
        targets_by_class: dict[int, set[int]] = {}
        for state in current:
            for label, target in nfa.moves[state]:
                for cls in alphabet.label_classes[label]:
                    targets_by_class.setdefault(cls, set()).add(target)
        row = [DEAD] * alphabet.count
        for cls, targets in targets_by_class.items():
            target_set = nfa.closure(targets)
            if target_set not in state_ids:
                state_ids[target_set] = len(sets)
                sets.append(target_set)
            row[cls] = state_ids[target_set]
        transitions.append(row)
        rules = [nfa.accepting[s] for s in current if s in nfa.accepting]
        accepting.append(min(rules) if rules else NO_RULE)
    return DFA(transitions, accepting, alphabet)


@not_rpython
def minimize(dfa: DFA) -> DFA:
    """Moore's partition refinement; also drops states that cannot reach an accepting state."""
    live = _live_states(dfa)
    states = [s for s in range(dfa.state_count) if s in live]
    block = {s: dfa.accepting[s] for s in states}
    block_count = len(set(block.values()))
    while True:
        keys: dict[tuple, int] = {}
        new_block = {}
        for s in states:
            row = tuple(block[t] if t in live else DEAD - 1 for t in dfa.transitions[s])
            key = (block[s], row)
            if key not in keys:
                keys[key] = len(keys)
            new_block[s] = keys[key]
        block = new_block
        if len(keys) == block_count:
            break
        block_count = len(keys)
    # number the blocks breadth-first from the start so that the start state is 0
    order: dict[int, int] = {}
    representative: list[int] = []
    work = [0]
    order[block[0]] = 0
    representative.append(0)
    while work:
        s = work.pop(0)
        for t in dfa.transitions[s]:
            if t in live and block[t] not in order:
                order[block[t]] = len(representative)
                representative.append(t)
                work.append(t)
    transitions = []
    accepting = []
    for s in representative:
        transitions.append([order[block[t]] if t in live else DEAD for t in dfa.transitions[s]])
        accepting.append(dfa.accepting[s])
    return DFA(transitions, accepting, dfa.alphabet)


@not_rpython
def _live_states(dfa: DFA) -> set[int]:
    """States from which some accepting state is reachable (the start state always counts)."""
    predecessors: dict[int, set[int]] = {}
    for s, row in enumerate(dfa.transitions):
        for t in row:
            if t != DEAD:
                predecessors.setdefault(t, set()).add(s)
    live = {s for s in range(dfa.state_count) if dfa.accepting[s] != NO_RULE}
    work = list(live)
    while work:
        t = work.pop()
        for s in predecessors.get(t, ()):
            if s not in live:
                live.add(s)
                work.append(s)
    live.add(0)
    return live


@not_rpython
def merge_equal_classes(dfa: DFA) -> DFA:
    """Classes whose columns are equal in every state become one class; renumbered in first-use order."""
    column_class: dict[tuple[int, ...], int] = {}
    renumber: list[int] = []
    for cls in range(dfa.class_count):
        column = tuple(row[cls] for row in dfa.transitions)
        if column not in column_class:
            column_class[column] = len(column_class)
        renumber.append(column_class[column])
    new_count = len(column_class)
    transitions = []
    for row in dfa.transitions:
        new_row = [DEAD] * new_count
        for cls, target in enumerate(row):
            new_row[renumber[cls]] = target
        transitions.append(new_row)
    alphabet = dfa.alphabet
    merged = Alphabet.__new__(Alphabet)
    merged.count = new_count
    merged.label_classes = [[renumber[c] for c in classes] for classes in alphabet.label_classes]
    merged.intervals = []
    for low, high, cls in alphabet.intervals:
        new_cls = renumber[cls]
        if merged.intervals and merged.intervals[-1][2] == new_cls:
            merged.intervals[-1] = (merged.intervals[-1][0], high, new_cls)
        else:
            merged.intervals.append((low, high, new_cls))
    return DFA(transitions, accepting=dfa.accepting, alphabet=merged)
