"""Every run-time function of the Scheme VM builds a checked flow graph (the RPython subset)."""

import importlib
import pkgutil

import pytest

import languages.scheme
from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph

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
