"""JIT on vs off (slow): hypothesis-generated tutorial-language programs (tests/jit/tutgen.py) give the
same output, errors and exit status on one translated tutorial VM with `--jit off` and with an
eager JIT (threshold 3: loops and bridges are compiled to machine code by the LLVM backend), also
while the collector runs every few hundred allocations."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, find, given, settings

from tests.jit.jitsummary import jit_summary
from tests.jit.tutgen import programs
from tests.jitdiff import run_jit_off_and_on
from tests.vmbuild import translated

pytestmark = pytest.mark.slow

# loops traced after 3 iterations, bridges after 2 failures, and hot loops compiled again at -O2
# after 7 iterations (so the optimized code and the switch to it are tested too)
EAGER = "threshold=3,trace_eagerness=2,recompile_after=7"
TIMEOUT = 300


@pytest.fixture(scope="module")
def vm():
    return translated("languages/tutorial/target.py", "tutorial-jit-llvm", ["--opt", "0", "--jit", "llvm"])


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="kit-jitdiff-") as path:
        yield Path(path)


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIT", "KITLOG"))}
    env.update(extra)
    return env


def run_both(vm: Path, path: Path, eager_env: dict[str, str]) -> tuple[tuple, tuple]:
    """(stdout, stderr, status) with the JIT off and with the eager JIT, run side by side."""
    return run_jit_off_and_on(vm, path, EAGER, environment(), eager_env, TIMEOUT)


def write_program(workdir: Path, source: str) -> Path:
    path = workdir / "program.tut"
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
    # a collection every 1000 allocations (a major one every 4000): objects move under compiled
    # code, its residual calls and its guard exits (every 20 or 300 make the optimizer's and the
    # backend's own allocations take minutes for the larger programs)
    off, on = run_both(vm, write_program(workdir, source), environment(KIT_GC_STRESS="1000"))
    assert on == off


def jit_log(vm: Path, path: Path) -> str:
    proc = subprocess.run([str(vm), "--jit", EAGER, str(path)], capture_output=True, text=True, timeout=TIMEOUT,
                          env=environment(KITLOG="jit"))
    return proc.stderr


def test_generated_programs_compile_loops_and_bridges(vm, workdir):
    """The generator is worth its time: among its programs are ones whose loops and bridges the
    eager JIT compiles to machine code (and none says it could not)."""
    def compiles_a_bridge(source: str) -> bool:
        log = jit_log(vm, write_program(workdir, source))
        summary = jit_summary(log)
        assert summary["not_compiled"] == 0 and "cannot work here" not in log
        return summary["loops"] >= 1 and summary["bridges"] >= 1

    find(programs(), compiles_a_bridge, settings=settings(max_examples=60, deadline=None, database=None))
