"""The LLVM backend end to end (slow): interpreters translated with `--jit llvm` compile their hot
loops to machine code at run time through libllvmlite.so and print what they print untranslated,
also when the collector runs every few allocations (KIT_GC_STRESS) while compiled code is active."""

from __future__ import annotations

import re
import subprocess

import pytest

from tests.jit.jitsummary import jit_summary
from tests.vmbuild import translated

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tinyloop():
    return translated("tests/jit/targets/tinyloop.py", "tinyloop-llvm", ["--opt", "0", "--jit", "llvm"])


@pytest.fixture(scope="module")
def boxes():
    return translated("tests/jit/targets/boxes.py", "boxes-llvm", ["--opt", "0", "--jit", "llvm"])


def run(exe, *args, env=None, timeout=120):
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=timeout, env=env)


def expected_boxes(n, capfd):
    from tests.jit.targets import boxes as target
    capfd.readouterr()
    assert target.entry_point(["boxes", str(n)]) == 0
    return capfd.readouterr().out


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
    assert "not compiled:" not in proc.stderr


def test_without_the_library_the_interpreter_runs_alone(tinyloop):
    proc = run(tinyloop, "5000", env={"KITLOG": "jit", "KIT_LLVMLITE": "/nonexistent/libllvmlite.so"})
    assert proc.stdout.endswith("result 12502500\n")
    assert "jit: off, the llvm backend cannot work here: cannot load libllvmlite.so" in proc.stderr
    assert "jit: loop" not in proc.stderr


# eager parameters: the loop is traced while the multiplication overflows (i >= 2048), so the
# trace and its bridges see both outcomes of the overflow check
EAGER = "threshold=3,trace_eagerness=2"


@pytest.mark.parametrize("n", [10, 200, 3000])
@pytest.mark.parametrize("params", ["default", EAGER])
def test_boxes_results(boxes, capfd, n, params):
    proc = run(boxes, str(n), params, env={"KITLOG": "jit"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout == expected_boxes(n, capfd)
    if n >= 3000:
        assert "jit: loop 1 compiled in" in proc.stderr and "not compiled:" not in proc.stderr


@pytest.mark.parametrize("params", ["default", EAGER])
def test_boxes_under_gc_stress(boxes, capfd, params):
    # guard_no_exception exits (check raises every 97th value) carry GC pointers out of compiled
    # code while the collector moves and frees objects every 20 allocations
    proc = run(boxes, "2200", params, env={"KIT_GC_STRESS": "20", "KIT_JIT_DUMP_IR": "1"}, timeout=600)
    assert "dead object" not in proc.stderr
    assert (proc.returncode, proc.stdout) == (0, expected_boxes(2200, capfd)), proc.stderr[-3000:]


def test_boxes_collecting_at_every_allocation(boxes, capfd):
    proc = run(boxes, "300", EAGER, env={"KIT_GC_STRESS": "1", "KIT_JIT_DUMP_IR": "1"}, timeout=600)
    assert "dead object" not in proc.stderr
    assert (proc.returncode, proc.stdout) == (0, expected_boxes(300, capfd)), proc.stderr[-3000:]


def test_kitlog_jit_reports_at_exit(boxes):
    proc = run(boxes, "3000", EAGER, env={"KITLOG": "jit"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    s = jit_summary(proc.stderr)
    # the counts are those of the log above the summary
    assert s["loops"] == len(re.findall(r"^jit: loop \d+ compiled in", proc.stderr, re.M)) >= 1
    assert s["bridges"] == len(re.findall(r"^jit: bridge of loop \d+\n", proc.stderr, re.M)) >= 1
    assert (s["aborts"], s["not_compiled"], s["aborted"]) == (0, 0, [])
    assert s["guard_failures"] >= s["blackholes"] >= 1
    # every compiled trace has a time; the backend's share is in the total; the run includes it all
    assert s["traces"] == s["loops"] + s["bridges"]
    assert 0 < s["median_ms"] <= s["total_ms"] and 0 < s["backend_ms"] <= s["total_ms"]
    assert s["total_ms"] / 1000 <= s["run_s"]
    # (the run time is printed in whole milliseconds: on a short run that alone moves the share)
    assert s["compiling_pct"] == pytest.approx(100 * s["total_ms"] / 1000 / s["run_s"], rel=0.01, abs=0.2)
    assert 0 < s["tracing_pct"] < 100


def test_kitlog_jit_reports_aborts_with_their_reasons(boxes, capfd):
    proc = run(boxes, "3000", "threshold=3,trace_limit=30", env={"KITLOG": "jit"})
    assert proc.stdout == expected_boxes(3000, capfd)
    s = jit_summary(proc.stderr)
    assert (s["loops"], s["traces"], s["total_ms"]) == (0, 0, 0)
    assert s["aborts"] == 3 and s["aborted"] == [("3", "trace too long")]


def test_no_summary_without_kitlog(boxes):
    proc = run(boxes, "3000", EAGER)
    assert proc.returncode == 0 and "jit:" not in proc.stderr


def test_greens_of_two_classes_are_shown_in_the_log():
    """get_printable_location gets each green back as an instance of its own class."""
    exe = translated("tests/jit/targets/twogreens.py", "twogreens-llvm", ["--opt", "0", "--jit", "llvm"])
    proc = run(exe, env={"KITLOG": "jit"})
    assert (proc.stdout, proc.returncode) == (f"{sum(range(100000))}\n", 0), proc.stderr[-3000:]
    assert "debug_merge_point(descr=<Loc c b>)" in proc.stderr
