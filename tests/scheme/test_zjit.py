"""The Scheme VM translated with the JIT (slow): every program under programs/ gives the same
output with an eager JIT (loops and bridges compiled to machine code by the LLVM backend), also
while the collector runs every thousand allocations; hypothesis-generated programs
(tests/scheme/schemegen.py) give the same output, errors and exit status with the JIT on and off."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, find, given, settings

from tests.jit.jitsummary import jit_summary
from tests.jitdiff import run_jit_off_and_on
from tests.scheme.schemegen import programs
from tests.vmbuild import translated

from .test_benchmarks import BENCHMARKS, small_runs
from .test_programs import PROGRAMS, expected, private_copy, program_files

pytestmark = pytest.mark.slow

# loops traced after 3 iterations, bridges after 2 failures, and hot loops compiled again at -O2
# after 7 iterations (so the optimized code and the switch to it are tested too)
EAGER = "threshold=3,trace_eagerness=2,recompile_after=7"
TIMEOUT = 300
# under GC stress: programs whose run is mostly the collector walking a deep heap again and
# again (a million-frame continuation, big strings) take minutes there and prove nothing more
STRESS_SKIPPED = {"deep", "bench"}


@pytest.fixture(scope="module")
def vm() -> Path:
    return translated("languages/scheme/target.py", "scheme-jit-llvm", ["--opt", "0", "--jit", "llvm"])


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="kit-schemejit-") as path:
        yield Path(path)


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIT")}
    env.update(extra)
    return env


def run_program(vm: Path, path: Path, jit: str, env: dict[str, str]) -> tuple[str, str, int]:
    args = expected(path, ".args", "").split()
    stdin_path = path.with_suffix(".in")
    with private_copy(path) as copy, open(stdin_path if stdin_path.exists() else os.devnull, "rb") as stdin:
        proc = subprocess.run([str(vm), "--jit", jit, copy.name] + args, cwd=copy.parent, stdin=stdin,
                              capture_output=True, timeout=TIMEOUT, env=env)
    return proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"), proc.returncode


def check(vm: Path, path: Path, env: dict[str, str]) -> None:
    out, err, status = run_program(vm, path, EAGER, env)
    assert out == expected(path, ".out", ""), f"stdout of {path.name}"
    assert err == expected(path, ".err", ""), f"stderr of {path.name}"
    assert status == int(expected(path, ".status", "0").strip()), f"exit status of {path.name}"


@pytest.mark.parametrize("path", program_files(), ids=lambda p: str(p.relative_to(PROGRAMS)))
def test_program_with_eager_jit(vm: Path, path: Path):
    check(vm, path, environment())


@pytest.mark.parametrize("path", [p for p in program_files() if p.relative_to(PROGRAMS).parts[0] not in STRESS_SKIPPED],
                         ids=lambda p: str(p.relative_to(PROGRAMS)))
def test_program_with_eager_jit_under_gc_stress(vm: Path, path: Path):
    check(vm, path, environment(KIT_GC_STRESS="1000"))


def run_both(vm: Path, path: Path, env: dict[str, str]) -> tuple[tuple, tuple]:
    """(stdout, stderr, status) with the JIT off and with the eager JIT, run side by side."""
    return run_jit_off_and_on(vm, path, EAGER, env, env, TIMEOUT)


def write_program(workdir: Path, source: str) -> Path:
    path = workdir / "program.scm"
    path.write_text(source)
    return path


@settings(max_examples=200, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(source=programs())
def test_jit_on_and_off_agree(vm, workdir, source):
    off, on = run_both(vm, write_program(workdir, source), environment())
    assert on == off


@settings(max_examples=15, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(source=programs())
def test_jit_on_and_off_agree_under_gc_stress(vm, workdir, source):
    off, on = run_both(vm, write_program(workdir, source), environment(KIT_GC_STRESS="1000"))
    assert on == off


def test_generated_programs_compile_loops_and_bridges(vm, workdir):
    """The generator is worth its time: among its programs are ones whose loops and bridges the
    eager JIT compiles to machine code (and none says it could not)."""
    def compiles_a_bridge(source: str) -> bool:
        proc = subprocess.run([str(vm), "--jit", EAGER, str(write_program(workdir, source))], capture_output=True,
                              text=True, timeout=TIMEOUT, env=environment(KITLOG="jit"))
        summary = jit_summary(proc.stderr)
        assert summary["not_compiled"] == 0
        return summary["loops"] >= 1 and summary["bridges"] >= 1

    find(programs(), compiles_a_bridge, settings=settings(max_examples=60, deadline=None, database=None))


@pytest.mark.parametrize("name,args,output", small_runs(), ids=[run[0] for run in small_runs()])
def test_benchmark_traces_all_become_machine_code(vm: Path, name: str, args: list[str], output: str):
    """The benchmarks at small sizes with an eager JIT print what Guile and Chez print, and LLVM
    accepts every trace (a rejected one leaves its guard failing into the interpreter for ever)."""
    proc = subprocess.run([str(vm), "--jit", EAGER, str(BENCHMARKS / f"{name}.scm"), *args], capture_output=True,
                          text=True, timeout=TIMEOUT, env=environment(KITLOG="jit"))
    assert (proc.returncode, proc.stdout) == (0, output + "\n"), proc.stderr[-3000:]
    summary = jit_summary(proc.stderr)
    assert summary["not_compiled"] == 0, "\n".join(line for line in proc.stderr.splitlines() if "not compiled" in line)
    # no bridge after bridge from one guard that keeps failing alike (fib made 2,099 for 10
    # calls' worth of shapes when a bridge kept the guards of a failed attempt to enter the body)
    assert summary["bridges"] <= 150, summary
