"""The codewriter's policy: which low-level graphs the JIT traces into and which it calls."""

from __future__ import annotations

from jit.codewriter.policy import JitPolicy
from kit.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable
from kit.rtyper import lltype


def straight_graph(*ops: tuple[str, object]) -> FunctionGraph:
    """A one-block graph running OPS (name, result type) in order and returning the last result."""
    start = Block([])
    graph = FunctionGraph("f", start)
    result = None
    for name, concretetype in ops:
        result = Variable()
        result.concretetype = concretetype
        start.operations.append(SpaceOperation(name, [Constant(0, lltype.Signed)], result))
    graph.returnblock.inputargs[0].concretetype = result.concretetype
    start.closeblock(Link([result], graph.returnblock))
    return graph


def test_plain_calls_are_traced():
    graph = straight_graph(("direct_call", lltype.Signed), ("int_add", lltype.Signed))
    assert JitPolicy().look_inside_graph(graph)


def test_a_graph_holding_a_raw_address_between_calls_is_called():
    # os.unlink's low-level helper: a call returns the address of a C string inside a GC buffer,
    # then the C function gets it; tracing would allocate in between
    graph = straight_graph(("direct_call", lltype.Address), ("direct_call", lltype.Signed))
    policy = JitPolicy()
    assert not policy.look_inside_graph(graph)
    assert "raw address" in policy.reason_not_inside(graph)


def test_raw_memory_operations_are_called():
    graph = straight_graph(("raw_load", lltype.Signed))
    policy = JitPolicy()
    assert not policy.look_inside_graph(graph)
    assert policy.reason_not_inside(graph) == "does low-level memory work"
