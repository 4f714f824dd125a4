"""Interpreters with the JIT (trace-interpreting backend, slow): the tutorial language's test
programs and a boxed-value interpreter give the output they give without the JIT, also with
loops compiled after a few iterations and with the collector running every 20 allocations."""

from __future__ import annotations

import subprocess

import pytest

from tests.jit.jitsummary import jit_summary
from tests.tutorial.programs import load_all
from tests.vmbuild import translated

pytestmark = pytest.mark.slow

COLLATZ = """
fn steps(n) {
    count = 0;
    while n != 1 {
        if n % 2 == 0 { n = n / 2; } else { n = 3 * n + 1; }
        count = count + 1;
    }
    return count;
}
total = 0;
i = 1;
while i <= LIMIT {
    total = total + steps(i);
    i = i + 1;
}
print total;
"""


@pytest.fixture(scope="module")
def tutorial():
    return translated("languages/tutorial/target.py", "tutorial-jit-interp", ["--opt", "0", "--jit", "interp"])


@pytest.fixture(scope="module")
def boxes():
    return translated("tests/jit/targets/boxes.py", "boxes-jit-interp", ["--opt", "0", "--jit", "interp"])


def run(exe, *args, env=None, timeout=300):
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env)


@pytest.mark.parametrize("program", load_all(), ids=lambda p: p.name)
def test_tutorial_programs_with_eager_jit(tutorial, program):
    proc = run(tutorial, "--jit", "threshold=3,trace_eagerness=2", str(program.path))
    assert (proc.stdout, proc.stderr, proc.returncode) == (program.stdout, program.stderr, program.status)


@pytest.mark.parametrize("limit, total", [(10, 67), (3000, 215063)])
def test_tutorial_loops_traced_with_bridges(tutorial, tmp_path, limit, total):
    path = tmp_path / "collatz.tut"
    path.write_text(COLLATZ.replace("LIMIT", str(limit)))
    proc = run(tutorial, str(path), env={"KITLOG": "jit"})
    assert (proc.stdout, proc.returncode) == (f"{total}\n", 0), proc.stderr[-3000:]
    if limit >= 3000:
        assert "jit: loop 1 compiled" in proc.stderr and "jit: bridge of loop" in proc.stderr


def expected_boxes(n, capfd):
    from tests.jit.targets import boxes as target
    capfd.readouterr()
    assert target.entry_point(["boxes", str(n)]) == 0
    return capfd.readouterr().out


@pytest.mark.parametrize("n", [10, 200, 3000, 20000])
def test_boxes(boxes, capfd, n):
    proc = run(boxes, str(n), env={"KITLOG": "jit"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout == expected_boxes(n, capfd)
    if n >= 3000:
        assert "jit: loop 1 compiled" in proc.stderr


def test_boxes_under_gc_stress(boxes, capfd):
    # exceptions from residual calls leave compiled code; objects move under the JIT's feet
    proc = run(boxes, "3000", env={"KIT_GC_STRESS": "20"})
    assert (proc.returncode, proc.stdout) == (0, expected_boxes(3000, capfd)), proc.stderr[-3000:]


def test_kitlog_jit_summary_with_the_trace_interpreter(boxes):
    proc = run(boxes, "3000", "threshold=3,trace_eagerness=2", env={"KITLOG": "jit"})
    s = jit_summary(proc.stderr)
    assert s["loops"] == 1 and s["traces"] == s["loops"] + s["bridges"]
    assert s["backend_ms"] == 0 and 0 < s["median_ms"] <= s["total_ms"]
