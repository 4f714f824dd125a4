"""Every run-time function of the parser package builds a checked flow graph (the first step of
translation), so the tokenizer, parser and AST stay inside the RPython subset."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import languages.python.parser as package
from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph

# development tools and the command line run on CPython only
NOT_RUN_TIME = {"gen_astnodes", "__main__"}


def run_time_functions():
    found = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in NOT_RUN_TIME:
            continue
        module = importlib.import_module("%s.%s" % (package.__name__, info.name))
        for name, func in module_functions(module):
            if getattr(func, "_kit_not_rpython_", False) or name.endswith(".__repr__"):
                continue
            found.append(("%s.%s" % (info.name, name), func))
    return found


FUNCTIONS = run_time_functions()


def test_all_modules_are_covered():
    assert len(FUNCTIONS) > 500


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_flow_graph(name, func):
    checkgraph(build_flow_graph(func))
