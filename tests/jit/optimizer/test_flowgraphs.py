"""The optimizer runs inside the translated VM: every function and method of jit/optimizer has a
flow graph that builds and checks (import-time helpers excepted)."""

import pytest

from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph
from tests.rlib.flowcheck import runtime_functions

FUNCTIONS = runtime_functions("jit.optimizer")


def test_the_passes_are_found():
    names = {name.split("jit.optimizer.", 1)[1] for name, _ in FUNCTIONS}
    assert {"unroll.optimize_loop", "unroll.optimize_bridge", "pure.OptPure.optimize_call_pure",
            "virtualstate.Matcher.match_all", "resumebuilder.finish_resume_data"} <= names


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_graph_builds_and_checks(name, func):
    checkgraph(build_flow_graph(func))
