"""Which arguments of a recursive portal function are its greens at the first merge point, so that a
call of the portal seen while tracing can tell which function of the user's program it enters.

The answer lets the metainterp inline calls of the user's functions into a trace and stop at
recursion (a call whose greens are already being traced becomes a residual call of the portal).
"""

from __future__ import annotations

from typing import Any

from jit.codewriter.descrs import kind_of
from jit.metainterp.history import FLOAT, INT, REF
from kit.flow.model import FunctionGraph, Variable

_KINDS = (INT, REF, FLOAT)


def portal_green_arguments(graph: FunctionGraph, n_greens: int) -> list[int]:
    """For each green of the merge point, in the order the JIT keeps greens (ints, then refs, then
    floats), its index among the portal's arguments of the same kind; [] when a green is not an
    argument passed unchanged from the function's entry to its first merge point (then calls of the
    portal are told apart by their depth alone)."""
    origin: dict[Any, tuple[str, int]] = {}
    counts = {INT: 0, REF: 0, FLOAT: 0}
    for v in graph.startblock.inputargs:
        k = kind_of(v.concretetype)
        if k in counts:
            origin[v] = (k, counts[k])
            counts[k] += 1
    block = graph.startblock
    seen = set()
    while block not in seen:
        seen.add(block)
        for op in block.operations:
            if op.opname == "jit_marker" and op.args[0].value == "jit_merge_point":
                return _green_positions(op.args[2:2 + n_greens], origin)
            if op.opname == "same_as" and op.args[0] in origin:
                origin[op.result] = origin[op.args[0]]
        if len(block.exits) != 1:
            return []
        link = block.exits[0]
        origin = {target: origin[arg] for arg, target in zip(link.args, link.target.inputargs, strict=True)
                  if isinstance(arg, Variable) and arg in origin}
        block = link.target
    return []


def _green_positions(greens: list[Any], origin: dict[Any, tuple[str, int]]) -> list[int]:
    by_kind: dict[str, list[int]] = {INT: [], REF: [], FLOAT: []}
    for v in greens:
        found = origin.get(v) if isinstance(v, Variable) else None
        k = kind_of(v.concretetype)
        if found is None or found[0] != k:
            return []
        by_kind[k].append(found[1])
    return by_kind[INT] + by_kind[REF] + by_kind[FLOAT]
