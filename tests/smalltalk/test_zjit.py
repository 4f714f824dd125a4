"""The SOM VM translated with the JIT (slow): the test programs and the SOM benchmarks give the same
output with the JIT tracing eagerly as the interpreter does (and, for the benchmarks, as their
Python twins on CPython)."""

import subprocess
import sys

import pytest

from tests.vmbuild import translated

from .test_programs import ERRORS, PROGRAMS, ROOT, Expectations

pytestmark = pytest.mark.slow

BENCHMARKS = ROOT / "benchmarks" / "som"
# loops are traced after a few iterations and bridges after a couple of guard failures, so the
# small programs exercise tracing, compiled loops, bridges and the blackhole
EAGER = "threshold=7,trace_eagerness=3"
# (benchmark, size): small sizes that still run their loops well past the thresholds
SMALL_BENCHMARKS = [("Loops", "60"), ("Sieve", "4"), ("Towers", "3"), ("Queens", "3"), ("Richards", "1"),
                    ("Json", "2")]
TWINS = {"Loops": "loops.py", "Sieve": "sieve.py", "Towers": "towers.py", "Queens": "queens.py",
         "Richards": "richards.py", "Json": "json_parser.py"}


@pytest.fixture(scope="module")
def som_jit():
    return translated("languages/smalltalk/target.py", "kitsom-jit-O0", ["--opt", "0", "--jit", "llvm"])


@pytest.mark.parametrize("path", PROGRAMS + ERRORS, ids=[p.parent.name + "/" + p.stem for p in PROGRAMS + ERRORS])
def test_program_with_eager_jit(som_jit, path):
    expect = Expectations(path)
    result = subprocess.run([str(som_jit), "--jit", EAGER, str(path.relative_to(ROOT))] + expect.args, cwd=ROOT,
                            capture_output=True, text=True, timeout=600)
    assert result.stdout == expect.stdout
    for text in expect.stderr:
        assert text in result.stderr, f"{text!r} not in standard error:\n{result.stderr}"
    assert result.returncode == expect.exit, result.stderr


@pytest.mark.parametrize("name,size", SMALL_BENCHMARKS, ids=[name for name, _ in SMALL_BENCHMARKS])
def test_benchmark_with_jit_matches_its_python_twin(som_jit, name, size):
    twin = subprocess.run([sys.executable, str(BENCHMARKS / "python" / TWINS[name]), size], capture_output=True,
                          text=True, timeout=600, check=True)
    # (the VM turns loop peeling off by default; enable_opts=all turns it on; recompile_after=7:
    # hot loops and bridges compiled again at -O2 after 7 iterations)
    for params in [EAGER, EAGER + ",enable_opts=all,recompile_after=7", "default", "off"]:
        result = subprocess.run([str(som_jit), "--jit", params, f"{name}.som", size], cwd=BENCHMARKS,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"--jit {params}: {result.stderr[-2000:]}"
        assert result.stdout == twin.stdout, f"--jit {params}"
