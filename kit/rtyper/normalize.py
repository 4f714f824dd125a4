"""Before lowering: functions called through one call site (a function pointer, a method slot)
must share one low-level signature, so their argument and result annotations are unified.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kit.annotator.model import SomeObject, UnionError, unionof
from kit.annotator.origin import AnnotatorError
from kit.flow.model import FunctionGraph

if TYPE_CHECKING:
    from kit.rtyper.rtyper import RPythonTyper


def call_families(rtyper: RPythonTyper) -> list[tuple[list[FunctionGraph], bool]]:
    """Groups of graphs that must agree: (graphs, are-they-methods).  Union-find over call sites."""
    parent: dict[FunctionGraph, FunctionGraph] = {}
    is_method: dict[FunctionGraph, bool] = {}

    def find(g: FunctionGraph) -> FunctionGraph:
        while parent[g] is not g:
            parent[g] = parent[parent[g]]
            g = parent[g]
        return g

    for _, called, method in rtyper.bookkeeper.call_sites:
        graphs = list(called)
        if len(set(graphs)) < 2:
            continue
        for g in graphs:
            parent.setdefault(g, g)
            is_method[g] = is_method.get(g, False) or method
        first = find(graphs[0])
        for g in graphs[1:]:
            root = find(g)
            if root is not first:
                parent[root] = first
    families: dict[FunctionGraph, list[FunctionGraph]] = {}
    for g in parent:
        families.setdefault(find(g), []).append(g)
    return [(gs, any(is_method[g] for g in gs)) for gs in families.values()]


def normalize_calls(rtyper: RPythonTyper) -> None:
    annotator = rtyper.annotator
    for _ in range(20):
        changed = False
        for graphs, methods in call_families(rtyper):
            nargs = {len(g.startblock.inputargs) for g in graphs}
            if len(nargs) != 1:
                names = ", ".join(sorted(f"{g.name}() ({len(g.startblock.inputargs)} arguments)" for g in graphs))
                raise AnnotatorError("functions called from the same place must take the same number of "
                                     f"arguments: {names}",
                                     hint="give them the same signature (defaults do not help: the call "
                                          "site passes every argument)")
            n = nargs.pop()
            first = 1 if methods else 0
            for i in range(first, n):
                cells = [annotator.bindings.get(g.startblock.inputargs[i]) for g in graphs]
                changed |= _unify(rtyper, graphs, [c for c in cells], lambda g, i=i: g.startblock, i)
            returns = [annotator.bindings.get(g.getreturnvar()) for g in graphs]
            changed |= _unify(rtyper, graphs, returns, lambda g: g.returnblock, 0)
        if not changed:
            return
        annotator.complete()
    raise AnnotatorError("the signatures of function families do not converge")


def _unify(rtyper: RPythonTyper, graphs: list[FunctionGraph], cells: list[SomeObject | None], block_of,
           index: int) -> bool:
    annotator = rtyper.annotator
    known = [c for c in cells if c is not None]
    if not known:
        return False
    try:
        s_union = unionof(*known)
    except UnionError as exc:
        names = ", ".join(g.name for g in graphs)
        raise AnnotatorError(f"functions called from the same place ({names}) disagree on argument "
                             f"{index + 1}: {exc}", hint="make the functions of one family take and return "
                             "the same types") from None
    changed = False
    for g, cell in zip(graphs, cells, strict=True):
        if cell == s_union:
            continue
        if cell is None and block_of(g) is not g.returnblock:
            continue  # an argument of a graph never called: nothing to unify
        block = block_of(g)
        args = [annotator.bindings.get(v) for v in block.inputargs]
        args[index] = s_union
        annotator.addpendingblock(g, block, args, [None] * len(args))
        changed = True
    return changed
