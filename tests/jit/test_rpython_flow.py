"""Every run-time function of the JIT modules this suite covers builds a checked flow graph (is
RPython); import-time helpers are marked @not_rpython.  (The translated tests translate them too.)"""

import importlib

import pytest

from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph

MODULES = ["jit.metainterp.jitlog", "jit.metainterp.virtualizable", "jit.metainterp.executor",
           "jit.metainterp.resume", "jit.backend.llvm.cpu",
           "jit.backend.llvm.glue", "jit.backend.llvm.assembler", "jit.backend.llsupport"]


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
