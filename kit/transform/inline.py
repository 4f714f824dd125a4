"""Inlining of small functions: a direct call of a small, non-recursive graph is replaced by a copy of
its blocks, so the optimiser sees through accessors, list helpers and `@always_inline` functions.

It runs on low-level graphs after the exception transform (exceptions are already plain control
flow: a callee that raises stores the exception and returns, and the caller's check that follows the
call is kept) and before the GC transform (which then protects roots in the merged graph).
"""

from __future__ import annotations

from typing import Any

from kit.flow.model import Block, FunctionGraph, Link, SpaceOperation, Variable
from kit.transform.analysis import called_graphs
from kit.transform.devirtualize import devirtualize_graph
from kit.transform.stackcheck import recursive_graphs

# a graph with at most this many operations is inlined at every call site
INLINE_THRESHOLD = 32
# operations that only rename a value: they generate no code
FREE_OPS = frozenset(["same_as", "cast_pointer", "cast_opaque_ptr", "cast_ptr_to_adr", "cast_adr_to_ptr",
                      "cast_int_to_uint", "cast_uint_to_int", "keepalive"])
# a caller stops receiving inlined code once it has this many operations
CALLER_LIMIT = 4000


def graph_size(graph: FunctionGraph) -> int:
    return sum(len(block.operations) for block in graph.iterblocks())


def cold_blocks(graph: FunctionGraph) -> set[Block]:
    """The blocks on paths that only end in raising an exception: they set the exception state, or
    pass on a pending one (the branch taken when the check after a call finds an exception:
    building an error message may itself fail), or lead only to such blocks."""
    blocks = [b for b in graph.iterblocks() if not b.is_final]
    raising = {b for b in blocks if any(op.opname == "exc_set" for op in b.operations)}
    for b in blocks:
        if b.operations and b.operations[-1].opname == "exc_occurred" \
                and b.exitswitch is b.operations[-1].result:
            raising.update(link.target for link in b.exits if link.exitcase is True
                           and not link.target.operations and link.target.exits
                           and link.target.exits[0].target is graph.returnblock)
    changed = True
    while changed:
        changed = False
        for b in blocks:
            if b not in raising and b.exits and all(link.target in raising for link in b.exits):
                raising.add(b)
                changed = True
    return raising


def hot_size(graph: FunctionGraph) -> int:
    """The operations that generate code outside the cold blocks (building an error message costs
    nothing on the path that matters)."""
    cold = cold_blocks(graph)
    return sum(1 for b in graph.iterblocks() if not b.is_final and b not in cold
               for op in b.operations if op.opname not in FREE_OPS)


def _flag(graph: FunctionGraph, name: str) -> bool:
    func = getattr(graph, "func", None)
    return bool(getattr(func, name, False))


class _Memo:
    """Facts about callees, computed once: a graph is final by the time it is inlined anywhere (the
    callers are processed after their callees)."""

    def __init__(self) -> None:
        self.hot: dict[FunctionGraph, int] = {}
        self.states: dict[FunctionGraph, dict[Link, bool | None]] = {}

    def hot_size(self, graph: FunctionGraph) -> int:
        if graph not in self.hot:
            self.hot[graph] = hot_size(graph)
        return self.hot[graph]

    def return_states(self, graph: FunctionGraph) -> dict[Link, bool | None]:
        if graph not in self.states:
            self.states[graph] = return_states(graph)
        return self.states[graph]


def inline_small_functions(graphs: list[FunctionGraph], threshold: int = INLINE_THRESHOLD) -> int:
    """Inline, bottom-up over the call graph, every call of a small enough graph; returns the count."""
    recursive = recursive_graphs(graphs)
    known = set(graphs)
    inlined = 0
    memo = _Memo()
    for caller in _callees_first(graphs, known):
        inlined += _inline_into(caller, known, recursive, threshold, memo)
    return inlined


def _callees_first(graphs: list[FunctionGraph], known: set[FunctionGraph]) -> list[FunctionGraph]:
    order: list[FunctionGraph] = []
    seen: set[FunctionGraph] = set()
    for root in graphs:
        if root in seen:
            continue
        seen.add(root)
        work = [(root, iter([c for c in called_graphs(root) if c in known]))]
        while work:
            graph, callees = work[-1]
            for callee in callees:
                if callee not in seen:
                    seen.add(callee)
                    work.append((callee, iter([c for c in called_graphs(callee) if c in known])))
                    break
            else:
                work.pop()
                order.append(graph)
    return order


def _wants_inlining(callee: FunctionGraph, caller: FunctionGraph, recursive: set[FunctionGraph],
                    threshold: int, memo: _Memo) -> bool:
    if callee is caller or callee in recursive or _flag(callee, "_kit_dont_inline_"):
        return False
    if _flag(callee, "_kit_always_inline_"):
        return True
    return memo.hot_size(callee) <= threshold


def _inline_into(caller: FunctionGraph, known: set[FunctionGraph], recursive: set[FunctionGraph],
                 threshold: int, memo: _Memo) -> int:
    count = 0
    # calls on the paths that end in raising stay calls: inlining there only grows the code (and
    # the stack frame, which recursive interpreters pay per level)
    cold = cold_blocks(caller)
    # method calls whose few possible bodies are all small: test the target, call it directly
    devirtualize_graph(caller, lambda g: g in known and _wants_inlining(g, caller, recursive, threshold, memo),
                       cold)
    cold = cold_blocks(caller)
    size = graph_size(caller)
    pending = [b for b in caller.iterblocks() if not b.is_final]
    while pending:
        block = pending.pop()
        for index, op in enumerate(block.operations):
            if op.opname != "direct_call":
                continue
            callee = getattr(op.args[0].value, "graph", None)
            if callee is None or callee not in known or not _wants_inlining(callee, caller, recursive, threshold,
                                                                            memo):
                continue
            if block in cold and not _flag(callee, "_kit_always_inline_"):
                continue
            callee_size = graph_size(callee)
            if size + callee_size > CALLER_LIMIT and not _flag(callee, "_kit_always_inline_"):
                continue
            after = inline_call(block, index, callee, memo.return_states)
            size += callee_size
            count += 1
            # the rest of the block moved into `after`; the copied blocks hold no candidates of
            # their own (callees were processed first), except calls they already contained
            pending.append(after)
            if block in cold:
                cold.add(after)
            break
    return count


def _split_after(block: Block, index: int) -> tuple[Block, list[Any]]:
    """Move the operations after `index` (and the exits) into a new block; returns it and the values
    the link into it carries (in the order of its inputargs)."""
    rest = block.operations[index + 1:]
    defined_later = {op.result for op in rest}
    needed: list[Variable] = []
    seen: set[Variable] = set()

    def use(v: Any) -> None:
        if isinstance(v, Variable) and v not in defined_later and v not in seen:
            seen.add(v)
            needed.append(v)

    for op in rest:
        for a in op.args:
            use(a)
    if isinstance(block.exitswitch, Variable):
        use(block.exitswitch)
    for link in block.exits:
        for a in link.args:
            use(a)
    renamed = {v: v.copy() for v in needed}

    def r(v: Any) -> Any:
        return renamed.get(v, v) if isinstance(v, Variable) else v

    after = Block([renamed[v] for v in needed])
    after.operations = [SpaceOperation(op.opname, [r(a) for a in op.args], op.result, op.loc) for op in rest]
    after.exitswitch = r(block.exitswitch) if isinstance(block.exitswitch, Variable) else block.exitswitch
    exits = []
    for link in block.exits:
        new = Link([r(a) for a in link.args], link.target, link.exitcase)
        new.loc = link.loc
        new.prevblock = after
        exits.append(new)
    after.exits = exits
    block.operations = block.operations[:index + 1]
    block.exitswitch = None
    block.exits = []
    return after, list(needed)


def _is_exception_check(block: Block) -> bool:
    """The block only tests the exception state (what the exception transform put after a call)."""
    return (len(block.operations) == 1 and block.operations[0].opname == "exc_occurred"
            and block.exitswitch is block.operations[0].result and len(block.exits) == 2
            and {link.exitcase for link in block.exits} == {False, True})


def _pending_after(block: Block, pending_at_entry: bool) -> bool:
    """Whether an exception is pending after the block's operations (exc_set sets one, exc_clear
    takes it away; the operations that may raise are always last, followed by a check)."""
    pending = pending_at_entry
    for op in block.operations:
        if op.opname == "exc_set":
            pending = True
        elif op.opname == "exc_clear":
            pending = False
    return pending


def return_states(graph: FunctionGraph) -> dict[Link, bool | None]:
    """For each link into the return block: True if an exception is surely pending on it (the
    function raises), False if surely not (a normal return), None if it may be either."""
    blocks = [b for b in graph.iterblocks() if not b.is_final]
    # may[b], must[b]: an exception may / must be pending on entry to b
    may = {b: False for b in blocks}
    must = {b: True for b in blocks}
    must[graph.startblock] = False

    def on_link(link: Link, may_in: bool, must_in: bool) -> tuple[bool, bool]:
        block = link.prevblock
        if block.exitswitch is not None and block.operations \
                and block.operations[-1].opname == "exc_occurred" and block.exitswitch is block.operations[-1].result:
            return (True, True) if link.exitcase is True else (False, False)
        return _pending_after(block, may_in), _pending_after(block, must_in)

    changed = True
    while changed:
        changed = False
        incoming_may: dict[Block, bool] = {}
        incoming_must: dict[Block, bool] = {}
        for b in blocks:
            for link in b.exits:
                if link.target.is_final:
                    continue
                lmay, lmust = on_link(link, may[b], must[b])
                incoming_may[link.target] = incoming_may.get(link.target, False) or lmay
                incoming_must[link.target] = incoming_must.get(link.target, True) and lmust
        for b in blocks:
            if b is graph.startblock:
                continue
            new_may, new_must = incoming_may.get(b, False), incoming_must.get(b, True)
            if new_may != may[b] or new_must != must[b]:
                may[b], must[b] = new_may, new_must
                changed = True
    states: dict[Link, bool | None] = {}
    for b in blocks:
        for link in b.exits:
            if link.target is graph.returnblock:
                lmay, lmust = on_link(link, may[b], must[b])
                states[link] = True if lmust else False if not lmay else None
    return states


def inline_call(block: Block, index: int, callee: FunctionGraph,
                states_of: Any = return_states) -> Block:
    """Replace block.operations[index], a direct_call of `callee`, by a copy of callee's blocks.

    When the call was followed by the check of the exception state (the callee may raise), each of
    the callee's returns that surely raises, or surely does not, goes straight to the caller's
    matching path: the inlined code tests the state only where the callee does."""
    op = block.operations[index]
    after, carried = _split_after(block, index)
    shortcuts: dict[bool, Link] = {}
    if _is_exception_check(after):
        shortcuts = {link.exitcase: link for link in after.exits}
        if any(isinstance(a, Variable) and a not in after.inputargs for link in after.exits for a in link.args):
            shortcuts = {}
    states = states_of(callee) if shortcuts else {}
    block.operations.pop()   # the call itself
    call_args = op.args[1:]
    start = callee.startblock
    assert len(call_args) == len(start.inputargs), (callee, op)
    passed = [v for v in carried if v is not op.result]   # caller values live after the call

    copies: dict[Block, tuple[Block, list[Variable]]] = {}
    mappings: dict[Block, dict[Variable, Variable]] = {}
    for cblock in callee.iterblocks():
        if cblock.is_final:
            continue
        mapping: dict[Variable, Variable] = {v: v.copy() for v in cblock.inputargs}
        extra = [v.copy() for v in passed]
        nb = Block([mapping[v] for v in cblock.inputargs] + extra)
        for cop in cblock.operations:
            mapping[cop.result] = cop.result.copy()
        copies[cblock] = (nb, extra)
        mappings[cblock] = mapping

    def m(mapping: dict[Variable, Variable], v: Any) -> Any:
        if isinstance(v, Variable):
            return mapping[v]
        return v

    assert not any(link.target is callee.exceptblock for b in callee.iterblocks() for link in b.exits), \
        "inlining runs after the exception transform"
    for cblock, (nb, extra) in copies.items():
        mapping = mappings[cblock]
        nb.operations = [SpaceOperation(cop.opname, [m(mapping, a) for a in cop.args], mapping[cop.result],
                                        cop.loc) for cop in cblock.operations]
        nb.exitswitch = m(mapping, cblock.exitswitch) if isinstance(cblock.exitswitch, Variable) \
            else cblock.exitswitch
        links = []
        for link in cblock.exits:
            if link.target is callee.returnblock:
                value = m(mapping, link.args[0])
                by_var = dict(zip(passed, extra))
                args = [value if v is op.result else by_var[v] for v in carried]
                shortcut = shortcuts.get(states.get(link))   # type: ignore[arg-type]
                if shortcut is not None:
                    subst = dict(zip(after.inputargs, args))
                    new = Link([subst[a] if isinstance(a, Variable) else a for a in shortcut.args],
                               shortcut.target, link.exitcase)
                else:
                    new = Link(args, after, link.exitcase)
            else:
                target, _ = copies[link.target]
                new = Link([m(mapping, a) for a in link.args] + extra, target, link.exitcase)
            new.loc = link.loc
            new.prevblock = nb
            links.append(new)
        nb.exits = links

    entry, _ = copies[start]
    link = Link(list(call_args) + passed, entry)
    link.prevblock = block
    block.exits = [link]
    return after

