"""Every run-time function of the Scheme VM builds a checked flow graph (the RPython subset)."""

import importlib
import pkgutil

import pytest

import languages.scheme
from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph
from languages.scheme.target import entry_point

SKIPPED_MODULES = {"languages.scheme.__main__"}


def runtime_functions():
    found = []
    for info in pkgutil.iter_modules(languages.scheme.__path__, "languages.scheme."):
        if info.name in SKIPPED_MODULES:
            continue
        module = importlib.import_module(info.name)
        for name, func in module_functions(module):
            if getattr(func, "_kit_not_rpython_", False):
                continue
            found.append((f"{info.name.rsplit('.', 1)[1]}.{name}", func))
    return found


FUNCTIONS = runtime_functions()


def test_the_vm_is_sizeable():
    assert len(FUNCTIONS) > 400


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_flow_graph(name, func):
    checkgraph(build_flow_graph(func))


def test_entry_point_runs_through_its_flow_graphs(capfd):
    from kit.flow.interp import FlowInterpreter
    interp = FlowInterpreter()
    status = interp.call(entry_point, ["scheme", "-e", "(list (+ 1 2) (map car '((a) (b))) (vector 'v))"])
    assert status == 0
    assert capfd.readouterr().out == "(3 (a b) #(v))\n"
    status = interp.call(entry_point, ["scheme", "-e", "(car 5)"])
    assert status == 1
    assert "Error: car: expected a pair, got 5" in capfd.readouterr().err
