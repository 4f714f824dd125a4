"""Every run-time function of kit.interp, of the toy language and of the tutorial language builds a
checked flow graph (the RPython subset), including the dispatch loops made at import time."""

import importlib
import pkgutil

import pytest

import kit.interp
import languages.tutorial
from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph
from languages.tutorial.interpreter import Interpreter
from tests.interp import toylang


def package_functions(package, skipped=()):
    found = []
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name in skipped:
            continue
        found.extend(module_runtime_functions(importlib.import_module(info.name)))
    return found


def module_runtime_functions(module):
    return [(f"{module.__name__}.{name}", func) for name, func in module_functions(module)
            if not getattr(func, "_kit_not_rpython_", False)]


FUNCTIONS = (package_functions(kit.interp) + package_functions(languages.tutorial, {"languages.tutorial.__main__"})
             + module_runtime_functions(toylang)
             + [("tutorial dispatch", Interpreter.dispatch), ("toy dispatch", toylang.ToyInterpreter.dispatch),
                ("tutorial get_printable_location", Interpreter.jitdriver.get_printable_location),
                ("tutorial entry_point", languages.tutorial.target.entry_point)])


def test_the_packages_are_covered():
    names = {name for name, _ in FUNCTIONS}
    assert "kit.interp.language.Language.main" in names
    assert "kit.interp.builder.CodeBuilder.finish" in names
    assert "languages.tutorial.compiler.Compiler.node" in names
    assert len(FUNCTIONS) > 90


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_flow_graph(name, func):
    checkgraph(build_flow_graph(func))
