"""The JIT end to end on a tiny interpreter (slow): translated with --jit (trace-interpreting
backend), it prints what the interpreter prints, with a loop traced and compiled."""

from __future__ import annotations

import subprocess

import pytest

from tests.vmbuild import translated

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tinyloop():
    return translated("tests/jit/targets/tinyloop.py", "tinyloop-jit", ["--opt", "0", "--jit", "interp"])


@pytest.mark.parametrize("n", [1, 5, 1000, 5000])
def test_same_result_as_python(tinyloop, n):
    proc = subprocess.run([str(tinyloop), str(n)], capture_output=True, text=True, timeout=120)
    total = n * (n + 1) // 2
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"{total}\nresult {total}\n"


def test_a_loop_is_compiled(tinyloop):
    proc = subprocess.run([str(tinyloop), "3000"], capture_output=True, text=True, timeout=120,
                          env={"KITLOG": "jit"})
    assert "jit: loop 1" in proc.stderr
    # the interpreter's dispatch is gone from the trace: no reads of the bytecode
    loop = proc.stderr.split("jit: loop 1", 1)[1]
    assert "Code.inst_ops" not in loop
    assert "int_add(" in loop and "jump(" in loop


def test_jit_off(tinyloop):
    proc = subprocess.run([str(tinyloop), "3000", "off"], capture_output=True, text=True, timeout=120,
                          env={"KITLOG": "jit"})
    assert proc.stdout.endswith("result 4501500\n")
    assert "jit: loop" not in proc.stderr
