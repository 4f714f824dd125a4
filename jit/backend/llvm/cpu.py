"""The LLVM backend's CPU: compiles loops and bridges to machine code through libllvmlite.so at run
time, attaches bridges by writing their address into the failing guard's slot, and runs compiled
code with the jitframe protocol of assembler.py.  Translated code only.
"""

from __future__ import annotations

import os
import time

from gcs.base import FLAG_TRACK_YOUNG
from jit.backend.llsupport import write_int
from jit.backend.llvm.assembler import CompileError, Environment, ExternalTarget, TraceAssembler
from jit.backend.llvm.glue import (
    GLOBAL_EXC_TYPE,
    GLOBAL_EXC_VALUE,
    GLOBAL_ROOT_STACK_TOP,
    c_global_address,
    c_jit_call,
    c_llvm_compile,
    c_llvm_load,
    c_stats_recompiled,
    c_string,
    free_raw,
    int_to_adr,
    last_error,
)
from jit.backend.model import AbstractCPU, DeadFrame
from jit.metainterp.history import (
    FLOAT,
    INT,
    REF,
    AbstractDescr,
    AbstractValue,
    FinishDescr,
    JitCellToken,
    TargetToken,
    Trace,
)
from jit.metainterp.resoperation import IS_GUARD, ResOperation, rop
from jit.metainterp.resume import ResumeGuardDescr
from kit.rlib import jit
from kit.rtyper import layout, lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import GCREF, Address, Signed

MAX_FRAME_WORDS = 4096
# operations of a hot loop recompiled at -O2 together with the bridges inlined into it, at most
INLINE_LIMIT = 3000
SLOTS_PER_CHUNK = 512
CONST_TABLE_SIZE = 32768
_CONST_T = lltype.GcArray(GCREF)
# GC constants of compiled code: a prebuilt array never moves, and the collector updates its items
CONST_TABLE = lltype.LLPointer(lltype.Ptr(_CONST_T), lltype.LLArray(_CONST_T, CONST_TABLE_SIZE))
CONST_ITEMS_OFFSET = layout.varsize_info(_CONST_T)[3]
NULL = lltype.nullptr(GCREF)


# ---- what compiled code calls back (their addresses are baked into the IR) -------------------------

def jit_new(typeid: int, size: int, vtable: int) -> GCREF:
    result = llop.malloc_dynamic(GCREF, typeid, size)
    if vtable:
        write_int(llop.cast_ptr_to_adr(Address, result), layout.HEADER_SIZE, 8, vtable)
    return result


def jit_new_array(typeid: int, length: int, fixedsize: int, itemsize: int, length_offset: int) -> GCREF:
    return llop.malloc_varsize_dynamic(GCREF, typeid, length, fixedsize, itemsize, length_offset)


def jit_remember(ref: GCREF) -> None:
    llop.gc_write_barrier(lltype.Void, ref)


class CompiledPiece:
    """A loop or a bridge as machine code.  `code_slot` is the raw word its callers jump through
    (a loop's own word for bridges that enter it; a bridge's guard slot), so compiling it again
    (`optimized`, from the kept `trace`) redirects them all."""

    def __init__(self, fnaddr: int, trace: Trace, code_slot: int, invalid_flag: int, is_bridge: bool) -> None:
        self.fnaddr = fnaddr
        self.trace = trace
        self.code_slot = code_slot
        self.invalid_flag = invalid_flag     # a raw word compiled code reads: 1 once invalidated
        self.is_bridge = is_bridge
        self.optimized = False


class CompiledLoop(CompiledPiece):
    def __init__(self, trace: Trace, code_slot: int, invalid_flag: int) -> None:
        CompiledPiece.__init__(self, 0, trace, code_slot, invalid_flag, False)


class CompiledBridge(CompiledPiece):
    def __init__(self, trace: Trace, code_slot: int, invalid_flag: int) -> None:
        CompiledPiece.__init__(self, 0, trace, code_slot, invalid_flag, True)


class HotExit(AbstractDescr):
    """The exit a piece compiled by the fast code generator leaves by when its counter runs out
    (a loop at its loop label, a bridge at its start, before reading the frame): its values are
    in the frame, ready to enter the piece compiled again at `entry`."""

    def __init__(self, piece: CompiledPiece, entry: int) -> None:
        self.piece = piece
        self.entry = entry


class LLVMCPU(AbstractCPU):
    name = "llvm"

    def __init__(self) -> None:
        # set at translation time
        self.library_path = ""
        self.codegen_opt = 0
        self.fn_new = 0
        self.fn_new_array = 0
        self.fn_remember = 0
        # run time
        self.state = 0                  # 0: not tried, 1: ready, -1: no LLVM here
        # loop iterations at -O0 before a loop is compiled again at -O2 (KIT_JIT=recompile_after=N)
        self.recompile_after = jit.PARAMETERS["recompile_after"]
        self.frame = 0
        self.env = Environment()
        self.exits: list[AbstractDescr] = []
        self.exit_kinds: list[str] = []
        self.slot_of: dict[AbstractDescr, int] = {}
        self.targets: dict[TargetToken, ExternalTarget] = {}
        self.exit_refs: list[GCREF] = [NULL] * MAX_FRAME_WORDS
        self.exit_exception = NULL
        self.n_consts = 0
        self.pieces = 0
        self.slot_chunk = 0
        self.slots_left = 0
        self.compile_seconds = 0.0
        self.last_compile_seconds = 0.0
        self.dump_ir = False            # KIT_JIT_DUMP_IR: the IR of every piece on stderr
        # the dead frame of every exit through a finish (read at once by the caller; one value at
        # most): a function-entry trace leaves through one at every call
        self.finish_frame = DeadFrame(FinishDescr("v"), 1)

    # ---- the library -----------------------------------------------------------------------------

    def setup(self) -> bool:
        if self.state != 0:
            return self.state > 0
        self.dump_ir = os.getenv("KIT_JIT_DUMP_IR") is not None
        level = os.getenv("KIT_JIT_CODEGEN_OPT")
        if level is not None and level in ("0", "1", "2", "3"):
            # LLVM's code generator level for every piece: 0 compiles several times faster,
            # 2 gives tighter loops (registers kept across blocks, division by constants)
            self.codegen_opt = ord(level[0]) - ord("0")
        path = c_string(self.library_path)
        ok = c_llvm_load(path, self.codegen_opt)
        free_raw(path)
        if ok == 0:
            self.state = -1
            self.last_error = last_error()
            return False
        self.frame = llop.cast_adr_to_int(Signed, llop.raw_calloc(Address, 8 * (MAX_FRAME_WORDS + 2)))
        env = self.env
        env.exc_type = c_global_address(GLOBAL_EXC_TYPE)
        env.exc_value = c_global_address(GLOBAL_EXC_VALUE)
        env.root_stack_top = c_global_address(GLOBAL_ROOT_STACK_TOP)
        env.const_table = llop.cast_ptr_to_int(Signed, CONST_TABLE) + CONST_ITEMS_OFFSET
        descr = self.typeptr_descr
        if descr is not None:
            env.typeptr_offset = descr.offset
        env.fn_new = self.fn_new
        env.fn_new_array = self.fn_new_array
        env.fn_remember = self.fn_remember
        env.track_young_flag = FLAG_TRACK_YOUNG
        self.state = 1
        return True

    def new_slot(self) -> int:
        if self.slots_left == 0:
            self.slot_chunk = llop.cast_adr_to_int(Signed, llop.raw_calloc(Address, 8 * SLOTS_PER_CHUNK))
            self.slots_left = SLOTS_PER_CHUNK
        slot = self.slot_chunk
        self.slot_chunk += 8
        self.slots_left -= 1
        return slot

    # ---- compiling -------------------------------------------------------------------------------

    def compile_piece(self, trace: Trace, is_bridge: bool, invalid_flag: int, optimized: bool = False,
                      hot_counter: int = 0, piece: CompiledPiece | None = None) -> TraceAssembler | None:
        """The IR of one trace compiled to machine code.  A PIECE given a hot_counter (a raw word)
        counts its runs down and leaves through a HotExit when it runs out; compiled again
        (optimized), the guards keep their slots, so attached bridges stay attached."""
        if not self.setup():
            return None
        self.pieces += 1
        name = "kit_jit_%d" % self.pieces
        asm = TraceAssembler(self.env, trace, name, is_bridge, self.targets, invalid_flag)
        if len(trace.inputargs) > MAX_FRAME_WORDS:
            self.last_error = "too many values"
            return None
        if optimized and not is_bridge:
            asm.inline_bridges(self.attached_bridges(trace), INLINE_LIMIT)
        for op in asm.ops:
            if IS_GUARD[op.opnum] or op.opnum == rop.FINISH:
                values: list[AbstractValue] = []
                if op.opnum == rop.FINISH:
                    values = op.args
                else:
                    failargs = op.failargs
                    if failargs is not None:
                        values = failargs
                if len(values) > MAX_FRAME_WORDS:
                    self.last_error = "too many values at an exit"
                    return None
                kinds = ""
                for v in values:
                    kinds += v.type
                asm.exit_number_of[op] = len(self.exits)
                self.exits.append(op.descr)
                self.exit_kinds.append(kinds)
                if op.opnum != rop.FINISH and op.opnum != rop.GUARD_NO_EXCEPTION:
                    slot = self.slot_of.get(op.descr, 0)
                    if slot == 0:
                        slot = self.new_slot()
                        self.slot_of[op.descr] = slot
                    asm.slot_of[op] = slot
        if hot_counter != 0 and piece is not None:
            entry = 0
            args = trace.inputargs
            if not is_bridge:
                info = asm.hot_label()
                if info is not None:
                    entry = info.entry
                    args = info.args
                else:
                    hot_counter = 0
            if hot_counter != 0:
                kinds = ""
                for arg in args:
                    kinds += arg.type
                asm.hot_counter = hot_counter
                asm.hot_exit_number = len(self.exits)
                self.exits.append(HotExit(piece, entry))
                self.exit_kinds.append(kinds)
        asm.const_base = self.n_consts
        try:
            text = asm.assemble()
        except CompileError as e:
            self.last_error = e.reason
            return None
        if self.dump_ir:
            os.write(2, ("jit: LLVM IR of %s\n%s\n" % (name, text)).encode())
        if self.n_consts + len(asm.const_refs) > CONST_TABLE_SIZE:
            self.last_error = "the table of GC constants is full"
            return None
        for k in range(len(asm.const_refs)):
            CONST_TABLE[self.n_consts + k] = asm.const_refs[k]
        self.n_consts += len(asm.const_refs)
        start = time.perf_counter()
        ir = c_string(text)
        cname = c_string(name)
        fnaddr = c_llvm_compile(ir, cname, 1 if optimized else 0)
        free_raw(ir)
        free_raw(cname)
        self.last_compile_seconds = time.perf_counter() - start
        self.compile_seconds += self.last_compile_seconds
        if fnaddr == 0:
            self.last_error = last_error()
            return None
        asm.fnaddr = fnaddr
        return asm

    def attached_bridges(self, trace: Trace) -> dict[ResOperation, Trace]:
        """The trace of every compiled bridge reachable from the guards of TRACE, by guard (the
        bridges of those bridges too)."""
        found: dict[ResOperation, Trace] = {}
        pending = [trace]
        while pending:
            piece = pending.pop()
            for op in piece.operations:
                if IS_GUARD[op.opnum] and op not in found:
                    descr = op.descr
                    if isinstance(descr, ResumeGuardDescr):
                        bridge = descr.bridge
                        if isinstance(bridge, CompiledBridge):
                            found[op] = bridge.trace
                            pending.append(bridge.trace)
        return found

    def hot_counter(self) -> int:
        """A raw word counting a new piece's runs down to its -O2 recompilation (0: none)."""
        if self.recompile_after <= 0 or self.codegen_opt != 0:
            return 0
        counter = self.new_slot()
        llop.raw_store(lltype.Void, Signed, int_to_adr(counter), 0, self.recompile_after)
        return counter

    def compile_loop(self, trace: Trace, token: JitCellToken) -> bool:
        loop = CompiledLoop(trace, self.new_slot(), self.new_slot())
        asm = self.compile_piece(trace, False, loop.invalid_flag, False, self.hot_counter(), loop)
        if asm is None:
            return False
        loop.fnaddr = asm.fnaddr
        llop.raw_store(lltype.Void, Signed, int_to_adr(loop.code_slot), 0, asm.fnaddr)
        token.compiled = loop
        for info in asm.labels:
            op = trace.operations[info.index]
            descr = op.descr
            assert isinstance(descr, TargetToken)
            kinds = ""
            for arg in info.args:
                kinds += arg.type
            self.targets[descr] = ExternalTarget(loop.code_slot, info.entry, info.closed, kinds)
        return True

    def compile_bridge(self, faildescr: AbstractDescr, trace: Trace) -> bool:
        assert isinstance(faildescr, ResumeGuardDescr)
        slot = self.slot_of.get(faildescr, 0)
        if slot == 0:
            self.last_error = "the guard has no slot"
            return False
        flag = 0
        token = faildescr.loop_token
        if isinstance(token, JitCellToken):
            loop = token.compiled
            if isinstance(loop, CompiledLoop):
                flag = loop.invalid_flag
        if flag == 0:
            flag = self.new_slot()
        bridge = CompiledBridge(trace, slot, flag)
        asm = self.compile_piece(trace, True, flag, False, self.hot_counter(), bridge)
        if asm is None:
            return False
        bridge.fnaddr = asm.fnaddr
        faildescr.bridge = bridge
        llop.raw_store(lltype.Void, Signed, int_to_adr(slot), 0, asm.fnaddr)
        return True

    def recompile_hot(self, piece: CompiledPiece) -> None:
        """Compile a hot piece again with the optimizing code generator and put the new code in
        its code slot (a loop's bridges and the interpreter enter it from now on; a bridge's guard
        jumps to it).  If that fails the piece keeps its first code (its counter does not run out
        again)."""
        if piece.optimized:
            return
        piece.optimized = True
        start = time.perf_counter()
        asm = self.compile_piece(piece.trace, piece.is_bridge, piece.invalid_flag, True)
        if asm is None:
            return
        piece.fnaddr = asm.fnaddr
        llop.raw_store(lltype.Void, Signed, int_to_adr(piece.code_slot), 0, asm.fnaddr)
        c_stats_recompiled(time.perf_counter() - start)

    def invalidate(self, token: JitCellToken) -> None:
        token.invalidated = True
        loop = token.compiled
        if isinstance(loop, CompiledLoop):
            llop.raw_store(lltype.Void, Signed, int_to_adr(loop.invalid_flag), 0, 1)

    # ---- running ---------------------------------------------------------------------------------

    def execute_token(self, token: JitCellToken, args_i: list[int], args_r: list[GCREF],
                      args_f: list[float]) -> DeadFrame:
        loop = token.compiled
        assert isinstance(loop, CompiledLoop)
        frame = int_to_adr(self.frame)
        kinds = token.inputarg_kinds
        ki = kr = kf = 0
        # from the first GC pointer stored into the raw frame to the call, nothing may allocate
        # (a while loop: a for-range loop allocates its range and iterator)
        k = 0
        while k < len(kinds):
            offset = 16 + 8 * k
            if kinds[k] == INT:
                llop.raw_store(lltype.Void, Signed, frame, offset, args_i[ki])
                ki += 1
            elif kinds[k] == REF:
                llop.raw_store(lltype.Void, Address, frame, offset, llop.cast_ptr_to_adr(Address, args_r[kr]))
                kr += 1
            else:
                llop.raw_store(lltype.Void, lltype.Float, frame, offset, args_f[kf])
                kf += 1
            k += 1
        llop.raw_store(lltype.Void, Signed, frame, 0, 0)
        llop.raw_store(lltype.Void, Signed, frame, 8, 0)
        # an exception from an allocation in compiled code (exit -1, nothing to resume) goes on from
        # here; one a guard_no_exception caught comes in word 1
        number = c_jit_call(loop.fnaddr, frame)
        exit_kinds = self.exit_kinds[number]
        n = len(exit_kinds)
        self.save_exit_refs(frame, exit_kinds)
        if self.dump_ir:
            self.check_exit_refs(number, exit_kinds)
        descr = self.exits[number]
        while isinstance(descr, HotExit):
            # compile the piece again (which may collect: its GC values wait in exit_refs), put
            # them back into the frame and enter the new code where the old one stopped
            self.recompile_hot(descr.piece)
            self.restore_exit_refs(frame, exit_kinds)
            llop.raw_store(lltype.Void, Signed, frame, 0, descr.entry)
            llop.raw_store(lltype.Void, Signed, frame, 8, 0)
            number = c_jit_call(descr.piece.fnaddr, frame)
            exit_kinds = self.exit_kinds[number]
            n = len(exit_kinds)
            self.save_exit_refs(frame, exit_kinds)
            if self.dump_ir:
                self.check_exit_refs(number, exit_kinds)
            descr = self.exits[number]
        if isinstance(descr, FinishDescr) and n <= 1:
            dead = self.finish_frame
            dead.descr = descr
        else:
            dead = DeadFrame(descr, n)
        for k in range(n):
            kind = exit_kinds[k]
            if kind == INT:
                dead.values_i[k] = llop.raw_load(Signed, frame, 16 + 8 * k)
            elif kind == REF:
                dead.values_r[k] = self.exit_refs[k]
                self.exit_refs[k] = NULL
            elif kind == FLOAT:
                dead.values_f[k] = llop.raw_load(lltype.Float, frame, 16 + 8 * k)
        dead.exc_value = self.exit_exception
        self.exit_exception = NULL
        return dead

    def save_exit_refs(self, frame: Address, exit_kinds: str) -> None:
        """Move the GC pointers of an exit out of the raw frame, which the collector does not see,
        into lists it does see.  Nothing here may allocate: not even a `for ... in range()`, whose
        iterator is a heap object, so a collection could move or free what the frame still holds."""
        self.exit_exception = llop.cast_adr_to_ptr(GCREF, GCREF, llop.raw_load(Address, frame, 8))
        n = len(exit_kinds)
        k = 0
        while k < n:
            if exit_kinds[k] == REF:
                self.exit_refs[k] = llop.cast_adr_to_ptr(GCREF, GCREF, llop.raw_load(Address, frame, 16 + 8 * k))
            k += 1

    def restore_exit_refs(self, frame: Address, exit_kinds: str) -> None:
        """The GC pointers save_exit_refs took, back into the raw frame (nothing may allocate)."""
        n = len(exit_kinds)
        k = 0
        while k < n:
            if exit_kinds[k] == REF:
                ref = llop.cast_ptr_to_adr(Address, self.exit_refs[k])
                llop.raw_store(lltype.Void, Address, frame, 16 + 8 * k, ref)
                self.exit_refs[k] = NULL
            k += 1

    def check_exit_refs(self, number: int, kinds: str) -> None:
        """Debugging (KIT_JIT_DUMP_IR): say when compiled code leaves with a pointer to a freed object."""
        for k in range(len(kinds)):
            if kinds[k] == REF:
                ref = self.exit_refs[k]
                if ref and llop.raw_load(Signed, llop.cast_ptr_to_adr(Address, ref), 0) & 0xFFFFFFFF == 0:
                    os.write(2, ("jit: exit %d leaves with a dead object in value %d\n" % (number, k)).encode())
