"""Whole-program facts about low-level graphs: which functions may raise, which may run the GC."""

from __future__ import annotations

from typing import Any

from kit.flow.model import FunctionGraph
from kit.rtyper.lloperation import LL_OPERATIONS


def _op_collects(opname: str) -> bool:
    info = LL_OPERATIONS.get(opname)
    return info is not None and info.cancollect


def called_graphs(graph: FunctionGraph) -> list[FunctionGraph]:
    result = []
    for block in graph.iterblocks():
        for op in block.operations:
            if op.opname == "direct_call":
                fn = op.args[0].value
                if getattr(fn, "graph", None) is not None:
                    result.append(fn.graph)
            elif op.opname == "indirect_call":
                result.extend(op.args[-1].value or [])
    return result


class _GraphPropertyAnalyzer:
    """A property that holds for a graph if one of its operations has it or one of its callees does."""

    def __init__(self, translator: Any) -> None:
        self.translator = translator
        self.graphs: list[FunctionGraph] = list(translator.graphs)
        self.result: set[FunctionGraph] | None = None

    def op_has_property(self, graph: FunctionGraph, op: Any) -> bool:
        raise NotImplementedError

    def graph_has_property_directly(self, graph: FunctionGraph) -> bool:
        for block in graph.iterblocks():
            for op in block.operations:
                if self.op_has_property(graph, op):
                    return True
        return False

    def compute(self) -> set[FunctionGraph]:
        if self.result is not None and len(self.graphs) == len(self.translator.graphs):
            return self.result
        self.graphs = list(self.translator.graphs)
        callers: dict[FunctionGraph, list[FunctionGraph]] = {}
        has = set()
        for g in self.graphs:
            for callee in called_graphs(g):
                callers.setdefault(callee, []).append(g)
            if self.graph_has_property_directly(g):
                has.add(g)
        pending = list(has)
        while pending:
            g = pending.pop()
            for caller in callers.get(g, ()):
                if caller not in has:
                    has.add(caller)
                    pending.append(caller)
        self.result = has
        return has

    def graph(self, graph: FunctionGraph) -> bool:
        return graph in self.compute()


class RaiseAnalyzer(_GraphPropertyAnalyzer):
    def op_has_property(self, graph: FunctionGraph, op: Any) -> bool:
        if op.opname == "direct_call":
            fn = op.args[0].value
            external = getattr(fn, "external", None)
            return external is not None and external.canraise
        if op.opname == "indirect_call":
            return op.args[-1].value is None
        desc = LL_OPERATIONS.get(op.opname)
        return bool(desc and desc.canraise)

    def graph_has_property_directly(self, graph: FunctionGraph) -> bool:
        for link in graph.iterlinks():
            if link.target is graph.exceptblock:
                return True
        return super().graph_has_property_directly(graph)

    def graph_can_raise(self, graph: FunctionGraph) -> bool:
        return self.graph(graph)

    def call_can_raise(self, fn: Any) -> bool:
        external = getattr(fn, "external", None)
        if external is not None:
            return bool(external.canraise)
        if fn.graph is None:
            return True
        return self.graph(fn.graph)


class CollectAnalyzer(_GraphPropertyAnalyzer):
    """Graphs that may allocate GC memory (so a collection may run, and objects may move)."""

    def op_has_property(self, graph: FunctionGraph, op: Any) -> bool:
        if op.opname == "indirect_call":
            return op.args[-1].value is None
        if op.opname == "direct_call":
            fn = op.args[0].value
            return getattr(fn, "gc_can_collect", False)
        return _op_collects(op.opname)

    def call_can_collect(self, op: Any) -> bool:
        if _op_collects(op.opname):
            return True
        if op.opname == "direct_call":
            fn = op.args[0].value
            if getattr(fn, "gc_can_collect", False):
                return True
            graph = getattr(fn, "graph", None)
            return graph is not None and self.graph(graph)
        if op.opname == "indirect_call":
            graphs = op.args[-1].value
            return graphs is None or any(self.graph(g) for g in graphs)
        return False
