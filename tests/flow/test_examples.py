"""The demo interpreter in examples/: every function's graph checks, and the graphs run it correctly."""

import importlib.util
import sys
from pathlib import Path

import pytest

from kit.cli import module_functions
from kit.flow.interp import FlowInterpreter

from .helpers import graph_of

ROOT = Path(__file__).resolve().parents[2]


def load_example(name):
    path = ROOT / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"example_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


stackvm = load_example("stackvm")


@pytest.mark.parametrize("name,func", module_functions(stackvm), ids=lambda v: v if isinstance(v, str) else "")
def test_graph_checks(name, func):
    graph_of(func)


def test_demo_is_a_sizeable_interpreter():
    assert len(module_functions(stackvm)) >= 25
    assert len((ROOT / "examples" / "stackvm.py").read_text().splitlines()) >= 300


def test_interpreting_the_graphs_runs_the_vm(capfd):
    assert stackvm.entry_point(["stackvm", "30"]) == 0
    direct = capfd.readouterr().out
    assert direct == "total steps: 441\n"
    assert FlowInterpreter().call(stackvm.entry_point, ["stackvm", "30"]) == 0
    assert capfd.readouterr().out == direct


def test_vm_errors_through_graphs(capfd, tmp_path):
    bad = tmp_path / "bad.asm"
    bad.write_text("func main n\n    load n\n    push 0\n    div\n    ret\nend\n")
    assert FlowInterpreter().call(stackvm.entry_point, ["stackvm", "5", str(bad)]) == 1
    assert "stackvm error: division by zero" in capfd.readouterr().err
    assert FlowInterpreter().call(stackvm.entry_point, ["stackvm", "5", str(tmp_path / "missing")]) == 1
    assert "cannot read" in capfd.readouterr().err
