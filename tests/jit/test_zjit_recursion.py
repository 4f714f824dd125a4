"""Recursive programs and function-entry traces (slow): a tutorial function that is called often
but has no loop of its own is traced from its entry to its return (a trace ending in `finish`),
or into the compiled loop it reaches; the programs give what they give with the JIT off, on the
trace-interpreting backend and on LLVM, also while the collector runs every 200 allocations."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.jit.jitsummary import jit_summary
from tests.vmbuild import translated

pytestmark = pytest.mark.slow

FIB = """
fn fib(n) {
    if n < 2 { return n; }
    return fib(n - 1) + fib(n - 2);
}
print fib(N);
"""

# mutual recursion, a recursive function with a loop inside, and a deep recursion that fails
PROGRAMS = {
    "fib": (FIB.replace("N", "18"), "2584\n"),
    "even_odd": ("""
fn is_even(n) { if n == 0 { return 1; } return is_odd(n - 1); }
fn is_odd(n) { if n == 0 { return 0; } return is_even(n - 1); }
total = 0;
i = 0;
while i < 300 { total = total + is_even(i); i = i + 1; }
print total;
""", "150\n"),
    "ackermann": ("""
fn ack(m, n) {
    if m == 0 { return n + 1; }
    if n == 0 { return ack(m - 1, 1); }
    return ack(m - 1, ack(m, n - 1));
}
print ack(2, 3);
print ack(2, 40);
""", "9\n83\n"),
    "sum_of_loops": ("""
fn triangle(n) {
    t = 0;
    while n > 0 { t = t + n; n = n - 1; }
    return t;
}
fn walk(k) {
    if k == 0 { return 0; }
    return triangle(k) + walk(k - 1);
}
total = 0;
j = 0;
while j < 40 { total = total + walk(30); j = j + 1; }
print total;
""", f"{40 * sum(k * (k + 1) // 2 for k in range(31))}\n"),
    "strings": ("""
fn stars(n) { if n == 0 { return ""; } return "*" + stars(n - 1); }
i = 0;
s = "";
while i < 54 { s = stars(i % 7); i = i + 1; }
print s;
""", "****\n"),
}


@pytest.fixture(scope="module")
def interp_vm():
    return translated("languages/tutorial/target.py", "tutorial-jit-interp", ["--opt", "0", "--jit", "interp"])


@pytest.fixture(scope="module")
def llvm_vm():
    return translated("languages/tutorial/target.py", "tutorial-jit-llvm", ["--opt", "0", "--jit", "llvm"])


def run(exe, path, *jit, timeout=600, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KIT")}
    clean.update(env)
    args = [str(exe)]
    if jit:
        args += ["--jit", *jit]
    return subprocess.run([*args, str(path)], capture_output=True, text=True, timeout=timeout, env=clean)


def optimized_traces(log, what):
    """The optimized traces of a KITLOG=jit log whose header is `jit: WHAT N` ("entry" or
    "loop"), as text."""
    traces = []
    for part in log.split(f"jit: {what} ")[1:]:
        first, _, rest = part.partition("\n")
        if first.strip().isdigit():
            traces.append(rest.split("\njit:")[0])
    return traces


def entry_traces(log):
    """The optimized function-entry traces of a KITLOG=jit log, as text."""
    return optimized_traces(log, "entry")


@pytest.fixture(params=["interp", "llvm"])
def vm(request, interp_vm, llvm_vm):
    return interp_vm if request.param == "interp" else llvm_vm


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_recursive_programs_agree_with_the_interpreter(vm, tmp_path, name):
    source, expected = PROGRAMS[name]
    path = tmp_path / f"{name}.tut"
    path.write_text(source)
    off = run(vm, path, "off")
    assert (off.stdout, off.returncode) == (expected, 0), off.stderr
    eager = run(vm, path, "threshold=3,trace_eagerness=2", KITLOG="jit")
    assert (eager.stdout, eager.returncode) == (expected, 0), eager.stderr[-3000:]
    summary = jit_summary(eager.stderr)
    assert summary["not_compiled"] == 0
    assert entry_traces(eager.stderr), eager.stderr[-3000:]
    stressed = run(vm, path, "threshold=3,trace_eagerness=2", KIT_GC_STRESS="200")
    assert (stressed.stdout, stressed.stderr, stressed.returncode) == (expected, "", 0)


def test_a_function_without_a_loop_is_traced_from_its_entry_to_its_return(vm, tmp_path):
    path = tmp_path / "fib.tut"
    path.write_text(FIB.replace("N", "20"))
    proc = run(vm, path, "threshold=50", KITLOG="jit")
    assert (proc.stdout, proc.returncode) == ("6765\n", 0), proc.stderr[-3000:]
    traces = entry_traces(proc.stderr)
    assert traces, proc.stderr[-3000:]
    # from the label (the function's frame) to the function's return value
    assert traces[0].splitlines()[1].startswith("label(")
    assert "finish(" in traces[0] and "jump(" not in traces[0]
    # the other path (the recursive case) became a bridge ending in its own finish
    assert "jit: bridge of loop" in proc.stderr
    summary = jit_summary(proc.stderr)
    assert summary["aborts"] == 0


def test_an_entry_trace_jumps_into_the_functions_compiled_loop(vm, tmp_path):
    path = tmp_path / "loops.tut"
    path.write_text(PROGRAMS["sum_of_loops"][0])
    proc = run(vm, path, "threshold=20", KITLOG="jit")
    assert (proc.stdout, proc.returncode) == (PROGRAMS["sum_of_loops"][1], 0), proc.stderr[-3000:]
    traces = entry_traces(proc.stderr)
    assert any("jump(" in t and "finish(" not in t for t in traces), proc.stderr[-5000:]


def test_deep_recursion_error_with_entry_traces(vm, tmp_path):
    """The language's RecursionError leaves compiled entry code and its residual calls alike."""
    path = tmp_path / "deep.tut"
    path.write_text("fn down(n) { return down(n + 1); }\nprint down(0);\n")
    off = run(vm, path, "off")
    on = run(vm, path, "threshold=3,trace_eagerness=2")
    assert off.returncode != 0 and "RecursionError" in off.stderr
    assert (on.stdout, on.stderr, on.returncode) == (off.stdout, off.stderr, off.returncode)


@pytest.mark.parametrize("limit", ["30", "200"])
@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_traces_given_up_anywhere_leave_a_consistent_state(interp_vm, tmp_path, name, limit):
    """A trace longer than trace_limit is given up between two instructions (never after a call
    that already ran, which would run it twice), and the run goes on in the blackhole."""
    source, expected = PROGRAMS[name]
    path = tmp_path / f"{name}.tut"
    path.write_text(source)
    proc = run(interp_vm, path, f"threshold=3,trace_eagerness=2,trace_limit={limit}", KITLOG="jit")
    assert (proc.stdout, proc.returncode) == (expected, 0), proc.stderr[-3000:]
    if limit == "30":
        assert ("trace too long", ) in {(reason.strip(),) for _, reason in jit_summary(proc.stderr)["aborted"]}


def test_function_entry_traces_can_be_switched_off(interp_vm, tmp_path):
    path = tmp_path / "fib.tut"
    path.write_text(FIB.replace("N", "20"))
    proc = run(interp_vm, path, "threshold=50", KITLOG="jit", KIT_JIT="function_threshold=0")
    assert (proc.stdout, proc.returncode) == ("6765\n", 0), proc.stderr[-3000:]
    assert not entry_traces(proc.stderr) and jit_summary(proc.stderr)["loops"] == 0
    later = run(interp_vm, path, "threshold=50", KITLOG="jit", KIT_JIT="function_threshold=400")
    assert later.stdout == "6765\n" and entry_traces(later.stderr)


CALLS_IN_A_LOOP = """
fn add(a, b) { return a + b; }
total = 0;
i = 0;
while i < 3000 { total = add(total, i); i = i + 1; }
print total;
"""


def test_calls_of_small_functions_are_traced_into(vm, tmp_path):
    path = tmp_path / "calls.tut"
    path.write_text(CALLS_IN_A_LOOP)
    proc = run(vm, path, "threshold=50", KITLOG="jit")
    assert (proc.stdout, proc.returncode) == (f"{sum(range(3000))}\n", 0), proc.stderr[-3000:]
    traces = optimized_traces(proc.stderr, "loop")
    # the loop's trace runs add's instructions itself (their positions are in it)
    assert any("tutorial: add, line 2" in t and "tutorial: <program>" in t for t in traces), proc.stderr[-5000:]


def test_a_called_function_that_loops_is_called_not_traced_into(vm, tmp_path):
    path = tmp_path / "loops.tut"
    path.write_text(PROGRAMS["sum_of_loops"][0])
    proc = run(vm, path, "threshold=20", KITLOG="jit")
    assert (proc.stdout, proc.returncode) == (PROGRAMS["sum_of_loops"][1], 0), proc.stderr[-3000:]
    assert "jit: calls of tutorial: triangle, line 3, #0" in proc.stderr, proc.stderr[-5000:]
    assert "are not traced into any more" in proc.stderr
