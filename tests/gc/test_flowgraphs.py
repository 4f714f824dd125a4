"""Every run-time function of the collectors builds a checked flow graph (the RPython subset)."""

import importlib
import pkgutil

import pytest

import gcs
from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph


def runtime_functions():
    found = []
    for info in pkgutil.iter_modules(gcs.__path__, "gcs."):
        module = importlib.import_module(info.name)
        for name, func in module_functions(module):
            if getattr(func, "_kit_not_rpython_", False):
                continue
            found.append((f"{info.name}:{name}", func))
    return found


FUNCTIONS = runtime_functions()


def test_every_collector_module_is_seen():
    modules = {name.split(":")[0] for name, _ in FUNCTIONS}
    assert {"gcs.generational", "gcs.marksweep", "gcs.oldgen", "gcs.rawmem"} <= modules


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_flow_graph(name, func):
    checkgraph(build_flow_graph(func))


@pytest.mark.parametrize("module", ["gcs.generational", "gcs.marksweep"])
def test_entry_points_have_low_level_signatures(module):
    entry_points = importlib.import_module(module).ENTRY_POINTS
    assert {"malloc_fixed", "malloc_varsize", "collect"} <= set(entry_points)
    for func, argtypes in entry_points.values():
        assert func.__code__.co_argcount == len(argtypes)
