"""examples/calc.py, the calculator built on kit's lexer and rply grammar: programs with their expected
output, the command line, a property against Python's arithmetic, and RPython checks of every function."""

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.cli import module_functions
from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph

from .flowcheck import FollowingInterpreter

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = sorted((Path(__file__).parent / "test_parsing_calc").glob("*.calc"))


def load_calc():
    spec = importlib.util.spec_from_file_location("example_calc", ROOT / "examples" / "calc.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


calc = load_calc()


def expectations(path):
    """The `# expect: TEXT` lines (stdout) and the `# expect error: L:C: MESSAGE` line of a program."""
    text = path.read_text()
    output = [m.group(1) for m in re.finditer(r"# expect: (.*)", text)]
    errors = [m.group(1) for m in re.finditer(r"# expect error: (.*)", text)]
    return output, errors


def run(argv, capfd, call=None):
    status = (call or calc.entry_point)(["calc"] + argv)
    out, err = capfd.readouterr()
    return status, out, err


@pytest.mark.parametrize("path", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program(path, capfd):
    output, errors = expectations(path)
    status, out, err = run([str(path)], capfd)
    assert out.splitlines() == output
    if errors:
        assert status == 1
        line_column, message = errors[0].split(": ", 1)
        assert err == f"{path}:{line_column}: error: {message}\n"
    else:
        assert (status, err) == (0, "")


def test_programs_cover_results_and_errors():
    kinds = [bool(expectations(p)[1]) for p in PROGRAMS]
    assert kinds.count(True) >= 6 and kinds.count(False) >= 4


@pytest.mark.parametrize("argv,status,out,err", [
    (["-e", "1+2*3"], 0, "7\n", ""),
    (["-e", "x = 2; print x * x, x / 4"], 0, "4 0.5\n", ""),
    (["-e", ""], 0, "", ""),
    (["-e", "1 +"], 1, "", "<expr>:1:4: error: unexpected end of input; expected one of "
                              "FLOAT, INT, NAME, PLUS, MINUS, LPAREN\n"),
    (["-e", "2 # 3\n4 ?"], 1, "", "<expr>:2:3: error: unexpected character '?'\n"),
    (["-h"], 0, "usage: calc FILE | calc -e PROGRAM\n", ""),
    ([], 1, "", "usage: calc FILE | calc -e PROGRAM\n"),
    (["-e"], 1, "", "usage: calc FILE | calc -e PROGRAM\n"),
    (["-x", "1"], 1, "", "usage: calc FILE | calc -e PROGRAM\n"),
])
def test_command_line(argv, status, out, err, capfd):
    assert run(argv, capfd) == (status, out, err)


def test_unreadable_and_non_utf8_files(tmp_path, capfd):
    missing = tmp_path / "missing.calc"
    status, out, err = run([str(missing)], capfd)
    assert (status, out) == (1, "")
    assert err == f"calc: cannot read {missing} (errno 2)\n"
    latin1 = tmp_path / "latin1.calc"
    latin1.write_bytes(b"x = 1 # caf\xe9\n")
    assert run([str(latin1)], capfd) == (1, "", f"calc: {latin1} is not UTF-8 text\n")


def test_kit_run_command():
    kit = Path(sys.executable).parent / "kit"
    result = subprocess.run([str(kit), "run", "examples/calc.py", "-e", "1+2*3"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (0, "7\n", "")
    result = subprocess.run([str(kit), "run", "examples/calc.py", "-e", "1/0"], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", "<expr>:1:2: error: division by zero\n")


# ---- the calculator computes like Python ------------------------------------------------------------

def expressions(depth):
    number = st.one_of(st.integers(0, 9).map(str), st.sampled_from(["0.5", "1.25", "2.0", "3e0", ".75"]))
    if depth == 0:
        return number
    inner = expressions(depth - 1)
    return st.one_of(
        number,
        st.tuples(inner, st.sampled_from(["+", "-", "*", "/"]), inner).map(lambda t: "%s %s %s" % t),
        inner.map(lambda e: "-" + e),
        inner.map(lambda e: "(" + e + ")"),
    )


@settings(max_examples=300, deadline=None)
@given(expressions(3))
def test_expressions_evaluate_like_python(source):
    try:
        expected = ("ok", str(eval(source)) + "\n")
    except ZeroDivisionError:
        expected = ("error", "division by zero")
    read, write = os.pipe()
    saved_out, saved_err = os.dup(1), os.dup(2)
    try:
        os.dup2(write, 1)
        os.dup2(write, 2)
        status = calc.run_source(source, "<expr>")
    finally:
        os.dup2(saved_out, 1)
        os.dup2(saved_err, 2)
        os.close(saved_out)
        os.close(saved_err)
        os.close(write)
    produced = os.read(read, 65536).decode()
    os.close(read)
    if expected[0] == "ok":
        assert (status, produced) == (0, expected[1])
    else:
        assert status == 1 and produced.endswith("error: division by zero\n")


# ---- RPython checks -------------------------------------------------------------------------------

CALC_FUNCTIONS = module_functions(calc)


@pytest.mark.parametrize("name,func", CALC_FUNCTIONS, ids=[name for name, _ in CALC_FUNCTIONS])
def test_graph_builds_and_checks(name, func):
    checkgraph(build_flow_graph(func))


@pytest.mark.parametrize("argv", [
    ["-e", "x = 2.5; y = -x * 4 + 1; print x, y, (y - 1) / 3"],
    ["-e", "a = 1\nprint a\n  b + 1"],
    ["-e", "1 + (2 * 3"],
    ["-e", "3 @ 4"],
])
def test_graphs_run_the_calculator_like_python(argv, capfd):
    direct = run(argv, capfd)
    interp = FollowingInterpreter(("kit.rlib.lexer", "kit.rlib.parsing"))
    through_graphs = run(argv, capfd, call=lambda args: interp.call(calc.entry_point, args))
    assert through_graphs == direct
    assert "LRParser.parse" in {f.__qualname__ for f in interp.graphs}


@pytest.mark.parametrize("source,out", [
    ("+".join(["1"] * 100000), "100000\n"),                    # a left-deep tree
    ("(" * 50000 + "2" + ")" * 50000, "2\n"),                 # deep parser stack
    ("1-(" * 30000 + "1" + ")" * 30000, "1\n"),                # a right-deep tree
    ("-" * 100001 + "3", "-3\n"),
])
def test_deep_expressions_need_no_deep_recursion(source, out, capfd):
    assert run(["-e", source], capfd) == (0, out, "")
