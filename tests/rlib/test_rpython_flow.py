"""Every run-time function of the rlib modules builds a checked flow graph (i.e. is RPython)."""

import importlib

import pytest

from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph

MODULES = ["kit.rlib.float_parts", "kit.rlib.bigdigits", "kit.rlib.bigtext", "kit.rlib.rbigint",
           "kit.rlib.float_digits", "kit.rlib.float_lemire", "kit.rlib.float_parse", "kit.rlib.rfloat",
           "kit.rlib.rstring", "kit.rlib.unicodedb", "kit.rlib.unicodetext", "kit.rlib.runicode"]


def runtime_functions():
    for modname in MODULES:
        module = importlib.import_module(modname)
        for name, func in module_functions(module):
            if getattr(func, "_kit_not_rpython_", False):
                continue
            yield pytest.param(func, id=f"{modname.rsplit('.', 1)[1]}.{name}")


@pytest.mark.parametrize("func", list(runtime_functions()))
def test_function_is_rpython(func):
    checkgraph(build_flow_graph(func))


def test_all_modules_have_functions():
    for modname in MODULES:
        assert module_functions(importlib.import_module(modname))
