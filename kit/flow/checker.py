"""The graph checker: verifies the structural invariants every stage relies on.

Each variable is defined once and before use on every path, links match their targets' arity,
and exits agree with the block's exitswitch.  Tests run it on every graph they build.
"""

from __future__ import annotations

from collections.abc import Container

from kit.flow.model import Block, Constant, FunctionGraph, Variable, c_last_exception


class GraphCheckError(AssertionError):
    pass


def checkgraph(graph: FunctionGraph, known_ops: Container[str] | None = None) -> None:
    """Raise GraphCheckError if `graph` breaks an invariant; `known_ops` restricts operation names.

    Low-level graphs (known_ops given) may contain dead ends: blocks without exits, reached only
    after a call that never returns."""
    lowlevel = known_ops is not None
    if known_ops is None:
        from kit.flow.operation import FLOW_OPS
        known_ops = FLOW_OPS

    def fail(block: Block, message: str) -> None:
        raise GraphCheckError(f"{graph.name}: {block}: {message}")

    if len(graph.returnblock.inputargs) != 1:
        raise GraphCheckError(f"{graph.name}: the return block must take one value")
    if len(graph.exceptblock.inputargs) != 2:
        raise GraphCheckError(f"{graph.name}: the except block must take (type, value)")
    if graph.startblock.is_final:
        raise GraphCheckError(f"{graph.name}: the start block is a final block")

    defined_anywhere: set[Variable] = set()

    def define(block: Block, v: object) -> None:
        if not isinstance(v, Variable):
            fail(block, f"{v!r} is defined but is not a Variable")
        if v in defined_anywhere:
            fail(block, f"{v!r} is defined twice")
        defined_anywhere.add(v)  # type: ignore[arg-type]

    for block in graph.iterblocks():
        defined: set[Variable] = set()
        for v in block.inputargs:
            define(block, v)
            defined.add(v)
        if block.is_final:
            if block not in (graph.returnblock, graph.exceptblock):
                fail(block, "a final block that is neither the return nor the except block")
            if block.operations or block.exits:
                fail(block, "a final block has operations or exits")
            continue
        for op in block.operations:
            if op.opname not in known_ops:
                fail(block, f"unknown operation {op.opname!r}")
            for arg in op.args:
                if isinstance(arg, Variable):
                    if arg not in defined:
                        fail(block, f"{op!r} uses {arg!r} before it is defined in this block")
                elif not isinstance(arg, Constant):
                    fail(block, f"{op!r} has an argument that is neither Variable nor Constant")
            define(block, op.result)
            defined.add(op.result)

        switch = block.exitswitch
        exits = block.exits
        if not exits:
            if lowlevel and switch is None:
                continue
            fail(block, "a non-final block has no exits")
        if switch is None:
            if len(exits) != 1 or exits[0].exitcase is not None:
                fail(block, "a block without exitswitch must have exactly one plain exit")
        elif switch is c_last_exception:
            if not block.operations:
                fail(block, "an exception switch needs an operation that can raise")
            if len(exits) < 2 or exits[0].exitcase is not None:
                fail(block, "an exception switch needs the normal exit first and exception exits after")
            for link in exits[1:]:
                if not (isinstance(link.exitcase, type) and issubclass(link.exitcase, BaseException)):
                    fail(block, f"exception exit with exitcase {link.exitcase!r}")
                if link.last_exception is None or link.last_exc_value is None:
                    fail(block, "exception exit without last_exception/last_exc_value")
        else:
            if isinstance(switch, Variable) and switch not in defined:
                fail(block, f"exitswitch {switch!r} is not defined in the block")
            if [link.exitcase for link in exits] != [False, True]:
                fail(block, "a boolean switch needs exactly the exits [False, True]")

        raising_result = block.operations[-1].result if switch is c_last_exception else None
        for link in exits:
            if link.prevblock is not block:
                fail(block, f"{link!r} does not point back to its block")
            if link.is_exception_link() and switch is not c_last_exception:
                fail(block, f"{link!r} carries exception values outside an exception switch")
            if len(link.args) != len(link.target.inputargs):
                fail(block, f"{link!r} passes {len(link.args)} values to a block taking "
                            f"{len(link.target.inputargs)}")
            available = set(defined)
            if link.is_exception_link():
                available.discard(raising_result)  # type: ignore[arg-type]
                available.update(link.extravars())
            for arg in link.args:
                if isinstance(arg, Variable) and arg not in available:
                    fail(block, f"{link!r} passes {arg!r}, which is not defined on that exit")
