"""The rlib targets: the self-test prints what CPython computes, the benchmarks compute what their
CPython twins compute."""

import math
import subprocess
import sys
from pathlib import Path

from .targets import bench_bigint, bench_bigint_cpython, bench_float, bench_lexer, rlib_selftest
from .test_flow_semantics import RlibInterpreter

TARGETS = Path(__file__).resolve().parent / "targets"


def reference_output():
    result = subprocess.run([sys.executable, str(TARGETS / "rlib_selftest_reference.py")], capture_output=True,
                            text=True, check=True, cwd=TARGETS)
    return result.stdout


def test_selftest_matches_cpython(capsys):
    assert rlib_selftest.entry_point(["rlib_selftest"]) == 0
    ours = capsys.readouterr().out
    assert len(ours.splitlines()) > 300
    assert ours == reference_output()


def test_selftest_through_flow_graphs(capsys):
    # the whole program, rlib included, interpreted through its flow graphs
    assert RlibInterpreter().call(rlib_selftest.entry_point, ["rlib_selftest"]) == 0
    assert capsys.readouterr().out == reference_output()


def test_benchmark_algorithms_agree_with_cpython():
    assert bench_bigint.pidigits(95) == bench_bigint_cpython.pidigits(95)
    assert bench_bigint.factorial(300).str() == str(bench_bigint_cpython.factorial(300))


def run_target(module, argv, capsys):
    assert module.entry_point(argv) == 0
    return capsys.readouterr().out


def run_cpython_twin(script, args):
    result = subprocess.run([sys.executable, script, *args], capture_output=True, text=True, check=True,
                            cwd=TARGETS)
    assert result.stderr.startswith("time: ")
    return result.stdout


def test_float_benchmark_agrees_with_cpython(capsys):
    for mode in ["repr", "format", "parse"]:
        for values in ["wide", "typical"]:
            ours = run_target(bench_float, ["bench_float", mode, "400", values], capsys)
            assert ours == run_cpython_twin("bench_float_cpython.py", [mode, "400", values])
    values = bench_float.make_floats(2000)
    exponents = {math.frexp(x)[1] for x in values}
    assert min(exponents) < -1000 and max(exponents) > 900 and len(set(values)) == 2000


def test_lexer_benchmark_agrees_with_cpython_re(capsys):
    for mode in ["stream", "tokenize"]:
        ours = run_target(bench_lexer, ["bench_lexer", "300", mode], capsys)
        assert ours == run_cpython_twin("bench_lexer_cpython.py", ["300", mode])
        assert int(ours.split()[0]) > 3000
