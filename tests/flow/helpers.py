"""Shared helpers of the flow tests: build + check a graph, and compare interpretation with a call."""

from __future__ import annotations

import copy
from typing import Any

from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph
from kit.flow.interp import FlowInterpreter
from kit.flow.model import FunctionGraph


def graph_of(func: Any) -> FunctionGraph:
    graph = build_flow_graph(func)
    checkgraph(graph)
    return graph


def outcome(call: Any, args: tuple) -> tuple[str, Any]:
    try:
        return "ok", call(*args)
    except Exception as exc:  # the exception is part of the behaviour being compared
        return "raise", (type(exc), str(exc))


def same_as_python(func: Any, *argsets: tuple) -> None:
    """Every graph the interpreter builds passes the checker, and results match direct calls."""
    interp = FlowInterpreter()
    for args in argsets:
        direct = outcome(func, copy.deepcopy(args))
        via_graph = outcome(lambda *a: interp.call(func, *a), copy.deepcopy(args))
        assert via_graph == direct, f"{func.__name__}{args}: graph gave {via_graph}, Python gave {direct}"
    for graph in interp.graphs.values():
        checkgraph(graph)


def opnames(graph: FunctionGraph) -> list[str]:
    return [op.opname for _, op in graph.iteroperations()]
