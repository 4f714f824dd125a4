"""The LLVM backend end to end (slow): interpreters translated with `--jit llvm` compile their hot
loops to machine code at run time through libllvmlite.so and print what they print untranslated."""

from __future__ import annotations

import subprocess

import pytest

from tests.vmbuild import translated

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tinyloop():
    return translated("tests/jit/targets/tinyloop.py", "tinyloop-llvm", ["--opt", "0", "--jit", "llvm"])


def run(exe, *args, env=None):
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120, env=env)


@pytest.mark.parametrize("n", [1, 5, 1000, 5000, 200000])
def test_tinyloop_results(tinyloop, n):
    proc = run(tinyloop, str(n))
    total = n * (n + 1) // 2
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{total}\nresult {total}\n"


def test_the_loop_becomes_machine_code(tinyloop):
    proc = run(tinyloop, "5000", env={"KITLOG": "jit"})
    assert "jit: loop 1\n" in proc.stderr
    assert "jit: loop 1 compiled in" in proc.stderr
    assert "not compiled" not in proc.stderr


def test_without_the_library_the_interpreter_runs_alone(tinyloop):
    proc = run(tinyloop, "5000", env={"KITLOG": "jit", "KIT_LLVMLITE": "/nonexistent/libllvmlite.so"})
    assert proc.stdout.endswith("result 12502500\n")
    assert "jit: off, the llvm backend cannot work here: cannot load libllvmlite.so" in proc.stderr
    assert "jit: loop" not in proc.stderr
