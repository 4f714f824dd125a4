"""The trace optimizer end to end (slow): interpreters translated with --jit (trace-interpreting
backend) give the interpreter's results with the optimizer on, off and with single passes off,
through guard failures and bridges; the loops they log are smaller after optimization (boxed
integers not allocated in the loop body, no class checks on them, no repeated reads)."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.vmbuild import translated

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def boxloop():
    return translated("tests/jit/targets/boxloop.py", "boxloop-jit", ["--opt", "0", "--jit", "interp"])


@pytest.fixture(scope="module")
def tinyloop():
    return translated("tests/jit/targets/tinyloop.py", "tinyloop-jit", ["--opt", "0", "--jit", "interp"])


def run(exe, *args: str, jit_env: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, KITLOG="jit")
    env.pop("KIT_JIT", None)
    if jit_env is not None:
        env["KIT_JIT"] = jit_env
    proc = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def log_blocks(stderr: str) -> dict[str, list[str]]:
    """The traces KITLOG=jit printed, by header ('loop 1', 'loop 1 before optimization',
    'bridge of loop 1', ...; repeated headers get ' #2', ' #3'), as lists of operation lines."""
    blocks: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in stderr.splitlines():
        if line.startswith("jit: "):
            name = line[len("jit: "):]
            key, k = name, 1
            while key in blocks:
                k += 1
                key = "%s #%d" % (name, k)
            current = blocks[key] = []
        elif current is not None and line.strip():
            current.append(line)
    return blocks


def operations(block: list[str]) -> list[str]:
    """The operations of a trace (no input line, labels, jumps or debug merge points)."""
    return [line for line in block[1:] if not line.startswith(("label(", "jump(", "debug_merge_point("))]


def peeled_body(block: list[str]) -> list[str]:
    """The operations after the last label (the peeled loop body when there are two labels)."""
    labels = [k for k, line in enumerate(block) if line.startswith("label(")]
    assert len(labels) == 2, "\n".join(block)
    return operations(["[]"] + block[labels[1]:])


def opnames(ops: list[str]) -> list[str]:
    return [line.split(" = ", 1)[-1].split("(", 1)[0] for line in ops]


def sum_result(n: int) -> int:
    return n * (n + 1) // 2


def branchy_result(n: int) -> int:
    return sum(2 * b if b % 3 == 0 else 1 for b in range(1, n + 1))


# ---- results --------------------------------------------------------------------------------------

SIZES = [1, 2, 3, 10, 1038, 1039, 1040, 1041, 1100, 2500, 7001]


@pytest.mark.parametrize("jit_env", [None, "noopt", "enable_opts=intbounds:rewrite:pure:heap",
                                     "enable_opts=virtualize:unroll", "off"])
def test_results_with_and_without_the_optimizer(boxloop, jit_env):
    for n in SIZES:
        assert run(boxloop, "sum", str(n), jit_env=jit_env).stdout == "result %d\n" % sum_result(n)
        assert run(boxloop, "branchy", str(n), jit_env=jit_env).stdout == "result %d\n" % branchy_result(n)


def test_low_thresholds_compile_early_loops_and_bridges(boxloop):
    # a loop after a few iterations, a bridge after a few guard failures: many paths
    for n in [5, 6, 7, 30, 31, 32, 100, 333]:
        for params in ["threshold=3,trace_eagerness=2", "threshold=2,trace_eagerness=1"]:
            proc = run(boxloop, "branchy", str(n), params)
            assert proc.stdout == "result %d\n" % branchy_result(n), params
            proc = run(boxloop, "sum", str(n), params)
            assert proc.stdout == "result %d\n" % sum_result(n), params


# ---- what the optimizer does ----------------------------------------------------------------------

def test_boxed_integers_are_not_allocated_in_the_loop(boxloop):
    blocks = log_blocks(run(boxloop, "sum", "3000").stderr)
    before = operations(blocks["loop 1 before optimization"])
    after = blocks["loop 1"]
    body = peeled_body(after)
    names = opnames(before)
    # as recorded: two W_Int allocations and a class check per iteration
    assert names.count("new") == 2 and names.count("guard_class") == 1
    # the peeled body: integers only (the additions, the loop test and its guard)
    assert opnames(body) == ["int_add", "int_add", "int_ne", "guard_true"], "\n".join(after)
    # the preamble checks the class once
    assert opnames(operations(after)).count("guard_class") == 1
    assert len(body) < len(before) // 3


def test_guard_failures_and_bridges_are_optimized(boxloop):
    proc = run(boxloop, "branchy", "20000")
    assert proc.stdout == "result %d\n" % branchy_result(20000)
    blocks = log_blocks(proc.stderr)
    body = peeled_body(blocks["loop 1"])
    assert "new" not in opnames(body) and "guard_class" not in opnames(body)
    bridge = blocks["bridge of loop 1"]
    recorded = operations(blocks["bridge of loop 1 before optimization"])
    # the bridge's W_Ints (rebuilt from the guard's resume data, then made by the bridge) stay
    # virtual: it jumps to the peeled body with plain integers
    assert "new" in opnames(recorded)
    assert "new" not in opnames(operations(bridge)) and "guard_class" not in opnames(operations(bridge))
    peeled_label = [line for line in blocks["loop 1"] if line.startswith("label(")][1]
    target = peeled_label.rsplit("descr=", 1)[1]
    assert bridge[-1].startswith("jump(") and bridge[-1].endswith("descr=" + target)
    assert len(operations(bridge)) < len(recorded)


def test_guard_failures_rebuild_virtual_objects(boxloop):
    # no bridges: every third iteration leaves the peeled body at a guard whose resume data
    # describes the registers' W_Ints as virtual objects, which the resume code allocates
    proc = run(boxloop, "branchy", "5000", "trace_eagerness=1000000")
    assert proc.stdout == "result %d\n" % branchy_result(5000)
    blocks = log_blocks(proc.stderr)
    assert not any(name.startswith("bridge") for name in blocks)
    guards = [line for line in peeled_body(blocks["loop 1"]) if line.startswith("guard_")]
    assert guards and all(" p" not in line.split("[", 1)[1] for line in guards), "\n".join(guards)


def test_passes_can_be_switched_off(boxloop):
    recorded = log_blocks(run(boxloop, "sum", "3000", jit_env="noopt").stderr)
    assert "loop 1 before optimization" not in recorded          # not optimized at all
    assert opnames(operations(recorded["loop 1"])).count("new") == 2
    no_virtuals = log_blocks(run(boxloop, "sum", "3000",
                                 jit_env="enable_opts=intbounds:rewrite:pure:heap:unroll").stderr)
    assert "new" in opnames(peeled_body(no_virtuals["loop 1"]))
    no_peeling = log_blocks(run(boxloop, "sum", "3000",
                                jit_env="enable_opts=intbounds:rewrite:virtualize:pure:heap").stderr)
    loop = no_peeling["loop 1"]
    assert len([line for line in loop if line.startswith("label(")]) == 1


def test_tinyloop_loop_has_fewer_operations(tinyloop):
    proc = run(tinyloop, "3000")
    assert proc.stdout == "%d\nresult %d\n" % (sum_result(3000), sum_result(3000))
    blocks = log_blocks(proc.stderr)
    before = operations(blocks["loop 1 before optimization"])
    body = peeled_body(blocks["loop 1"])
    # as recorded, every instruction reads the slots list, its length and items and checks the
    # index; the peeled body reads the items array (passed around the loop) and does the work
    assert opnames(before).count("getfield") >= 8 and opnames(before).count("guard_false") >= 5
    assert opnames(body) == ["getarrayitem", "getarrayitem", "int_add", "setarrayitem", "int_sub",
                             "setarrayitem", "int_ne", "guard_true"], "\n".join(blocks["loop 1"])


# ---- with the LLVM backend ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def boxloop_llvm():
    return translated("tests/jit/targets/boxloop.py", "boxloop-llvm", ["--opt", "0", "--jit", "llvm"])


def test_llvm_backend_runs_the_optimized_loops_and_bridges(boxloop_llvm):
    for n in [10, 1100, 20000]:
        for params in [None, "threshold=3,trace_eagerness=2"]:
            extra = [params] if params else []
            proc = run(boxloop_llvm, "branchy", str(n), *extra)
            assert proc.stdout == "result %d\n" % branchy_result(n)
            assert "not compiled:" not in proc.stderr
            assert run(boxloop_llvm, "sum", str(n), *extra).stdout == "result %d\n" % sum_result(n)
    blocks = log_blocks(run(boxloop_llvm, "branchy", "20000").stderr)
    assert "bridge of loop 1" in blocks and "new" not in opnames(peeled_body(blocks["loop 1"]))
