# ruff: noqa
# regular expressions compiled to automata: a parser for | * + ? ( ) . and character classes, Thompson NFA
# construction, epsilon closures with frozensets, subset construction to a DFA, Hopcroft-style minimization
# by partition refinement, and matching many strings with each engine
class State:
    count = 0
    def __init__(self):
        State.count += 1
        self.id = State.count
        self.edges = []
        self.eps = []
def parse(pattern):
    pos = 0
    def peek():
        return pattern[pos] if pos < len(pattern) else None
    def take():
        nonlocal pos
        ch = pattern[pos]
        pos += 1
        return ch
    def alternation():
        node = concatenation()
        while peek() == "|":
            take()
            node = ("alt", node, concatenation())
        return node
    def concatenation():
        items = []
        while peek() not in (None, "|", ")"):
            items.append(repetition())
        node = ("empty",)
        for it in items:
            node = it if node == ("empty",) else ("cat", node, it)
        return node
    def repetition():
        node = atom()
        while peek() in ("*", "+", "?"):
            node = ({"*": "star", "+": "plus", "?": "opt"}[take()], node)
        return node
    def atom():
        ch = take()
        if ch == "(":
            node = alternation()
            if take() != ")":
                raise ValueError("expected )")
            return node
        if ch == "[":
            negate = peek() == "^"
            if negate:
                take()
            chars = set()
            while peek() != "]":
                c = take()
                if peek() == "-" and pattern[pos + 1] != "]":
                    take()
                    end = take()
                    chars.update(chr(o) for o in range(ord(c), ord(end) + 1))
                else:
                    chars.add(c)
            take()
            return ("set", frozenset(chars), negate)
        if ch == ".":
            return ("any",)
        if ch == "\\":
            return ("lit", take())
        return ("lit", ch)
    tree = alternation()
    if pos != len(pattern):
        raise ValueError("unexpected %r at %d" % (pattern[pos], pos))
    return tree
def build(node):
    kind = node[0]
    start, end = State(), State()
    if kind == "empty":
        start.eps.append(end)
    elif kind in ("lit", "set", "any"):
        start.edges.append((node, end))
    elif kind == "cat":
        s1, e1 = build(node[1])
        s2, e2 = build(node[2])
        start.eps.append(s1)
        e1.eps.append(s2)
        e2.eps.append(end)
    elif kind == "alt":
        for sub in node[1:]:
            s, e = build(sub)
            start.eps.append(s)
            e.eps.append(end)
    elif kind in ("star", "plus", "opt"):
        s, e = build(node[1])
        start.eps.append(s)
        if kind != "plus":
            start.eps.append(end)
        e.eps.append(end)
        if kind != "opt":
            e.eps.append(s)
    return start, end
def accepts(label, ch):
    kind = label[0]
    if kind == "lit":
        return label[1] == ch
    if kind == "any":
        return True
    return (ch in label[1]) != label[2]
def closure(states):
    stack = list(states)
    seen = set(states)
    while stack:
        s = stack.pop()
        for t in s.eps:
            if t not in seen:
                seen.add(t)
                stack.append(t)
    return frozenset(seen)
def nfa_match(start, end, text):
    current = closure([start])
    for ch in text:
        current = closure([t for s in current for label, t in s.edges if accepts(label, ch)])
        if not current:
            return False
    return end in current
def to_dfa(start, end, alphabet):
    first = closure([start])
    ids = {first: 0}
    trans = {}
    accept = set()
    work = [first]
    while work:
        S = work.pop()
        if end in S:
            accept.add(ids[S])
        for ch in alphabet:
            T = closure([t for s in S for label, t in s.edges if accepts(label, ch)])
            if not T:
                continue
            if T not in ids:
                ids[T] = len(ids)
                work.append(T)
            trans[(ids[S], ch)] = ids[T]
    return len(ids), trans, accept
def minimize(n, trans, accept, alphabet):
    partition = [p for p in (set(accept), set(range(n)) - set(accept)) if p]
    changed = True
    while changed:
        changed = False
        new_partition = []
        for block in partition:
            groups = {}
            for s in sorted(block):
                key = tuple(next((i for i, b in enumerate(partition) if trans.get((s, ch)) in b), -1) for ch in alphabet)
                groups.setdefault(key, set()).add(s)
            new_partition.extend(groups.values())
            if len(groups) > 1:
                changed = True
        partition = new_partition
    return len(partition)
def dfa_match(dfa, text):
    n, trans, accept = dfa
    state = 0
    for ch in text:
        state = trans.get((state, ch))
        if state is None:
            return False
    return state in accept
ALPHABET = "abc01xyz."
tests = [("a(b|c)*", ["a", "abcb", "ac", "b", "abx", ""]), ("(ab)+c?", ["ab", "ababc", "abc", "c", "aba"]),
         ("[a-c]+[0-1]*", ["abc01", "c", "0", "ba1"]), ("x.y", ["xay", "x.y", "xy", "xaay"]),
         ("(a|b)*abb", ["abb", "aabb", "babb", "ab", "abba"]), ("[^ab]*", ["", "cxz", "ca", "01."]),
         ("a?b?c?", ["", "abc", "ac", "ba"]), ("(0|1(01*0)*1)*", ["0", "11", "110", "1001", "10", "111"])]
for pattern, strings in tests:
    tree = parse(pattern)
    start, end = build(tree)
    dfa = to_dfa(start, end, ALPHABET)
    results = [(s, nfa_match(start, end, s), dfa_match(dfa, s)) for s in strings]
    assert all(a == b for _, a, b in results)
    print("%-16s dfa=%d min=%d %s" % (pattern, dfa[0], minimize(dfa[0], dfa[1], dfa[2], ALPHABET),
                                      " ".join("%s:%s" % (s or "''", "Y" if m else "n") for s, m, _ in results)))
print([n for n in range(20) if dfa_match(to_dfa(*build(parse("(0|1(01*0)*1)*")), "01"), bin(n)[2:])])
for bad in ["(ab", "a)", "[ab"]:
    try:
        parse(bad)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
