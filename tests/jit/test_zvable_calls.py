"""The virtualizable around residual calls (slow): a loop's trace writes to the frame only the
parts a callee may read, changed since the last write, and reads back only the parts it may
write; a callee that never looks at the frame costs no frame operations at all.  The programs
print what they print untranslated, on both backends, eagerly compiled and under GC stress."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.vmbuild import translated

pytestmark = pytest.mark.slow

PROGRAMS = ["helper", "read", "write", "raise", "indirect"]


@pytest.fixture(scope="module")
def interp_vm():
    return translated("tests/jit/targets/vablecalls.py", "vablecalls-jit-interp", ["--opt", "0", "--jit", "interp"])


@pytest.fixture(scope="module")
def llvm_vm():
    return translated("tests/jit/targets/vablecalls.py", "vablecalls-jit-llvm", ["--opt", "0", "--jit", "llvm"])


@pytest.fixture(params=["interp", "llvm"])
def vm(request, interp_vm, llvm_vm):
    return interp_vm if request.param == "interp" else llvm_vm


def run(exe, *args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("KIT")}
    clean.update(env)
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=300, env=clean)


def expected(name, n, capfd):
    from tests.jit.targets import vablecalls as target
    target.COUNTER.count = 0
    capfd.readouterr()
    assert target.entry_point(["vablecalls", name, str(n)]) == 0
    return capfd.readouterr().out


def loop_body(log):
    """The peeled body of the optimized loop 1 (after its second label)."""
    part = log.split("jit: loop 1\n", 1)[1].split("\njit:", 1)[0]
    lines = part.splitlines()
    labels = [k for k, line in enumerate(lines) if line.startswith("label(")]
    assert len(labels) == 2, part
    return lines[labels[1] + 1:]


@pytest.mark.parametrize("name", PROGRAMS)
def test_results_agree(vm, capfd, name):
    want = expected(name, 3000, capfd)
    for params in ("threshold=3,trace_eagerness=2", "threshold=1039"):
        proc = run(vm, name, "3000", params)
        assert (proc.stdout, proc.returncode) == (want, 0), proc.stderr[-3000:]
    stressed = run(vm, name, "3000", "threshold=3,trace_eagerness=2", KIT_GC_STRESS="20")
    assert (stressed.stdout, stressed.stderr, stressed.returncode) == (want, "", 0)


@pytest.mark.parametrize("name", ["helper", "indirect"])
def test_a_call_that_never_sees_the_frame_leaves_it_in_registers(vm, name):
    # (indirect: through a function pointer that is a constant of the trace; the call site may
    # reach a function that writes the frame, this one does not)
    proc = run(vm, name, "3000", KITLOG="jit")
    body = "\n".join(loop_body(proc.stderr))
    assert "call(" in body
    assert "Frame.inst_" not in body and "arrayitem" not in body, body


def test_a_reading_call_gets_only_the_field_it_reads(vm):
    body = loop_body(run(vm, "read", "3000", KITLOG="jit").stderr)
    text = "\n".join(body)
    # acc changes every iteration: written before the call that reads it; the slots stay in
    # registers and nothing is read back
    assert text.count("setfield(") == 1 and "Frame.inst_acc" in text, text
    assert "arrayitem" not in text and "getfield(" not in text, text
    # the call to mix (no frame access) after it has no sync of its own
    calls = [k for k, line in enumerate(body) if "call(" in line]
    assert len(calls) == 2 and not any("set" in line for line in body[calls[0]:calls[1]])


def test_a_writing_call_gets_everything_and_gives_it_back(vm):
    text = "\n".join(loop_body(run(vm, "write", "3000", KITLOG="jit").stderr))
    before, _, after = text.partition("call(")
    assert "setfield(" in before and "setarrayitem(" in before, text
    assert "getfield(" in after and "getarrayitem(" in after, text


def test_after_a_writing_call_fields_are_read_when_used(vm):
    """The slots the body does not use after the call stay in the heap until the jump back (which
    passes them all); the guards before that do not carry them."""
    body = loop_body(run(vm, "write", "3000", KITLOG="jit").stderr)
    after = body[next(k for k, line in enumerate(body) if "call(" in line) + 1:]
    last_guard = max(k for k, line in enumerate(after) if line.startswith("guard_"))
    early = "\n".join(after[:last_guard])
    late = "\n".join(after[last_guard:])
    assert "getarrayitem(" in early and "getfield(" in early      # slot 0, slot 1 and acc: used
    for slot in (2, 3):
        assert f", {slot}, descr=<Array" not in early, early
        assert f", {slot}, descr=<Array" in late, late
