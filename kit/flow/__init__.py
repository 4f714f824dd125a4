"""kit.flow: flow graphs built from the AST of live functions (the first pipeline stage).

`build_flow_graph(func)` gives a FunctionGraph; `checkgraph` verifies it; `interpret` runs it.
"""

from __future__ import annotations

from typing import Any


def build_flow_graph(func: Any, constargs: dict[int, Any] | None = None, name: str | None = None) -> Any:
    from kit.flow.builder import build_flow_graph as build
    return build(func, constargs, name)
