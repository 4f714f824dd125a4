"""The rlib targets: the self-test prints what CPython computes, the benchmarks compute correctly."""

import subprocess
import sys
from pathlib import Path

from .targets import bench_bigint, bench_bigint_cpython, rlib_selftest
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
