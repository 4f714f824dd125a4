"""Interpreters with the JIT (trace-interpreting backend, slow): the tutorial language's test
programs and a boxed-value interpreter give the output they give without the JIT, also with
loops compiled after a few iterations and with the collector running every 20 allocations."""

from __future__ import annotations

import subprocess

import pytest

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


LOOP = """
fn work(n) {
    total = 0;
    i = 0;
    while i < n {
        if i % 3 == 0 { total = total + i * 2; } else { total = total - 1; }
        i = i + 1;
    }
    return total;
}
print work(3000);
"""


def peeled_bodies(log):
    """The operations of each compiled loop's peeled body (after its second label)."""
    bodies = []
    for part in log.split("jit: loop ")[1:]:
        lines = part.splitlines()
        if "before optimization" in lines[0]:
            continue
        labels = [k for k, line in enumerate(lines) if line.startswith("label(")]
        if len(labels) >= 2:
            body = []
            for line in lines[labels[1] + 1:]:
                if line.startswith("jit:"):
                    break
                body.append(line)
            bodies.append(body)
    return bodies


def test_frame_stays_in_registers(tutorial, tmp_path):
    """The interpreter base's frame is virtualizable: the loop body neither reads nor writes the
    frame, its value stack or its locals, and the boxed integers it computes are never allocated;
    the bridge for the other branch enters the peeled body."""
    path = tmp_path / "loop.tut"
    path.write_text(LOOP)
    proc = run(tutorial, str(path), env={"KITLOG": "jit"})
    assert (proc.stdout, proc.returncode) == (f"{sum(i * 2 if i % 3 == 0 else -1 for i in range(3000))}\n", 0)
    bodies = peeled_bodies(proc.stderr)
    assert bodies, proc.stderr[-3000:]
    body = "\n".join(bodies[0])
    assert "Frame.inst_" not in body and "list_object" not in body and "arrayitem" not in body, body
    assert "new(" not in body, body
    assert "the bridge enters the loop at its start" not in proc.stderr


def test_jitview_of_a_real_log(tutorial, tmp_path):
    """KITLOG=jit:FILE writes the log to a file, with the source position of every iteration
    (get_printable_location); kit jitview renders it."""
    from kit.tools.jitview import write_jitview
    path = tmp_path / "loop.tut"
    path.write_text(LOOP)
    log = tmp_path / "trace.log"
    proc = run(tutorial, str(path), env={"KITLOG": f"jit:{log}"})
    assert proc.returncode == 0 and proc.stderr == ""
    parsed = write_jitview(str(log), str(tmp_path / "trace.html"))
    assert [t.kind for t in parsed.traces][:1] == ["loop"] and parsed.traces[0].compile_ms is not None
    page = (tmp_path / "trace.html").read_text()
    assert "tutorial: work, line 5," in page and "LOAD_LOCAL" in page


@pytest.fixture(scope="module")
def quasi():
    return translated("tests/jit/targets/quasi.py", "quasi-jit-interp", ["--opt", "0", "--jit", "interp"])


def test_quasi_immutable_field_changes_invalidate_loops(quasi, capfd):
    """Loops fold the quasi-immutable field to a constant; writing it (from the interpreter
    between runs, or inside the loop) invalidates them, and the results stay right."""
    from tests.jit.targets import quasi as target
    capfd.readouterr()
    assert target.entry_point(["quasi", "5000"]) == 0
    expected = capfd.readouterr().out
    proc = run(quasi, "5000", "threshold=3", env={"KITLOG": "jit"})
    assert (proc.stdout, proc.returncode) == (expected, 0), proc.stderr[-3000:]
    assert proc.stderr.count("jit: loop") >= 3 and "quasiimmut_field" in proc.stderr
    assert proc.stderr.count("invalidated: a quasi-immutable field it read") >= 3
