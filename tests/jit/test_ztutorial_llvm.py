"""The tutorial language's test programs on the LLVM backend (slow): with an eager JIT, loops and
bridges compiled to machine code, they give what they give without it, also while the collector
runs every 200 allocations; collatz grows bridges.  One build, shared with test_zjit_differential."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.jit.jitsummary import jit_summary
from tests.jit.test_zjit_programs import COLLATZ
from tests.tutorial.programs import load_all
from tests.vmbuild import translated

pytestmark = pytest.mark.slow

EAGER = "threshold=3,trace_eagerness=2"


@pytest.fixture(scope="module")
def vm():
    return translated("languages/tutorial/target.py", "tutorial-jit-llvm", ["--opt", "0", "--jit", "llvm"])


def run(exe, *args, timeout=600, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KIT")}
    clean.update(env)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=clean)


@pytest.mark.parametrize("stress", ["", "200"], ids=["plain", "gc-stress"])
@pytest.mark.parametrize("program", load_all(), ids=lambda p: p.name)
def test_tutorial_programs_with_eager_jit(vm, program, stress):
    env = {"KIT_GC_STRESS": stress} if stress else {}
    proc = run(vm, "--jit", EAGER, str(program.path), **env)
    assert (proc.stdout, proc.stderr, proc.returncode) == (program.stdout, program.stderr, program.status)


@pytest.mark.parametrize("stress", ["", "200"], ids=["plain", "gc-stress"])
def test_collatz_grows_bridges(vm, tmp_path, stress):
    path = tmp_path / "collatz.tut"
    path.write_text(COLLATZ.replace("LIMIT", "3000"))
    env = {"KIT_GC_STRESS": stress} if stress else {}
    proc = run(vm, "--jit", EAGER, str(path), KITLOG="jit", **env)
    assert (proc.stdout, proc.returncode) == ("215063\n", 0), proc.stderr[-3000:]
    summary = jit_summary(proc.stderr)
    assert summary["loops"] >= 1 and summary["bridges"] >= 1 and summary["not_compiled"] == 0


@pytest.mark.parametrize("stress", ["", "200"], ids=["plain", "gc-stress"])
def test_hot_loops_compiled_again_optimized(vm, tmp_path, stress):
    # a loop past recompile_after iterations leaves its -O0 code, is compiled at -O2 and goes on
    # there (its bridges jump to the new code); under GC stress the collector runs meanwhile
    path = tmp_path / "collatz.tut"
    path.write_text(COLLATZ.replace("LIMIT", "3000"))
    env = {"KIT_GC_STRESS": stress} if stress else {}
    proc = run(vm, "--jit", EAGER + ",recompile_after=20", str(path), KITLOG="jit", **env)
    assert (proc.stdout, proc.returncode) == ("215063\n", 0), proc.stderr[-3000:]
    summary = jit_summary(proc.stderr)
    assert summary["recompiled"] >= 2 and summary["bridges"] >= 1 and summary["not_compiled"] == 0
    never = run(vm, "--jit", EAGER + ",recompile_after=0", str(path), KITLOG="jit")
    assert never.stdout == "215063\n" and jit_summary(never.stderr)["recompiled"] == 0
