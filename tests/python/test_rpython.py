"""Every run-time function of the VM's packages (compiler, interpreter, object space, modules and
the command line) builds a checked flow graph, the first step of translation: the VM stays
inside the RPython subset. (The parser has its own test in parser/test_rpython.py.)"""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import languages.python.compiler
import languages.python.interpreter
import languages.python.modules
import languages.python.objspace
from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph

PACKAGES = [languages.python.compiler, languages.python.interpreter, languages.python.modules,
            languages.python.objspace]
EXTRA_MODULES = ["languages.python.main"]


def run_time_functions():
    modules = []
    for package in PACKAGES:
        for info in pkgutil.iter_modules(package.__path__):
            modules.append(importlib.import_module("%s.%s" % (package.__name__, info.name)))
    for name in EXTRA_MODULES:
        modules.append(importlib.import_module(name))
    found = []
    for module in modules:
        short = module.__name__[len("languages.python."):]
        for name, func in module_functions(module):
            if getattr(func, "_kit_not_rpython_", False) or name.endswith(".__repr__"):
                continue
            found.append(("%s.%s" % (short, name), func))
    return found


FUNCTIONS = run_time_functions()


def test_all_modules_are_covered():
    assert len(FUNCTIONS) > 600


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_flow_graph(name, func):
    checkgraph(build_flow_graph(func))
