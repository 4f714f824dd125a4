"""A flow-graph interpreter: runs graphs operation by operation on real Python values.

A debugging tool (does the graph mean what the function means?) and the oracle of the flow tests.
"""

from __future__ import annotations

import inspect
import sysconfig
import types
from typing import Any

from kit.flow.model import Constant, FunctionGraph, Link, Value, Variable
from kit.flow.operation import FLOW_OPS, CallShape


class StepLimitExceeded(RuntimeError):
    pass


class FlowInterpreter:
    """Interpret `func` through its flow graph; calls to other Python functions are interpreted too
    (when `follow_calls`), everything else (builtins, classes, C functions) is called directly."""

    def __init__(self, follow_calls: bool = True, max_steps: int | None = None) -> None:
        self.follow_calls = follow_calls
        self.max_steps = max_steps
        self.steps = 0
        self.graphs: dict[Any, FunctionGraph] = {}

    def graph_for(self, func: types.FunctionType) -> FunctionGraph:
        graph = self.graphs.get(func)
        if graph is None:
            from kit.flow.builder import build_flow_graph
            graph = build_flow_graph(func)
            self.graphs[func] = graph
        return graph

    def call(self, func: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(func, types.MethodType) and isinstance(func.__func__, types.FunctionType):
            return self.call(func.__func__, func.__self__, *args, **kwargs)
        target = func
        if not (self.follow_calls and isinstance(target, types.FunctionType) and _has_source(target)):
            return func(*args, **kwargs)
        graph = self.graph_for(target)
        bound = inspect.signature(target).bind(*args, **kwargs)
        bound.apply_defaults()
        values = []
        for name in graph.signature:
            value = bound.arguments[name]
            values.append(value)
        return self.run(graph, values)

    def run(self, graph: FunctionGraph, args: list[Any]) -> Any:
        block = graph.startblock
        env: dict[Variable, Any] = dict(zip(block.inputargs, args, strict=True))

        def value(v: Value) -> Any:
            return v.value if isinstance(v, Constant) else env[v]

        while True:
            if block is graph.returnblock:
                return env[block.inputargs[0]]
            if block is graph.exceptblock:
                raise env[block.inputargs[1]]
            self.steps += 1
            if self.max_steps is not None and self.steps > self.max_steps:
                raise StepLimitExceeded(f"more than {self.max_steps} blocks executed")
            link: Link | None = None
            for i, op in enumerate(block.operations):
                try:
                    result = self.eval_op(op.opname, [value(a) for a in op.args])
                except StepLimitExceeded:
                    raise
                except Exception as exc:
                    if i == len(block.operations) - 1 and block.canraise():
                        link = _matching_exit(block.exits[1:], exc)
                        if link is not None:
                            env[link.last_exception] = type(exc)  # type: ignore[index]
                            env[link.last_exc_value] = exc  # type: ignore[index]
                            break
                    raise
                env[op.result] = result
            if link is None:
                if block.exitswitch is None or block.canraise():
                    link = block.exits[0]
                else:
                    link = block.exits[1] if value(block.exitswitch) else block.exits[0]
            new_args = [value(a) for a in link.args]
            block = link.target
            env = dict(zip(block.inputargs, new_args, strict=True))

    def eval_op(self, opname: str, args: list[Any]) -> Any:
        if opname == "simple_call":
            return self.call(args[0], *args[1:])
        if opname == "call_args":
            shape: CallShape = args[1]
            positional, keywords = shape.split(args[2:])
            return self.call(args[0], *positional, **keywords)
        return FLOW_OPS[opname].impl(*args)


def _matching_exit(links: list[Link], exc: BaseException) -> Link | None:
    for link in links:
        if isinstance(exc, link.exitcase):
            return link
    return None


_STDLIB = sysconfig.get_paths()["stdlib"]


def _has_source(func: types.FunctionType) -> bool:
    """Program code to interpret; the standard library and kit.rlib are called directly, since
    translation gives them their own meaning (external functions, helpers)."""
    filename = func.__code__.co_filename
    if filename.startswith("<") or filename.startswith(_STDLIB):
        return False
    return not (func.__module__ or "").startswith("kit.rlib")


def interpret(func: Any, *args: Any, **kwargs: Any) -> Any:
    """Call `func(*args, **kwargs)` by interpreting its flow graph."""
    return FlowInterpreter().call(func, *args, **kwargs)
