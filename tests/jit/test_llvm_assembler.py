"""The LLVM backend's IR for one trace, untranslated: guards with the same failargs share one failure
path, a guard branches on a comparison's i1, and the module runs (through llvmlite's MCJIT) with the
jitframe protocol: the exit number and the failargs come back in the frame, a bridge is entered
through the guard's slot."""

from __future__ import annotations

import ctypes
import re

import pytest

from jit.backend.llvm.assembler import Environment, TraceAssembler
from jit.metainterp.history import TargetToken
from jit.metainterp.resoperation import IS_GUARD, rop
from jit.tool.oparser import parse

llvm = pytest.importorskip("llvmlite.binding")

LOOP = """
[i0, i1]
label(i0, i1, descr=target)
i2 = int_lt(i0, i1)
guard_true(i2) [i0, i1]
i3 = int_add(i0, 1)
i4 = int_and(i3, 7)
i5 = int_eq(i4, 5)
guard_false(i5) [i0, i1]
i6 = int_ne(i3, 1000)
guard_true(i6) [i3, i6]
i7 = int_add_ovf(i3, i1)
guard_no_overflow() [i3, i1]
jump(i3, i1, descr=target)
"""


class Compiled:
    """One trace assembled as the CPU does (an exit number and a slot per guard) and compiled."""

    def __init__(self, text: str, is_bridge: bool = False) -> None:
        self.target = TargetToken()
        self.trace = parse(text, {"target": self.target})
        self.slots = (ctypes.c_int64 * 16)()
        self.invalid = ctypes.c_int64(0)
        asm = TraceAssembler(Environment(), self.trace, "piece", is_bridge, {}, ctypes.addressof(self.invalid))
        self.guards = []
        for op in self.trace.operations:
            if IS_GUARD[op.opnum] or op.opnum == rop.FINISH:
                asm.exit_number_of[op] = len(self.guards)
                asm.slot_of[op] = ctypes.addressof(self.slots) + 8 * len(self.guards)
                self.guards.append(op)
        self.ir = asm.assemble()
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        machine = llvm.Target.from_default_triple().create_target_machine(jit=True)
        module = llvm.parse_assembly(self.ir)
        module.verify()
        self.engine = llvm.create_mcjit_compiler(module, machine)
        self.engine.finalize_object()
        self.function = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p)(self.engine.get_function_address("piece"))

    def run(self, *args: int) -> tuple[int, list[int]]:
        frame = (ctypes.c_int64 * 8)(0, 0, *args)
        number = self.function(ctypes.addressof(frame))
        assert frame[0] == number
        return number, list(frame[2:])


@pytest.fixture(scope="module")
def loop():
    return Compiled(LOOP)


def test_guards_with_the_same_failargs_share_a_failure_path(loop):
    fail_blocks = [line for line in loop.ir.splitlines() if line.startswith("fail")]
    # [i0, i1] twice, [i3, i6], [i3, i1]: three paths, all leaving through one block
    assert len(fail_blocks) == 3
    assert loop.ir.count("\nleave:") == 1
    assert loop.ir.count("musttail") == 1


def test_a_bool_only_a_guard_tests_stays_an_i1(loop):
    # i2 and i5 are tested by guards only; i6 is also a failarg, so it needs its i64
    assert loop.ir.count("zext i1") == 1
    # and no guard tests an i64 again: each branches on the comparison's i1
    assert not re.search(r"icmp (ne|eq) i64 %v\d+, 0\n", loop.ir)


@pytest.mark.parametrize("i0, i1, exit_number, values", [
    (10, 5, 0, [10, 5]),           # i0 < i1 fails
    (4, 100, 1, [4, 100]),         # 4 + 1 = 5 has the low bits 5
    (999, 2000, 2, [1000, 0]),     # i3 == 1000
    (0, 2 ** 63 - 1, 3, [1, 2 ** 63 - 1]),
])
def test_each_guard_leaves_with_its_number_and_failargs(loop, i0, i1, exit_number, values):
    number, frame = loop.run(i0, i1)
    assert number == exit_number
    assert frame[:len(values)] == values


def test_a_guard_enters_the_bridge_in_its_slot(loop):
    bridge = Compiled("""
    [i0, i1]
    i2 = int_mul(i0, i1)
    finish(i2)
    """, is_bridge=True)
    loop.slots[1] = bridge.engine.get_function_address("piece")
    try:
        number, frame = loop.run(4, 100)
    finally:
        loop.slots[1] = 0
    assert number == 0 and frame[0] == 400     # the bridge's finish, exit 0 of the bridge


BRIDGE_BACK = """
[i0, i1]
i2 = int_add(i0, 2)
i3 = int_add(i1, 1)
i4 = int_lt(i3, 3000)
guard_true(i4) [i2, i3]
jump(i2, i3, descr=target)
"""


def simulate(i0: int, i1: int) -> tuple[int, list[int]]:
    """LOOP in Python, with BRIDGE_BACK attached to its second guard."""
    while True:
        if not i0 < i1:
            return 0, [i0, i1]
        i3 = i0 + 1
        if i3 & 7 == 5:
            i0, i1 = i0 + 2, i1 + 1
            if not i1 < 3000:
                return 4, [i0, i1]      # the bridge's guard
            continue
        if i3 == 1000:
            return 2, [i3, 0]
        i0 = i3


def test_a_hot_loop_compiled_again_runs_its_bridges_inline():
    # the -O2 recompilation of a hot loop: the bridge of its second guard becomes a branch of the
    # loop's own function that goes back to the label without passing through the frame
    target = TargetToken()
    trace = parse(LOOP, {"target": target})
    bridge = parse(BRIDGE_BACK, {"target": target})
    second_guard = [op for op in trace.operations if IS_GUARD[op.opnum]][1]
    slots = (ctypes.c_int64 * 16)()
    invalid = ctypes.c_int64(0)
    asm = TraceAssembler(Environment(), trace, "hot", False, {}, ctypes.addressof(invalid))
    asm.inline_bridges({second_guard: bridge}, 3000)
    assert len(asm.ops) == len(trace.operations) + len(bridge.operations)
    exits = []
    for op in asm.ops:
        if IS_GUARD[op.opnum] or op.opnum == rop.FINISH:
            asm.exit_number_of[op] = len(exits)
            asm.slot_of[op] = ctypes.addressof(slots) + 8 * len(exits)
            exits.append(op)
    ir = asm.assemble()
    assert ir.count("musttail") == 1          # only the leave block's way into attached bridges
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    machine = llvm.Target.from_default_triple().create_target_machine(opt=2, jit=True)
    module = llvm.parse_assembly(ir)
    module.verify()
    engine = llvm.create_mcjit_compiler(module, machine)
    engine.finalize_object()
    function = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p)(engine.get_function_address("hot"))
    for i0, i1 in [(0, 2000), (0, 50), (3, 40), (990, 5000), (0, 2995)]:
        frame = (ctypes.c_int64 * 8)(0, 0, i0, i1)
        number = function(ctypes.addressof(frame))
        expected_number, values = simulate(i0, i1)
        guards = [op for op in asm.ops if IS_GUARD[op.opnum]]
        assert exits[number] is guards[expected_number]
        assert list(frame[2:2 + len(values)]) == values
