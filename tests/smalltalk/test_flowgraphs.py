"""Every run-time function of the SOM VM builds a checked flow graph (the RPython subset)."""

import importlib
import pkgutil

import pytest

import languages.smalltalk
from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph


def vm_modules():
    modules = []
    for info in pkgutil.walk_packages(languages.smalltalk.__path__, "languages.smalltalk."):
        if info.name.endswith("__main__"):
            continue
        modules.append(importlib.import_module(info.name))
    return modules


def runtime_functions():
    found = []
    for module in vm_modules():
        for name, func in module_functions(module):
            if getattr(func, "_kit_not_rpython_", False):
                continue
            found.append((f"{module.__name__}.{name}", func))
    return found


FUNCTIONS = runtime_functions()


def test_the_whole_vm_is_covered():
    names = {name for name, _ in FUNCTIONS}
    assert "languages.smalltalk.target.entry_point" in names
    assert "languages.smalltalk.parser.Parser.parse_keyword_message" in names
    assert "languages.smalltalk.send_nodes.MessageSendNode.dispatch" in names
    assert len(FUNCTIONS) > 250


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_flow_graph(name, func):
    checkgraph(build_flow_graph(func))
