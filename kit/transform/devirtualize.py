"""Guarded devirtualization: an indirect call (a method of a class family) whose few possible
targets are all small becomes a test of the function pointer and a direct call of each target, which
the inliner then inlines (`w_value.is_true()` becomes a load and a compare instead of a call).

It runs on low-level graphs after the exception transform, as part of inlining.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kit.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable
from kit.rtyper import lltype

# an indirect call with more possible targets than this stays indirect
MAX_TARGETS = 3


def _const(T: lltype.LowLevelType, value: Any) -> Constant:
    c = Constant(value)
    c.concretetype = T
    return c


def _var(T: lltype.LowLevelType, hint: str = "v") -> Variable:
    v = Variable(hint)
    v.concretetype = T
    return v


def _targets(op: SpaceOperation, wanted: Callable[[FunctionGraph], bool]) -> list[FunctionGraph] | None:
    """The graphs of an indirect call worth calling directly, or None."""
    graphs = op.args[-1].value
    if not graphs or len(graphs) > MAX_TARGETS or len(set(graphs)) != len(graphs):
        return None
    args = op.args[1:-1]
    for graph in graphs:
        if getattr(graph, "llfunction", None) is None or not wanted(graph):
            return None
        params = graph.startblock.inputargs
        if len(params) != len(args):
            return None
        for a, p in zip(args, params):
            if not _compatible(a.concretetype, p.concretetype):
                return None
        if not _compatible(graph.getreturnvar().concretetype, op.result.concretetype):
            return None
    return list(graphs)


def _compatible(T1: Any, T2: Any) -> bool:
    """The same low-level type, or two GC pointer types (a cast_pointer converts)."""
    return T1 == T2 or (lltype.is_gc_pointer(T1) and lltype.is_gc_pointer(T2))


def _cast(ops: list[SpaceOperation], v: Any, T: Any) -> Any:
    if v.concretetype == T:
        return v
    if isinstance(v, Constant):
        return _const(T, v.value)
    v2 = _var(T, "cast")
    ops.append(SpaceOperation("cast_pointer", [_const(lltype.Void, T), v], v2))
    return v2


def _fresh_block(values: list[Variable]) -> tuple[Block, dict[Variable, Variable]]:
    mapping = {}
    for v in values:
        copy = v.copy()
        copy.concretetype = v.concretetype
        mapping[v] = copy
    return Block([mapping[v] for v in values]), mapping


def devirtualize_graph(graph: FunctionGraph, wanted: Callable[[FunctionGraph], bool],
                       skip: set[Block] | None = None) -> int:
    """Rewrite the indirect calls of `graph` whose targets are all `wanted`; returns how many."""
    from kit.transform.inline import _split_after
    count = 0
    pending = [b for b in graph.iterblocks() if not b.is_final and (skip is None or b not in skip)]
    while pending:
        block = pending.pop()
        for index, op in enumerate(block.operations):
            if op.opname != "indirect_call":
                continue
            graphs = _targets(op, wanted)
            if graphs is None:
                continue
            after, carried = _split_after(block, index)
            block.operations.pop()
            _dispatch(block, op, graphs, after, carried)
            count += 1
            pending.append(after)
            break
    return count


def _dispatch(block: Block, op: SpaceOperation, graphs: list[FunctionGraph], after: Block,
              carried: list[Variable]) -> None:
    """Close `block` with the tests of the function pointer, one block per target calling it."""
    from kit.transform.inline import _is_exception_check
    fnptr = op.args[0]
    args = op.args[1:-1]
    # the values each new block needs: the call's operands and the caller's live values
    needed: list[Variable] = []
    for v in [fnptr, *args, *carried]:
        if isinstance(v, Variable) and v is not op.result and v not in needed:
            needed.append(v)
    check = _is_exception_check(after) and all(
        not isinstance(a, Variable) or a in after.inputargs for link in after.exits for a in link.args)
    current, cmap = block, {v: v for v in needed}
    for i, graph in enumerate(graphs):
        call_block, mapping = _fresh_block(needed)
        _fill_call_block(call_block, mapping, op, graph, after, carried, check)
        if i == len(graphs) - 1:
            # the last possible target needs no test
            current.closeblock(Link([cmap[v] for v in needed], call_block))
            break
        v_eq = _var(lltype.Bool, "is_target")
        fn_const = _const(fnptr.concretetype, lltype.LLPointer(fnptr.concretetype, graph.llfunction))
        f = cmap[fnptr] if isinstance(fnptr, Variable) else fnptr
        current.operations.append(SpaceOperation("ptr_eq", [f, fn_const], v_eq))
        current.exitswitch = v_eq
        next_block, next_map = _fresh_block(needed)
        current.closeblock(Link([cmap[v] for v in needed], next_block, False),
                           Link([cmap[v] for v in needed], call_block, True))
        current, cmap = next_block, next_map


def _fill_call_block(call_block: Block, mapping: dict[Variable, Variable], op: SpaceOperation,
                     graph: FunctionGraph, after: Block, carried: list[Variable], check: bool) -> None:
    def m(v: Any) -> Any:
        return mapping.get(v, v) if isinstance(v, Variable) else v

    ops: list[SpaceOperation] = []
    params = graph.startblock.inputargs
    call_args = [_cast(ops, m(a), p.concretetype) for a, p in zip(op.args[1:-1], params)]
    v_result = _var(graph.getreturnvar().concretetype, "result")
    ops.append(SpaceOperation("direct_call", [_const(lltype.Void, graph.llfunction), *call_args], v_result, op.loc))
    result = _cast(ops, v_result, op.result.concretetype)
    values = [result if v is op.result else m(v) for v in carried]
    if check:
        # keep the test of the exception state right after the call (the inliner removes it where
        # the inlined body shows which of its returns raise)
        exc = after.operations[0]
        v_exc = _var(lltype.Bool, "exc")
        ops.append(SpaceOperation("exc_occurred", [], v_exc, exc.loc))
        call_block.operations = ops
        call_block.exitswitch = v_exc
        subst = dict(zip(after.inputargs, values))
        links = []
        for link in after.exits:
            new = Link([subst[a] if isinstance(a, Variable) else a for a in link.args], link.target, link.exitcase)
            new.loc = link.loc
            links.append(new)
        call_block.closeblock(*links)
    else:
        call_block.operations = ops
        call_block.closeblock(Link(values, after))
