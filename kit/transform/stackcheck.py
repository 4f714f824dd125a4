"""Stack-check insertion: every function on a cycle of the call graph starts by checking the C stack,
so unbounded recursion raises RecursionError instead of crashing."""

from __future__ import annotations

from kit.flow.model import FunctionGraph, SpaceOperation, Variable
from kit.rtyper import lltype
from kit.transform.analysis import called_graphs


def recursive_graphs(graphs: list[FunctionGraph]) -> set[FunctionGraph]:
    """Graphs that can reach themselves through calls (Tarjan's strongly connected components)."""
    known = set(graphs)
    edges = {g: [c for c in called_graphs(g) if c in known] for g in graphs}
    index: dict[FunctionGraph, int] = {}
    low: dict[FunctionGraph, int] = {}
    on_stack: set[FunctionGraph] = set()
    stack: list[FunctionGraph] = []
    result: set[FunctionGraph] = set()
    counter = 0
    for root in graphs:
        if root in index:
            continue
        # iterative DFS: (graph, iterator position)
        work = [(root, 0)]
        while work:
            g, i = work.pop()
            if i == 0:
                index[g] = low[g] = counter
                counter += 1
                stack.append(g)
                on_stack.add(g)
            callees = edges[g]
            if i < len(callees):
                work.append((g, i + 1))
                c = callees[i]
                if c not in index:
                    work.append((c, 0))
                elif c in on_stack:
                    low[g] = min(low[g], index[c])
                continue
            if low[g] == index[g]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    component.append(w)
                    if w is g:
                        break
                if len(component) > 1 or g in edges[g]:
                    result.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[g])
    return result


def insert_stack_checks(graphs: list[FunctionGraph]) -> int:
    recursive = recursive_graphs(graphs)
    for graph in recursive:
        v = Variable("stackcheck")
        v.concretetype = lltype.Void
        graph.startblock.operations.insert(0, SpaceOperation("stack_check", [], v))
    return len(recursive)
