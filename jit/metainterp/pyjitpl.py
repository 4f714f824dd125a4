"""The metainterp: runs jitcodes on boxes.  While tracing it records every operation whose result
is not a constant, and a guard at every branch on a non-constant value; in blackhole mode (no
trace) it just runs, finishing an iteration that compiled code left at a failing guard.

The concrete values are always computed (tracing executes the iteration for real), so stopping a
trace at any point leaves a consistent state: the run continues in blackhole mode.
"""

from __future__ import annotations

from jit.codewriter.jitcode import FORMATS, INSTRUCTIONS, OPCODES, JitCode
from jit.metainterp import executor
from jit.metainterp.descr import CallDescr, FieldDescr
from jit.metainterp.history import (
    CONST_FALSE,
    CONST_TRUE,
    FLOAT,
    INT,
    REF,
    AbstractValue,
    BoxFloat,
    BoxInt,
    BoxPtr,
    Const,
    ConstFloat,
    ConstInt,
    ConstPtr,
    DebugLocation,
)
from jit.metainterp.inlining import InliningPolicy, PortalCallInlining, replace_in
from jit.metainterp.quasiimmut import QuasiImmutRegistry
from jit.metainterp.resoperation import IS_PURE, ResOperation, rop
from jit.metainterp.resume import TAG_BOX, TAG_CONST, FrameSnapshot, ResumeGuardDescr, tag
from jit.metainterp.virtualizable import VableState, part_bit, read_field, read_item
from kit.rlib import rgc
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import GCREF

OP_INT_OP = OPCODES["int_op"]
OP_INT_OP1 = OPCODES["int_op1"]
OP_INT_OVF = OPCODES["int_ovf"]
OP_REF_OP = OPCODES["ref_op"]
OP_REF_OP1 = OPCODES["ref_op1"]
OP_FLOAT_OP = OPCODES["float_op"]
OP_FLOAT_CMP = OPCODES["float_cmp"]
OP_FLOAT_OP1 = OPCODES["float_op1"]
OP_FLOAT_TO_INT = OPCODES["float_to_int"]
OP_INT_TO_FLOAT = OPCODES["int_to_float"]
OP_INT_COPY = OPCODES["int_copy"]
OP_REF_COPY = OPCODES["ref_copy"]
OP_FLOAT_COPY = OPCODES["float_copy"]
OP_GETFIELD_I = OPCODES["getfield_i"]
OP_GETFIELD_R = OPCODES["getfield_r"]
OP_GETFIELD_F = OPCODES["getfield_f"]
OP_SETFIELD_I = OPCODES["setfield_i"]
OP_SETFIELD_R = OPCODES["setfield_r"]
OP_SETFIELD_F = OPCODES["setfield_f"]
OP_GETARRAYITEM_I = OPCODES["getarrayitem_i"]
OP_GETARRAYITEM_R = OPCODES["getarrayitem_r"]
OP_GETARRAYITEM_F = OPCODES["getarrayitem_f"]
OP_SETARRAYITEM_I = OPCODES["setarrayitem_i"]
OP_SETARRAYITEM_R = OPCODES["setarrayitem_r"]
OP_SETARRAYITEM_F = OPCODES["setarrayitem_f"]
OP_ARRAYLEN = OPCODES["arraylen"]
OP_GUARD_CLASS = OPCODES["guard_class"]
OP_GETFIELD_RAW_I = OPCODES["getfield_raw_i"]
OP_GETFIELD_RAW_R = OPCODES["getfield_raw_r"]
OP_GETFIELD_RAW_F = OPCODES["getfield_raw_f"]
OP_NEW = OPCODES["new"]
OP_NEW_ARRAY = OPCODES["new_array"]
OP_INLINE_CALL_I = OPCODES["inline_call_i"]
OP_INLINE_CALL_R = OPCODES["inline_call_r"]
OP_INLINE_CALL_F = OPCODES["inline_call_f"]
OP_INLINE_CALL_V = OPCODES["inline_call_v"]
OP_RESIDUAL_CALL_I = OPCODES["residual_call_i"]
OP_RESIDUAL_CALL_R = OPCODES["residual_call_r"]
OP_RESIDUAL_CALL_F = OPCODES["residual_call_f"]
OP_RESIDUAL_CALL_V = OPCODES["residual_call_v"]
OP_INDIRECT_CALL_I = OPCODES["indirect_call_i"]
OP_INDIRECT_CALL_R = OPCODES["indirect_call_r"]
OP_INDIRECT_CALL_F = OPCODES["indirect_call_f"]
OP_INDIRECT_CALL_V = OPCODES["indirect_call_v"]
OP_GOTO = OPCODES["goto"]
OP_GOTO_IF_NOT = OPCODES["goto_if_not"]
OP_CATCH_EXCEPTION = OPCODES["catch_exception"]
OP_GOTO_IF_EXCEPTION_MISMATCH = OPCODES["goto_if_exception_mismatch"]
OP_LAST_EXCEPTION = OPCODES["last_exception"]
OP_LAST_EXC_VALUE = OPCODES["last_exc_value"]
OP_RERAISE = OPCODES["reraise"]
OP_RAISE = OPCODES["raise"]
OPNAMES_BY_CODE = [name for name, _ in INSTRUCTIONS]
OP_INT_RETURN = OPCODES["int_return"]
OP_REF_RETURN = OPCODES["ref_return"]
OP_FLOAT_RETURN = OPCODES["float_return"]
OP_VOID_RETURN = OPCODES["void_return"]
OP_JIT_MERGE_POINT = OPCODES["jit_merge_point"]
OP_LOOP_HEADER = OPCODES["loop_header"]
OP_INT_GUARD_VALUE = OPCODES["int_guard_value"]
OP_REF_GUARD_VALUE = OPCODES["ref_guard_value"]
OP_FLOAT_GUARD_VALUE = OPCODES["float_guard_value"]
OP_INT_ISCONSTANT = OPCODES["int_isconstant"]
OP_REF_ISCONSTANT = OPCODES["ref_isconstant"]
OP_FLOAT_ISCONSTANT = OPCODES["float_isconstant"]

NULL = lltype.nullptr(GCREF)

# why a run of the metainterp stopped
STOP_MERGE_POINT = 1    # the outermost portal frame reached its merge point (new greens and reds)
STOP_RETURN = 2         # the portal function returned (result in the result boxes)
STOP_EXCEPTION = 3      # an exception escaped the portal function
STOP_LOOP_CLOSED = 4    # tracing: the trace came back to where it started


class AbortTracing(Exception):
    """The trace cannot go on (too long, or something tracing does not support): blackhole on."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


class JitInternalError(Exception):
    def __init__(self, message: str) -> None:
        self.message = message


# per opcode, per operand: 1 when it is a list (its length first, then the items), else 0 (made
# once here: splitting the format text at every step was a tenth of a blackhole run's time)
OPERAND_IS_LIST: list[list[int]] = [[1 if f in ("I", "R", "F") else 0 for f in fmt.split()] for fmt in FORMATS]


def instruction_length(code: list[int], pc: int) -> int:
    """How many ints the instruction at pc takes."""
    pos = pc + 1
    operands = OPERAND_IS_LIST[code[pc]]
    k = 0
    while k < len(operands):
        if operands[k]:
            pos += 1 + code[pos]
        else:
            pos += 1
        k += 1
    return pos - pc


class MIFrame:
    """One jitcode being run: its position and its registers (boxes)."""

    def __init__(self, jitcode: JitCode) -> None:
        self.jitcode = jitcode
        self.pc = 0
        self.regs_i: list[AbstractValue | None] = [None] * jitcode.num_regs_i
        self.regs_r: list[AbstractValue | None] = [None] * jitcode.num_regs_r
        self.regs_f: list[AbstractValue | None] = [None] * jitcode.num_regs_f
        # a call of the user's program inlined into the trace (an inner run of the portal): the
        # greens it was entered with (constants; ints, refs, floats) and the trace's length then
        self.portal_greens: list[AbstractValue] | None = None
        self.history_at_entry = 0
        self.loop_headers_passed = 0


class MetaInterpCaches:
    """What every metainterp of a run may share: the constant boxes of each jitcode (made on
    first use) and the jitcodes by function address.  Made once: a guard failure makes a new
    metainterp, and building these for every one (a dict of every jitcode) cost more than the
    blackhole run itself."""

    def __init__(self, jitdata: object) -> None:
        n = len(jitdata.jitcodes)
        self.const_boxes_i: list[list[AbstractValue] | None] = [None] * n
        self.const_boxes_r: list[list[AbstractValue] | None] = [None] * n
        self.const_boxes_f: list[list[AbstractValue] | None] = [None] * n
        self.jitcode_by_address: dict[int, int] = {}
        for jc in jitdata.jitcodes:
            self.jitcode_by_address[jc.fnaddr] = jc.index
        # the descr of a direct call of each function indirect calls reach (its own effects)
        self.descr_by_address: dict[int, int] = {}
        for k in range(len(jitdata.indirect_addresses)):
            self.descr_by_address[jitdata.indirect_addresses[k]] = jitdata.indirect_descrs[k]


class MetaInterp(PortalCallInlining):
    def __init__(self, jitdata: object, cpu: object, caches: MetaInterpCaches | None = None) -> None:
        self.jitdata = jitdata
        self.cpu = cpu
        self.framestack: list[MIFrame] = []
        self.history: list[ResOperation] | None = None     # None: blackhole mode
        self.trace_limit = 6000
        if caches is None:
            caches = MetaInterpCaches(jitdata)
        self.const_boxes_i = caches.const_boxes_i
        self.const_boxes_r = caches.const_boxes_r
        self.const_boxes_f = caches.const_boxes_f
        self.jitcode_by_address = caches.jitcode_by_address
        self.descr_by_address = caches.descr_by_address
        # objects reads from which fold while tracing (reached through `name[*]` fields); kept as
        # GC references, so a moving collection updates them
        self.deep_immutable: list[GCREF] = []
        # the pending exception (while unwinding or in a handler)
        self.exc_value: AbstractValue | None = None
        self.exc_class = 0
        # set when the run stops
        self.result_box: AbstractValue | None = None
        self.result_kind = "v"
        self.stop_greens_i: list[AbstractValue] = []
        self.stop_greens_r: list[AbstractValue] = []
        self.stop_greens_f: list[AbstractValue] = []
        self.stop_reds_i: list[AbstractValue] = []
        self.stop_reds_r: list[AbstractValue] = []
        self.stop_reds_f: list[AbstractValue] = []
        # tracing state
        self.start_greens_i: list[int] = []
        self.start_greens_r: list[GCREF] = []
        self.start_greens_f: list[float] = []
        self.merge_points_seen = 0
        self.abort_reason = ""
        self.closing = False
        # tracing from a function's entry (the portal was entered, not looped back to): the trace
        # stops at the first loop header of the outermost frame (STOP_MERGE_POINT), where it can
        # only jump into that loop's compiled code
        self.entry_tracing = False
        self.after_loop_header = False     # the outermost frame passed can_enter_jit since its last merge point
        self.resume_exception_pending = False
        self.too_long = False      # tracing: the trace passed trace_limit (given up at the next step)
        self.pending_stop = 0      # resuming already ended the run (an exception left every frame)
        # tracing: the virtualizable frame's fields as boxes (jit/metainterp/virtualizable.py)
        self.vable: VableState | None = None
        # tracing: record debug_merge_point with the source position at every merge point (logs)
        self.record_locations = False
        # the loops reading quasi-immutable fields (set by the warm state; None in unit tests)
        self.quasi: QuasiImmutRegistry | None = None
        # asked whether a function of the user's program may be inlined (None in unit tests)
        self.inlining: InliningPolicy | None = None
        # tracing gave up for a too long trace: the greens of the outermost inlined call, which
        # is not inlined again ([]: none)
        self.blame_greens: list[AbstractValue] = [ConstInt(0)]
        # (made with an item, emptied at once: then the translator knows that these lists of
        # greens hold boxes even in a program whose portal never says which arguments are greens)
        del self.blame_greens[0]
        self.blame_driver = -1

    # ---- registers -------------------------------------------------------------------------------

    def _consts_i(self, jc: JitCode) -> list[AbstractValue]:
        boxes = self.const_boxes_i[jc.index]
        if boxes is None:
            boxes = [ConstInt(v) for v in jc.consts_i]
            self.const_boxes_i[jc.index] = boxes
        return boxes

    def _consts_r(self, jc: JitCode) -> list[AbstractValue]:
        boxes = self.const_boxes_r[jc.index]
        if boxes is None:
            boxes = [ConstPtr(v) for v in jc.consts_r]
            self.const_boxes_r[jc.index] = boxes
        return boxes

    def _consts_f(self, jc: JitCode) -> list[AbstractValue]:
        boxes = self.const_boxes_f[jc.index]
        if boxes is None:
            boxes = [ConstFloat(v) for v in jc.consts_f]
            self.const_boxes_f[jc.index] = boxes
        return boxes

    def get_i(self, frame: MIFrame, n: int) -> AbstractValue:
        jc = frame.jitcode
        if n < jc.num_regs_i:
            box = frame.regs_i[n]
            if box is None:
                raise JitInternalError("int register %d of %s read before it was set" % (n, jc.name))
            return box
        return self._consts_i(jc)[n - jc.num_regs_i]

    def get_r(self, frame: MIFrame, n: int) -> AbstractValue:
        jc = frame.jitcode
        if n < jc.num_regs_r:
            box = frame.regs_r[n]
            if box is None:
                raise JitInternalError("ref register %d of %s read before it was set" % (n, jc.name))
            return box
        return self._consts_r(jc)[n - jc.num_regs_r]

    def get_f(self, frame: MIFrame, n: int) -> AbstractValue:
        jc = frame.jitcode
        if n < jc.num_regs_f:
            box = frame.regs_f[n]
            if box is None:
                raise JitInternalError("float register %d of %s read before it was set" % (n, jc.name))
            return box
        return self._consts_f(jc)[n - jc.num_regs_f]

    # ---- recording -------------------------------------------------------------------------------

    def record(self, opnum: int, args: list[AbstractValue], result: AbstractValue | None,
               descr: object = None) -> None:
        history = self.history
        if history is not None:
            history.append(ResOperation(opnum, args, result, descr))
            # (the trace is given up before the next instruction: this one may have had effects
            # that must not happen twice, such as a call)
            if len(history) > self.trace_limit:
                self.too_long = True

    def generate_guard(self, opnum: int, args: list[AbstractValue], resume_pc: int,
                       exception_pending: bool = False, vable_in_heap: int = 0) -> None:
        """Record a guard whose failure resumes the interpreter with the current frames, the top
        frame at resume_pc.  vable_in_heap: the parts of the virtualizable (bits, see
        virtualizable.part_bit) whose values are in the heap (right after a residual call that may
        have written them), not in boxes to write back."""
        history = self.history
        if history is None:
            return
        failargs: list[AbstractValue] = []
        positions: dict[AbstractValue, int] = {}
        rd_numb: list[int] = []
        consts: list[Const] = []
        frames = []
        for k in range(len(self.framestack)):
            frame = self.framestack[k]
            pc = resume_pc if k == len(self.framestack) - 1 else frame.pc
            regs_i = self._snapshot_regs(frame.regs_i, failargs, positions, rd_numb, consts)
            regs_r = self._snapshot_regs(frame.regs_r, failargs, positions, rd_numb, consts)
            regs_f = self._snapshot_regs(frame.regs_f, failargs, positions, rd_numb, consts)
            frames.append(FrameSnapshot(frame.jitcode.index, pc, regs_i, regs_r, regs_f, frame.portal_greens))
        descr = ResumeGuardDescr(frames, rd_numb)
        descr.rd_consts = consts
        vable = self.vable
        if vable is not None:
            # the frame, then its fields in flat order: written back when the guard fails
            # (-1: a field or item in the heap, not read yet)
            boxes: list[AbstractValue | None] = [vable.frame]
            boxes.extend(vable.flatten(vable_in_heap))
            descr.vable_lengths = vable.lengths()
            pairs = self._snapshot_regs(boxes, failargs, positions, rd_numb, consts)
            nums = [-1] * len(boxes)
            for k in range(0, len(pairs), 2):
                nums[pairs[k]] = pairs[k + 1]
            descr.vable_nums = nums
            descr.vable_in_heap = vable_in_heap
        descr.resume_with_exception = exception_pending
        op = ResOperation(opnum, args, None, descr)
        op.failargs = failargs
        history.append(op)

    def _snapshot_regs(self, regs: list[AbstractValue | None], failargs: list[AbstractValue],
                       positions: dict[AbstractValue, int], rd_numb: list[int], consts: list[Const]) -> list[int]:
        pairs: list[int] = []
        for reg in range(len(regs)):
            box = regs[reg]
            if box is None:
                continue
            if isinstance(box, Const):
                pos = len(rd_numb)
                rd_numb.append(tag(len(consts), TAG_CONST))
                consts.append(box)
            else:
                pos = positions.get(box, -1)
                if pos < 0:
                    pos = len(rd_numb)
                    positions[box] = pos
                    rd_numb.append(tag(len(failargs), TAG_BOX))
                    failargs.append(box)
            pairs.append(reg)
            pairs.append(pos)
        return pairs

    # ---- running ---------------------------------------------------------------------------------

    def push_frame(self, jitcode: JitCode) -> MIFrame:
        frame = MIFrame(jitcode)
        self.framestack.append(frame)
        return frame

    debug_steps = 0

    def run(self) -> int:
        """Run the frames until something stops the run (STOP_*)."""
        if self.pending_stop != 0:
            stop = self.pending_stop
            self.pending_stop = 0
            return stop
        while True:
            if self.too_long and self.history is not None:
                self.blame_inlined_call()
                raise AbortTracing("trace too long")
            frame = self.framestack[-1]
            if self.debug_steps > 0:
                self.debug_steps -= 1
                _debug_step(frame)
            stop = self.step(frame)
            if stop != 0:
                return stop

    def step(self, frame: MIFrame) -> int:
        code = frame.jitcode.code
        pc = frame.pc
        op = code[pc]
        if op == OP_INT_OP:
            a = self.get_i(frame, code[pc + 2])
            b = self.get_i(frame, code[pc + 3])
            frame.regs_i[code[pc + 4]] = self.pure_int_binop(code[pc + 1], a, b)
            frame.pc = pc + 5
        elif op == OP_INT_OP1:
            a = self.get_i(frame, code[pc + 2])
            frame.regs_i[code[pc + 3]] = self.pure_int_unop(code[pc + 1], a)
            frame.pc = pc + 4
        elif op == OP_INT_OVF:
            return self.op_int_ovf(frame, code, pc)
        elif op == OP_REF_OP:
            a = self.get_r(frame, code[pc + 2])
            b = self.get_r(frame, code[pc + 3])
            frame.regs_i[code[pc + 4]] = self.ref_compare(code[pc + 1], a, b)
            frame.pc = pc + 5
        elif op == OP_REF_OP1:
            a = self.get_r(frame, code[pc + 2])
            frame.regs_i[code[pc + 3]] = self.ref_test(code[pc + 1], a)
            frame.pc = pc + 4
        elif op == OP_FLOAT_OP or op == OP_FLOAT_CMP:
            a = self.get_f(frame, code[pc + 2])
            b = self.get_f(frame, code[pc + 3])
            result = self.pure_float_binop(code[pc + 1], a, b)
            if op == OP_FLOAT_OP:
                frame.regs_f[code[pc + 4]] = result
            else:
                frame.regs_i[code[pc + 4]] = result
            frame.pc = pc + 5
        elif op == OP_FLOAT_OP1:
            a = self.get_f(frame, code[pc + 2])
            frame.regs_f[code[pc + 3]] = self.pure_unop(code[pc + 1], a, FLOAT)
            frame.pc = pc + 4
        elif op == OP_FLOAT_TO_INT:
            a = self.get_f(frame, code[pc + 2])
            frame.regs_i[code[pc + 3]] = self.pure_unop(code[pc + 1], a, INT)
            frame.pc = pc + 4
        elif op == OP_INT_TO_FLOAT:
            a = self.get_i(frame, code[pc + 2])
            frame.regs_f[code[pc + 3]] = self.pure_unop(code[pc + 1], a, FLOAT)
            frame.pc = pc + 4
        elif op == OP_INT_COPY:
            frame.regs_i[code[pc + 2]] = self.get_i(frame, code[pc + 1])
            frame.pc = pc + 3
        elif op == OP_REF_COPY:
            frame.regs_r[code[pc + 2]] = self.get_r(frame, code[pc + 1])
            frame.pc = pc + 3
        elif op == OP_FLOAT_COPY:
            frame.regs_f[code[pc + 2]] = self.get_f(frame, code[pc + 1])
            frame.pc = pc + 3
        elif op == OP_GETFIELD_I or op == OP_GETFIELD_R or op == OP_GETFIELD_F:
            self.op_getfield(frame, code, pc, op)
        elif op == OP_SETFIELD_I or op == OP_SETFIELD_R or op == OP_SETFIELD_F:
            self.op_setfield(frame, code, pc, op)
        elif op == OP_GETARRAYITEM_I or op == OP_GETARRAYITEM_R or op == OP_GETARRAYITEM_F:
            self.op_getarrayitem(frame, code, pc, op)
        elif op == OP_SETARRAYITEM_I or op == OP_SETARRAYITEM_R or op == OP_SETARRAYITEM_F:
            self.op_setarrayitem(frame, code, pc, op)
        elif op == OP_ARRAYLEN:
            self.op_arraylen(frame, code, pc)
        elif op == OP_GUARD_CLASS:
            self.op_guard_class(frame, code, pc)
        elif op == OP_GETFIELD_RAW_I or op == OP_GETFIELD_RAW_R or op == OP_GETFIELD_RAW_F:
            self.op_getfield_raw(frame, code, pc, op)
        elif op == OP_NEW:
            descr = self.jitdata.descrs[code[pc + 1]]
            box = BoxPtr(self.cpu.bh_new(descr))
            self.record(rop.NEW, [], box, descr)
            frame.regs_r[code[pc + 2]] = box
            frame.pc = pc + 3
        elif op == OP_NEW_ARRAY:
            length = self.get_i(frame, code[pc + 1])
            descr = self.jitdata.descrs[code[pc + 2]]
            box = BoxPtr(self.cpu.bh_new_array(length.getint(), descr))
            self.record(rop.NEW_ARRAY, [length], box, descr)
            frame.regs_r[code[pc + 3]] = box
            frame.pc = pc + 4
        elif op == OP_INLINE_CALL_I or op == OP_INLINE_CALL_R or op == OP_INLINE_CALL_F or op == OP_INLINE_CALL_V:
            return self.op_inline_call(frame, code, pc, op)
        elif (op == OP_RESIDUAL_CALL_I or op == OP_RESIDUAL_CALL_R or op == OP_RESIDUAL_CALL_F
              or op == OP_RESIDUAL_CALL_V):
            return self.op_residual_call(frame, code, pc, op)
        elif (op == OP_INDIRECT_CALL_I or op == OP_INDIRECT_CALL_R or op == OP_INDIRECT_CALL_F
              or op == OP_INDIRECT_CALL_V):
            return self.op_indirect_call(frame, code, pc, op)
        elif op == OP_GOTO:
            frame.pc = code[pc + 1]
        elif op == OP_GOTO_IF_NOT:
            cond = self.get_i(frame, code[pc + 1])
            value = cond.getint()
            if not isinstance(cond, Const):
                self.generate_guard(rop.GUARD_TRUE if value else rop.GUARD_FALSE, [cond], pc)
            frame.pc = pc + 3 if value else code[pc + 2]
        elif op == OP_CATCH_EXCEPTION:
            frame.pc = pc + 2
        elif op == OP_GOTO_IF_EXCEPTION_MISMATCH:
            info = self.jitdata.classes[code[pc + 1]]
            class_id = self.cpu.bh_getfield_raw_i(self.exc_class, self.jitdata.vtable_min_descr)
            if info.id_min <= class_id < info.id_max:
                frame.pc = pc + 3
            else:
                frame.pc = code[pc + 2]
        elif op == OP_LAST_EXCEPTION:
            frame.regs_i[code[pc + 1]] = ConstInt(self.exc_class)
            frame.pc = pc + 2
        elif op == OP_LAST_EXC_VALUE:
            exc = self.exc_value
            assert exc is not None
            frame.regs_r[code[pc + 1]] = exc
            frame.pc = pc + 2
        elif op == OP_RERAISE:
            return self.unwind(len(self.framestack) - 1)
        elif op == OP_RAISE:
            value = self.get_r(frame, code[pc + 1])
            self.set_exception(frame, pc, value)
            return self.unwind(len(self.framestack) - 1)
        elif op == OP_INT_RETURN:
            return self.return_from_frame(self.get_i(frame, code[pc + 1]), INT)
        elif op == OP_REF_RETURN:
            return self.return_from_frame(self.get_r(frame, code[pc + 1]), REF)
        elif op == OP_FLOAT_RETURN:
            return self.return_from_frame(self.get_f(frame, code[pc + 1]), FLOAT)
        elif op == OP_VOID_RETURN:
            return self.return_from_frame(None, "v")
        elif op == OP_JIT_MERGE_POINT:
            return self.op_merge_point(frame, code, pc)
        elif op == OP_LOOP_HEADER:
            if len(self.framestack) == 1:
                self.after_loop_header = True
            elif self.history is not None:
                # (once is a generator resumed in its loop, or a loop of one iteration)
                frame.loop_headers_passed += 1
                if frame.loop_headers_passed >= 2:
                    self.loop_in_inlined_call(frame)
            frame.pc = pc + 2
        elif op == OP_INT_GUARD_VALUE or op == OP_REF_GUARD_VALUE or op == OP_FLOAT_GUARD_VALUE:
            self.op_guard_value(frame, code, pc, op)
        elif op == OP_INT_ISCONSTANT or op == OP_REF_ISCONSTANT or op == OP_FLOAT_ISCONSTANT:
            if op == OP_INT_ISCONSTANT:
                box = self.get_i(frame, code[pc + 1])
            elif op == OP_REF_ISCONSTANT:
                box = self.get_r(frame, code[pc + 1])
            else:
                box = self.get_f(frame, code[pc + 1])
            frame.regs_i[code[pc + 2]] = CONST_TRUE if isinstance(box, Const) else CONST_FALSE
            frame.pc = pc + 3
        else:
            raise JitInternalError("unknown jitcode instruction %d in %s" % (op, frame.jitcode.name))
        return 0

    # ---- pure operations -------------------------------------------------------------------------

    def pure_int_binop(self, opnum: int, a: AbstractValue, b: AbstractValue) -> AbstractValue:
        x, y = a.getint(), b.getint()
        if (opnum == rop.INT_FLOORDIV or opnum == rop.INT_MOD or opnum == rop.UINT_FLOORDIV
                or opnum == rop.UINT_MOD) and y == 0:
            raise JitInternalError("division by zero in a traced operation")
        value = executor.int_binary(opnum, x, y)
        if isinstance(a, Const) and isinstance(b, Const):
            return ConstInt(value)
        box = BoxInt(value)
        self.record(opnum, [a, b], box)
        return box

    def pure_int_unop(self, opnum: int, a: AbstractValue) -> AbstractValue:
        value = executor.int_unary(opnum, a.getint())
        if isinstance(a, Const):
            return ConstInt(value)
        box = BoxInt(value)
        self.record(opnum, [a], box)
        return box

    def pure_float_binop(self, opnum: int, a: AbstractValue, b: AbstractValue) -> AbstractValue:
        x, y = a.getfloat(), b.getfloat()
        if opnum == rop.FLOAT_ADD or opnum == rop.FLOAT_SUB or opnum == rop.FLOAT_MUL or opnum == rop.FLOAT_TRUEDIV:
            value = executor.float_binary(opnum, x, y)
            if isinstance(a, Const) and isinstance(b, Const):
                return ConstFloat(value)
            fbox = BoxFloat(value)
            self.record(opnum, [a, b], fbox)
            return fbox
        result = executor.float_compare(opnum, x, y)
        if isinstance(a, Const) and isinstance(b, Const):
            return ConstInt(result)
        ibox = BoxInt(result)
        self.record(opnum, [a, b], ibox)
        return ibox

    def pure_unop(self, opnum: int, a: AbstractValue, result_kind: str) -> AbstractValue:
        result = executor.execute_pure(opnum, [a.constbox()])
        if result is None:
            raise JitInternalError("cannot compute a traced operation")
        if isinstance(a, Const):
            return result
        if result_kind == FLOAT:
            box: AbstractValue = BoxFloat(result.getfloat())
        else:
            box = BoxInt(result.getint())
        self.record(opnum, [a], box)
        return box

    def ref_compare(self, opnum: int, a: AbstractValue, b: AbstractValue) -> AbstractValue:
        same = a.getref() == b.getref()
        value = int(same) if opnum == rop.PTR_EQ else int(not same)
        if isinstance(a, Const) and isinstance(b, Const):
            return ConstInt(value)
        box = BoxInt(value)
        self.record(opnum, [a, b], box)
        return box

    def ref_test(self, opnum: int, a: AbstractValue) -> AbstractValue:
        nonnull = bool(a.getref())
        value = int(nonnull) if opnum == rop.PTR_NONZERO else int(not nonnull)
        if isinstance(a, Const):
            return ConstInt(value)
        box = BoxInt(value)
        self.record(opnum, [a], box)
        return box

    def op_int_ovf(self, frame: MIFrame, code: list[int], pc: int) -> int:
        opnum = code[pc + 1]
        a = self.get_i(frame, code[pc + 2])
        b = self.get_i(frame, code[pc + 3])
        value, overflowed = executor.int_ovf(opnum, a.getint(), b.getint())
        if isinstance(a, Const) and isinstance(b, Const):
            if not overflowed:
                frame.regs_i[code[pc + 4]] = ConstInt(value)
                frame.pc = pc + 5
                return 0
        else:
            box = BoxInt(value)
            self.record(opnum, [a, b], box)
            self.generate_guard(rop.GUARD_OVERFLOW if overflowed else rop.GUARD_NO_OVERFLOW, [], pc)
            if not overflowed:
                frame.regs_i[code[pc + 4]] = box
                frame.pc = pc + 5
                return 0
        # OverflowError, raised by this instruction (a catch_exception may follow it)
        self.exc_value = ConstPtr(self.jitdata.overflow_error)
        self.exc_class = self.jitdata.overflow_error_class
        return self.dispatch_exception(frame, pc + 5)

    # ---- memory ----------------------------------------------------------------------------------

    def _is_deep_immutable(self, box: AbstractValue) -> bool:
        if not isinstance(box, Const):
            return False
        ref = box.getref()
        for known in self.deep_immutable:
            if known == ref:
                return True
        return False

    def _mark_deep_immutable(self, box: AbstractValue) -> None:
        if isinstance(box, Const) and box.getref() and not self._is_deep_immutable(box):
            self.deep_immutable.append(box.getref())

    def op_getfield(self, frame: MIFrame, code: list[int], pc: int, op: int) -> None:
        obj = self.get_r(frame, code[pc + 1])
        descr = self.jitdata.descrs[code[pc + 2]]
        ref = obj.getref()
        if not ref:
            raise JitInternalError("getfield on a null pointer in a trace")
        known = self.vable_getfield(obj, descr)
        if known is not None:
            if op == OP_GETFIELD_I:
                frame.regs_i[code[pc + 3]] = known
            elif op == OP_GETFIELD_R:
                frame.regs_r[code[pc + 3]] = known
            else:
                frame.regs_f[code[pc + 3]] = known
            frame.pc = pc + 4
            return
        foldable = isinstance(obj, Const) and (descr.is_immutable or self._is_deep_immutable(obj))
        if (not foldable and descr.is_quasi_immutable and isinstance(obj, Const) and self.history is not None
                and self.quasi is not None):
            # a constant as long as nobody writes it: the loop is invalidated when somebody does
            self.record(rop.QUASIIMMUT_FIELD, [obj], None, descr)
            self.generate_guard(rop.GUARD_NOT_INVALIDATED, [], pc)
            foldable = True
        if op == OP_GETFIELD_I:
            ibox: AbstractValue = ConstInt(self.cpu.bh_getfield_i(ref, descr))
            if not foldable:
                ibox = BoxInt(ibox.getint())
                self.record(rop.GETFIELD, [obj], ibox, descr)
            frame.regs_i[code[pc + 3]] = ibox
        elif op == OP_GETFIELD_R:
            rbox: AbstractValue = ConstPtr(self.cpu.bh_getfield_r(ref, descr))
            if not foldable:
                rbox = BoxPtr(rbox.getref())
                self.record(rop.GETFIELD, [obj], rbox, descr)
            elif descr.items_immutable or self._is_deep_immutable(obj):
                self._mark_deep_immutable(rbox)
            frame.regs_r[code[pc + 3]] = rbox
        else:
            fbox: AbstractValue = ConstFloat(self.cpu.bh_getfield_f(ref, descr))
            if not foldable:
                fbox = BoxFloat(fbox.getfloat())
                self.record(rop.GETFIELD, [obj], fbox, descr)
            frame.regs_f[code[pc + 3]] = fbox
        frame.pc = pc + 4

    def op_setfield(self, frame: MIFrame, code: list[int], pc: int, op: int) -> None:
        obj = self.get_r(frame, code[pc + 1])
        descr = self.jitdata.descrs[code[pc + 3]]
        ref = obj.getref()
        if op == OP_SETFIELD_I:
            value = self.get_i(frame, code[pc + 2])
            self.cpu.bh_setfield_i(ref, value.getint(), descr)
        elif op == OP_SETFIELD_R:
            value = self.get_r(frame, code[pc + 2])
            self.cpu.bh_setfield_r(ref, value.getref(), descr)
        else:
            value = self.get_f(frame, code[pc + 2])
            self.cpu.bh_setfield_f(ref, value.getfloat(), descr)
        if descr.is_quasi_immutable:
            self.quasi_written(ref, descr)
        if not self.vable_setfield(obj, value, descr):
            self.record(rop.SETFIELD, [obj, value], None, descr)
        frame.pc = pc + 4

    def quasi_written(self, ref: GCREF, descr: object) -> None:
        """A quasi-immutable field changed: the loops that read it go; a trace writing one stops
        (the loop it would make could not run for long)."""
        quasi = self.quasi
        if quasi is not None:
            assert isinstance(descr, FieldDescr)
            for token in quasi.written(ref, descr):
                self.cpu.invalidate(token)
        if self.history is not None:
            raise AbortTracing("a quasi-immutable field is written")

    def op_getarrayitem(self, frame: MIFrame, code: list[int], pc: int, op: int) -> None:
        array = self.get_r(frame, code[pc + 1])
        index = self.get_i(frame, code[pc + 2])
        descr = self.jitdata.descrs[code[pc + 3]]
        ref = array.getref()
        k = self.vable_array(array)
        if k >= 0:
            item = self.vable_load_item(k, self.vable_index(index, pc))
            if op == OP_GETARRAYITEM_I:
                frame.regs_i[code[pc + 4]] = item
            elif op == OP_GETARRAYITEM_R:
                frame.regs_r[code[pc + 4]] = item
            else:
                frame.regs_f[code[pc + 4]] = item
            frame.pc = pc + 5
            return
        i = index.getint()
        foldable = (isinstance(array, Const) and isinstance(index, Const)
                    and (descr.items_immutable or self._is_deep_immutable(array)))
        if op == OP_GETARRAYITEM_I:
            ibox: AbstractValue = ConstInt(self.cpu.bh_getarrayitem_i(ref, i, descr))
            if not foldable:
                ibox = BoxInt(ibox.getint())
                self.record(rop.GETARRAYITEM, [array, index], ibox, descr)
            frame.regs_i[code[pc + 4]] = ibox
        elif op == OP_GETARRAYITEM_R:
            rbox: AbstractValue = ConstPtr(self.cpu.bh_getarrayitem_r(ref, i, descr))
            if not foldable:
                rbox = BoxPtr(rbox.getref())
                self.record(rop.GETARRAYITEM, [array, index], rbox, descr)
            # (an item of an immutable array is not immutable itself: `nodes[*]` says nothing about
            # the fields of the nodes, which fold only where their own class declares them)
            frame.regs_r[code[pc + 4]] = rbox
        else:
            fbox: AbstractValue = ConstFloat(self.cpu.bh_getarrayitem_f(ref, i, descr))
            if not foldable:
                fbox = BoxFloat(fbox.getfloat())
                self.record(rop.GETARRAYITEM, [array, index], fbox, descr)
            frame.regs_f[code[pc + 4]] = fbox
        frame.pc = pc + 5

    def op_setarrayitem(self, frame: MIFrame, code: list[int], pc: int, op: int) -> None:
        array = self.get_r(frame, code[pc + 1])
        index = self.get_i(frame, code[pc + 2])
        descr = self.jitdata.descrs[code[pc + 4]]
        ref = array.getref()
        if op == OP_SETARRAYITEM_I:
            value = self.get_i(frame, code[pc + 3])
            self.cpu.bh_setarrayitem_i(ref, index.getint(), value.getint(), descr)
        elif op == OP_SETARRAYITEM_R:
            value = self.get_r(frame, code[pc + 3])
            self.cpu.bh_setarrayitem_r(ref, index.getint(), value.getref(), descr)
        else:
            value = self.get_f(frame, code[pc + 3])
            self.cpu.bh_setarrayitem_f(ref, index.getint(), value.getfloat(), descr)
        k = self.vable_array(array)
        if k >= 0:
            vable = self.vable
            assert vable is not None
            vable.arrays[k][self.vable_index(index, pc)] = value
        else:
            self.record(rop.SETARRAYITEM, [array, index, value], None, descr)
        frame.pc = pc + 5

    def op_arraylen(self, frame: MIFrame, code: list[int], pc: int) -> None:
        array = self.get_r(frame, code[pc + 1])
        descr = self.jitdata.descrs[code[pc + 2]]
        length = self.cpu.bh_arraylen(array.getref(), descr)
        if isinstance(array, Const):
            frame.regs_i[code[pc + 3]] = ConstInt(length)   # an array's length never changes
        else:
            box = BoxInt(length)
            self.record(rop.GETARRAYSIZE, [array], box, descr)
            frame.regs_i[code[pc + 3]] = box
        frame.pc = pc + 4

    def op_guard_class(self, frame: MIFrame, code: list[int], pc: int) -> None:
        obj = self.get_r(frame, code[pc + 1])
        ref = obj.getref()
        if not ref:
            raise JitInternalError("reading the class of a null pointer in a trace")
        cls = self.cpu.bh_classof(ref, self.jitdata.typeptr_descr)
        if not isinstance(obj, Const):
            self.generate_guard(rop.GUARD_CLASS, [obj, ConstInt(cls)], pc)
        frame.regs_i[code[pc + 2]] = ConstInt(cls)
        frame.pc = pc + 3

    def op_getfield_raw(self, frame: MIFrame, code: list[int], pc: int, op: int) -> None:
        address = self.get_i(frame, code[pc + 1])
        descr = self.jitdata.descrs[code[pc + 2]]
        adr = address.getint()
        foldable = isinstance(address, Const) and descr.is_immutable
        if op == OP_GETFIELD_RAW_I:
            ibox: AbstractValue = ConstInt(self.cpu.bh_getfield_raw_i(adr, descr))
            if not foldable:
                ibox = BoxInt(ibox.getint())
                self.record(rop.GETFIELD_RAW, [address], ibox, descr)
            frame.regs_i[code[pc + 3]] = ibox
        elif op == OP_GETFIELD_RAW_R:
            rbox: AbstractValue = ConstPtr(self.cpu.bh_getfield_raw_r(adr, descr))
            if not foldable:
                rbox = BoxPtr(rbox.getref())
                self.record(rop.GETFIELD_RAW, [address], rbox, descr)
            frame.regs_r[code[pc + 3]] = rbox
        else:
            fbox: AbstractValue = ConstFloat(self.cpu.bh_getfield_raw_f(adr, descr))
            if not foldable:
                fbox = BoxFloat(fbox.getfloat())
                self.record(rop.GETFIELD_RAW, [address], fbox, descr)
            frame.regs_f[code[pc + 3]] = fbox
        frame.pc = pc + 4

    def op_guard_value(self, frame: MIFrame, code: list[int], pc: int, op: int) -> None:
        if op == OP_INT_GUARD_VALUE:
            box = self.get_i(frame, code[pc + 1])
        elif op == OP_REF_GUARD_VALUE:
            box = self.get_r(frame, code[pc + 1])
        else:
            box = self.get_f(frame, code[pc + 1])
        const = box.constbox()
        if not isinstance(box, Const):
            self.generate_guard(rop.GUARD_VALUE, [box, const], pc)
            self.replace_box(box, const)
        if op == OP_INT_GUARD_VALUE:
            frame.regs_i[code[pc + 2]] = const
        elif op == OP_REF_GUARD_VALUE:
            frame.regs_r[code[pc + 2]] = const
        else:
            frame.regs_f[code[pc + 2]] = const
        frame.pc = pc + 3

    def replace_box(self, old: AbstractValue, new: AbstractValue) -> None:
        """After a guard_value the box is a constant everywhere in the frames."""
        for frame in self.framestack:
            replace_in(frame.regs_i, old, new)
            replace_in(frame.regs_r, old, new)
            replace_in(frame.regs_f, old, new)
        if self.vable is not None:
            self.vable.replace(old, new)

    # ---- the virtualizable -----------------------------------------------------------------------

    def vable_getfield(self, obj: AbstractValue, descr: object) -> AbstractValue | None:
        """The box a read of the virtualizable (or of one of its lists) gives; None: not one."""
        vable = self.vable
        if vable is None or self.history is None:
            return None
        vinfo = vable.vinfo
        if obj is vable.frame:
            k = vinfo.static_index(descr)
            if k >= 0:
                return self.vable_load_static(k)
            k = vinfo.array_index(descr)
            if k >= 0:
                return vable.lists[k]
            return None
        for k in range(len(vable.lists)):
            if obj is vable.lists[k]:
                if descr is vinfo.length_descrs[k]:
                    return ConstInt(len(vable.arrays[k]))
                if descr is vinfo.items_descrs[k]:
                    return vable.items[k]
        return None

    def vable_setfield(self, obj: AbstractValue, value: AbstractValue, descr: object) -> bool:
        """A write to the virtualizable's field (the real frame is written too); False: not one."""
        vable = self.vable
        if vable is None or self.history is None:
            return False
        vinfo = vable.vinfo
        if obj is vable.frame:
            k = vinfo.static_index(descr)
            if k >= 0:
                vable.static[k] = value
                return True
            if vinfo.array_index(descr) >= 0:
                raise AbortTracing("the virtualizable's array field is replaced")
            return False
        for k in range(len(vable.lists)):
            if obj is vable.lists[k] and (descr is vinfo.length_descrs[k] or descr is vinfo.items_descrs[k]):
                raise AbortTracing("the virtualizable's list is resized")
        return False

    def vable_array(self, array: AbstractValue) -> int:
        """Which of the virtualizable's arrays ARRAY is (-1: none)."""
        vable = self.vable
        if vable is None or self.history is None:
            return -1
        for k in range(len(vable.items)):
            if array is vable.items[k]:
                return k
        return -1

    def vable_index(self, index: AbstractValue, pc: int) -> int:
        """An index into a virtualizable array: a constant of the trace (promoted if needed)."""
        if not isinstance(index, Const):
            const = index.constbox()
            self.generate_guard(rop.GUARD_VALUE, [index, const], pc)
            self.replace_box(index, const)
        return index.getint()

    def vable_sync(self, parts: int) -> None:
        """Record the writes that put the virtualizable's PARTS (bits) in the heap, but for the
        items the heap is known to hold already (the real frame holds them all)."""
        vable = self.vable
        if vable is None or self.history is None:
            return
        vinfo = vable.vinfo
        for k in range(len(vable.static)):
            box = vable.static[k]
            if parts & part_bit(k) and box is not None and vable.heap_static[k] is not box:
                self.record(rop.SETFIELD, [vable.frame, box], None, vinfo.static_descrs[k])
                vable.heap_static[k] = box
        n = len(vable.static)
        for k in range(len(vable.arrays)):
            if not parts & part_bit(n + k):
                continue
            array = vable.arrays[k]
            known = vable.heap_arrays[k]
            for j in range(len(array)):
                item = array[j]
                if item is not None and known[j] is not item:
                    self.record(rop.SETARRAYITEM, [vable.items[k], ConstInt(j), item], None,
                                vinfo.item_descrs[k])
                    known[j] = item

    def vable_sync_all(self) -> None:
        """The frame leaves the trace's hands (the portal returns): all its fields to the heap."""
        self.vable_sync(-1)

    def vable_reload(self, parts: int, pc: int) -> None:
        """A call may have written the virtualizable's PARTS: read them again (recorded)."""
        vable = self.vable
        if vable is None or self.history is None or parts == 0:
            return
        self.vable_read_from_heap(vable, pc, parts)

    def vable_read_from_heap(self, vable: VableState, pc: int, parts: int = -1) -> None:
        """The frame's PARTS (bits) are in the heap: their fields and items are read when the trace
        uses them, the lists of its arrays at once (their lengths may have changed: guarded)."""
        vinfo = vable.vinfo
        ref = vable.frame.getref()
        if not ref:
            raise AbortTracing("the virtualizable is null")
        vable.forget(parts)
        n = len(vinfo.static_descrs)
        for k in range(len(vinfo.array_field_descrs)):
            if not parts & part_bit(n + k):
                continue
            lst = read_field(self.cpu, ref, vinfo.array_field_descrs[k])
            self.record(rop.GETFIELD, [vable.frame], lst, vinfo.array_field_descrs[k])
            lst_ref = lst.getref()
            if not lst_ref:
                raise AbortTracing("the virtualizable's list is null")
            length = read_field(self.cpu, lst_ref, vinfo.length_descrs[k])
            self.record(rop.GETFIELD, [lst], length, vinfo.length_descrs[k])
            count = length.getint()
            # (the parts being read are in the heap; the others are in their boxes, the lists
            # already read with their old lengths: resume data sees a consistent state)
            self.generate_guard(rop.GUARD_VALUE, [length, ConstInt(count)], pc, vable_in_heap=parts)
            items = read_field(self.cpu, lst_ref, vinfo.items_descrs[k])
            self.record(rop.GETFIELD, [lst], items, vinfo.items_descrs[k])
            vable.lists[k] = lst
            vable.items[k] = items
            vable.arrays[k] = [None] * count
            vable.heap_arrays[k] = [None] * count

    def vable_load_static(self, k: int) -> AbstractValue:
        """The k-th scalar field of the virtualizable, read from the heap (recorded) if it is there."""
        vable = self.vable
        assert vable is not None
        box = vable.static[k]
        if box is None:
            descr = vable.vinfo.static_descrs[k]
            box = read_field(self.cpu, vable.frame.getref(), descr)
            self.record(rop.GETFIELD, [vable.frame], box, descr)
            vable.static[k] = box
            vable.heap_static[k] = box
        return box

    def vable_load_item(self, k: int, j: int) -> AbstractValue:
        """Item j of the virtualizable's k-th array, read from the heap (recorded) if it is there."""
        vable = self.vable
        assert vable is not None
        item = vable.arrays[k][j]
        if item is None:
            descr = vable.vinfo.item_descrs[k]
            items = vable.items[k]
            item = read_item(self.cpu, items.getref(), j, descr)
            self.record(rop.GETARRAYITEM, [items, ConstInt(j)], item, descr)
            vable.arrays[k][j] = item
            vable.heap_arrays[k][j] = item
        return item

    def vable_load_all(self) -> None:
        """Every field and item in a box (a jump to a loop passes them all)."""
        vable = self.vable
        if vable is None or self.history is None:
            return
        for k in range(len(vable.static)):
            self.vable_load_static(k)
        for k in range(len(vable.arrays)):
            for j in range(len(vable.arrays[k])):
                self.vable_load_item(k, j)

    # ---- calls -----------------------------------------------------------------------------------

    def _collect_args(self, frame: MIFrame, code: list[int], pos: int, callee: MIFrame | None,
                      values_i: list[AbstractValue], values_r: list[AbstractValue],
                      values_f: list[AbstractValue]) -> int:
        """Read the I R F argument lists starting at pos; returns the position after them."""
        n = code[pos]
        for k in range(n):
            values_i.append(self.get_i(frame, code[pos + 1 + k]))
        pos += 1 + n
        n = code[pos]
        for k in range(n):
            values_r.append(self.get_r(frame, code[pos + 1 + k]))
        pos += 1 + n
        n = code[pos]
        for k in range(n):
            values_f.append(self.get_f(frame, code[pos + 1 + k]))
        pos += 1 + n
        return pos

    def enter_jitcode(self, jitcode: JitCode, args_i: list[AbstractValue], args_r: list[AbstractValue],
                      args_f: list[AbstractValue]) -> None:
        callee = self.push_frame(jitcode)
        for k in range(len(args_i)):
            callee.regs_i[k] = args_i[k]
        for k in range(len(args_r)):
            callee.regs_r[k] = args_r[k]
        for k in range(len(args_f)):
            callee.regs_f[k] = args_f[k]
        if len(self.framestack) > 200:
            raise AbortTracing("calls nested too deeply")

    def op_inline_call(self, frame: MIFrame, code: list[int], pc: int, op: int) -> int:
        index = code[pc + 1]
        jitcode = self.jitdata.jitcodes[index]
        args_i: list[AbstractValue] = []
        args_r: list[AbstractValue] = []
        args_f: list[AbstractValue] = []
        self._collect_args(frame, code, pc + 2, None, args_i, args_r, args_f)
        driver_index = self.recursive_portal_driver(index)
        greens: list[AbstractValue] = []
        if driver_index >= 0:
            # a call of a function of the user's program: traced into unless it is recursive
            # (or too deep, or known to make traces too long); else called, as the interpreter
            # does, whose portal runs the callee's compiled code if it has some.  A blackhole
            # run calls it too: the translated interpreter is faster than running jitcodes.
            if self.history is not None:
                greens = self.portal_call_greens(driver_index, args_i, args_r, args_f, pc)
            if self.history is None or not self.may_inline_portal(driver_index, greens):
                return self.do_residual_call(frame, code, pc, op, ConstInt(jitcode.fnaddr), jitcode.calldescr,
                                             pc + 2)
        # the caller stays at the call: the callee's return stores the result and moves on
        self.enter_jitcode(jitcode, args_i, args_r, args_f)
        if driver_index >= 0:
            callee = self.framestack[-1]
            callee.portal_greens = greens
            history = self.history
            assert history is not None
            callee.history_at_entry = len(history)
        return 0

    def loop_in_inlined_call(self, frame: MIFrame) -> None:
        """A loop of a function inlined into the trace goes round again: unrolling it into this
        trace is no good (it has, or will get, a compiled loop of its own).  The function is called from
        now on, and this trace is given up."""
        portal_greens = frame.portal_greens
        if portal_greens:
            self.blame_greens = portal_greens
            self.blame_driver = self.recursive_portal_driver(frame.jitcode.index)
        raise AbortTracing("a function called in the trace loops (it is called, not inlined, from now on)")

    def op_residual_call(self, frame: MIFrame, code: list[int], pc: int, op: int) -> int:
        fnaddr = self.jitdata.functions[code[pc + 1]]
        descr = self.jitdata.descrs[code[pc + 2]]
        return self.do_residual_call(frame, code, pc, op, ConstInt(fnaddr), descr, pc + 3)

    def op_indirect_call(self, frame: MIFrame, code: list[int], pc: int, op: int) -> int:
        fnbox = self.get_i(frame, code[pc + 1])
        descr = self.jitdata.descrs[code[pc + 2]]
        address = fnbox.getint()
        index = self.jitcode_by_address.get(address, -1)
        if index >= 0:
            # a function the JIT can trace: guard on which one it is, then trace into it
            if not isinstance(fnbox, Const):
                self.generate_guard(rop.GUARD_VALUE, [fnbox, ConstInt(address)], pc)
            args_i: list[AbstractValue] = []
            args_r: list[AbstractValue] = []
            args_f: list[AbstractValue] = []
            self._collect_args(frame, code, pc + 3, None, args_i, args_r, args_f)
            self.enter_jitcode(self.jitdata.jitcodes[index], args_i, args_r, args_f)
            return 0
        if isinstance(fnbox, Const):
            # a known function: its own effects (e.g. it cannot see the virtualizable), not those
            # of every function the call site may reach
            known = self.descr_by_address.get(address, -1)
            if known >= 0:
                descr = self.jitdata.descrs[known]
        return self.do_residual_call(frame, code, pc, op, fnbox, descr, pc + 3)

    def do_residual_call(self, frame: MIFrame, code: list[int], pc: int, op: int, fnbox: AbstractValue,
                         descr: object, argpos: int) -> int:
        args_i: list[AbstractValue] = []
        args_r: list[AbstractValue] = []
        args_f: list[AbstractValue] = []
        end = self._collect_args(frame, code, argpos, None, args_i, args_r, args_f)
        values_i = [b.getint() for b in args_i]
        values_r = [b.getref() for b in args_r]
        values_f = [b.getfloat() for b in args_f]
        assert isinstance(descr, CallDescr)
        kind = _call_kind(op)
        all_const = isinstance(fnbox, Const)
        for b in args_i:
            all_const = all_const and isinstance(b, Const)
        for b in args_r:
            all_const = all_const and isinstance(b, Const)
        for b in args_f:
            all_const = all_const and isinstance(b, Const)
        fnaddr = fnbox.getint()
        result: AbstractValue | None = None
        # the instruction after the call (a call with a result ends with its result register)
        next_pc = end if kind == "v" else end + 1
        # the parts of the virtualizable the callee may read (written to the heap before) and
        # write (read again after); none for an elidable call that is folded
        reads = writes = 0
        if not (descr.is_elidable() and all_const):
            writes = descr.vable_writes
            reads = descr.vable_reads | writes    # (a part it may leave alone must be right there)
        self.vable_sync(reads)
        try:
            if kind == INT:
                result = BoxInt(self.cpu.bh_call_i(fnaddr, descr, values_i, values_r, values_f))
            elif kind == REF:
                result = BoxPtr(self.cpu.bh_call_r(fnaddr, descr, values_i, values_r, values_f))
            elif kind == FLOAT:
                result = BoxFloat(self.cpu.bh_call_f(fnaddr, descr, values_i, values_r, values_f))
            else:
                self.cpu.bh_call_v(fnaddr, descr, values_i, values_r, values_f)
        except Exception as e:
            ref = rgc.cast_instance_to_gcref(e)
            self.exc_value = ConstPtr(ref)
            self.exc_class = self.cpu.bh_classof(ref, self.jitdata.typeptr_descr)
            if self.history is not None:
                # the call happened (it must not run again): its exception goes on in blackhole
                # mode, after the trace is given up
                self.history = None
                self.pending_stop = self.dispatch_exception(frame, next_pc)
                raise AbortTracing("a called function raised") from None
            return self.dispatch_exception(frame, next_pc)
        if descr.is_elidable() and all_const and result is not None:
            result = result.constbox()
        elif self.history is not None:
            args: list[AbstractValue] = [fnbox]
            args.extend(_in_signature_order(descr.arg_kinds, args_i, args_r, args_f))
            opnum = rop.CALL_PURE if descr.is_elidable() else rop.CALL
            self.record(opnum, args, result, descr)
            if descr.can_raise():
                self.generate_guard(rop.GUARD_NO_EXCEPTION, [], next_pc, exception_pending=True,
                                    vable_in_heap=writes)
        if result is not None:
            _store_result(frame, kind, code[end], result)
            end += 1
        frame.pc = end
        self.vable_reload(writes, end)
        return 0

    def return_from_frame(self, value: AbstractValue | None, kind: str) -> int:
        self.framestack.pop()
        if not self.framestack:
            self.result_box = value
            self.result_kind = kind
            return STOP_RETURN
        caller = self.framestack[-1]
        code = caller.jitcode.code
        pc = caller.pc
        length = instruction_length(code, pc)
        if value is not None:
            _store_result(caller, kind, code[pc + length - 1], value)
        caller.pc = pc + length
        return 0

    # ---- exceptions ------------------------------------------------------------------------------

    def set_exception(self, frame: MIFrame, pc: int, value: AbstractValue) -> None:
        ref = value.getref()
        cls = self.cpu.bh_classof(ref, self.jitdata.typeptr_descr)
        if not isinstance(value, Const):
            self.generate_guard(rop.GUARD_CLASS, [value, ConstInt(cls)], pc)
        self.exc_value = value
        self.exc_class = cls

    def dispatch_exception(self, frame: MIFrame, next_pc: int) -> int:
        """The instruction before next_pc raised: go to its handler, or leave the frame."""
        code = frame.jitcode.code
        if next_pc < len(code) and code[next_pc] == OP_CATCH_EXCEPTION:
            frame.pc = code[next_pc + 1]
            return 0
        return self.unwind(len(self.framestack) - 1)

    def unwind(self, level: int) -> int:
        """The frame at `level` lets the pending exception out: pop it; the caller's call
        instruction raised."""
        while True:
            self.framestack.pop()
            if not self.framestack:
                return STOP_EXCEPTION
            caller = self.framestack[-1]
            code = caller.jitcode.code
            next_pc = caller.pc + instruction_length(code, caller.pc)
            if next_pc < len(code) and code[next_pc] == OP_CATCH_EXCEPTION:
                caller.pc = code[next_pc + 1]
                return 0

    # ---- merge points ----------------------------------------------------------------------------

    def op_merge_point(self, frame: MIFrame, code: list[int], pc: int) -> int:
        if len(self.framestack) != 1:
            # an inlined call of the user's function: its positions go into the trace's log
            if self.record_locations and self.history is not None:
                gi: list[AbstractValue] = []
                gr: list[AbstractValue] = []
                gf: list[AbstractValue] = []
                self._collect_args(frame, code, pc + 2, None, gi, gr, gf)
                self.record_location(gi, gr, gf)
            frame.pc = pc + instruction_length(code, pc)
            return 0
        greens_i: list[AbstractValue] = []
        greens_r: list[AbstractValue] = []
        greens_f: list[AbstractValue] = []
        reds_i: list[AbstractValue] = []
        reds_r: list[AbstractValue] = []
        reds_f: list[AbstractValue] = []
        pos = self._collect_args(frame, code, pc + 2, None, greens_i, greens_r, greens_f)
        self._collect_args(frame, code, pos, None, reds_i, reds_r, reds_f)
        if self.history is not None and self.merge_points_seen > 0:
            # greens are constants in a trace
            greens_i = self._promote_all(greens_i, pc)
            greens_r = self._promote_all(greens_r, pc)
            greens_f = self._promote_all(greens_f, pc)
        self.merge_points_seen += 1
        if self.record_locations and self.history is not None:
            self.record_location(greens_i, greens_r, greens_f)
        self.stop_greens_i = greens_i
        self.stop_greens_r = greens_r
        self.stop_greens_f = greens_f
        self.stop_reds_i = reds_i
        self.stop_reds_r = reds_r
        self.stop_reds_f = reds_f
        if self.history is None:
            return STOP_MERGE_POINT
        if self.merge_points_seen == 1:
            frame.pc = pc + instruction_length(code, pc)
            return 0
        if self.same_greens_as_start(greens_i, greens_r, greens_f):
            return STOP_LOOP_CLOSED
        if self.closing:
            # tracing a bridge: any merge point with compiled code closes it (decided by the caller)
            return STOP_MERGE_POINT
        if self.entry_tracing and self.after_loop_header:
            # tracing from a function's entry: a loop of the function starts here
            return STOP_MERGE_POINT
        self.after_loop_header = False
        frame.pc = pc + instruction_length(code, pc)
        return 0

    def record_location(self, greens_i: list[AbstractValue], greens_r: list[AbstractValue],
                        greens_f: list[AbstractValue]) -> None:
        text = self.jitdata.printable_location([b.getint() for b in greens_i], [b.getref() for b in greens_r],
                                               [b.getfloat() for b in greens_f])
        self.record(rop.DEBUG_MERGE_POINT, [], None, DebugLocation(text))

    def _promote_all(self, boxes: list[AbstractValue], pc: int) -> list[AbstractValue]:
        result = []
        for box in boxes:
            if not isinstance(box, Const):
                const = box.constbox()
                self.generate_guard(rop.GUARD_VALUE, [box, const], pc)
                self.replace_box(box, const)
                box = const
            result.append(box)
        return result

    def same_greens_as_start(self, gi: list[AbstractValue], gr: list[AbstractValue],
                             gf: list[AbstractValue]) -> bool:
        if (len(gi) != len(self.start_greens_i) or len(gr) != len(self.start_greens_r)
                or len(gf) != len(self.start_greens_f)):
            return False
        for k in range(len(gi)):
            if gi[k].getint() != self.start_greens_i[k]:
                return False
        for k in range(len(gr)):
            if gr[k].getref() != self.start_greens_r[k]:
                return False
        for k in range(len(gf)):
            if gf[k].getfloat() != self.start_greens_f[k]:
                return False
        return True


def _call_kind(op: int) -> str:
    if op == OP_RESIDUAL_CALL_I or op == OP_INDIRECT_CALL_I or op == OP_INLINE_CALL_I:
        return INT
    if op == OP_RESIDUAL_CALL_R or op == OP_INDIRECT_CALL_R or op == OP_INLINE_CALL_R:
        return REF
    if op == OP_RESIDUAL_CALL_F or op == OP_INDIRECT_CALL_F or op == OP_INLINE_CALL_F:
        return FLOAT
    return "v"



def _store_result(frame: MIFrame, kind: str, reg: int, value: AbstractValue) -> None:
    if kind == INT:
        frame.regs_i[reg] = value
    elif kind == REF:
        frame.regs_r[reg] = value
    elif kind == FLOAT:
        frame.regs_f[reg] = value


def _in_signature_order(arg_kinds: str, args_i: list[AbstractValue], args_r: list[AbstractValue],
                        args_f: list[AbstractValue]) -> list[AbstractValue]:
    """A call's arguments in the callee's order (the jitcode groups them by kind)."""
    result = []
    ki = kr = kf = 0
    for kind in arg_kinds:
        if kind == INT:
            result.append(args_i[ki])
            ki += 1
        elif kind == REF:
            result.append(args_r[kr])
            kr += 1
        else:
            result.append(args_f[kf])
            kf += 1
    return result


__all__ = ["IS_PURE", "MetaInterp", "NULL", "TAG_BOX"]


def _debug_step(frame: MIFrame) -> None:
    import os
    code = frame.jitcode.code
    pc = frame.pc
    regs = []
    for box in frame.regs_i:
        regs.append("-" if box is None else str(box.getint()))
    refs = []
    for rbox in frame.regs_r:
        if rbox is None:
            refs.append("-")
        else:
            ref = rbox.getref()
            if not ref:
                refs.append("null")
            else:
                adr = llop.cast_ptr_to_adr(lltype.Address, ref)
                refs.append("%d:%d" % (llop.raw_load(lltype.Signed, adr, 0) & 0xFFFF,
                                       llop.raw_load(lltype.Signed, adr, 8) & 0xFFFF))
    os.write(2, ("step %s pc=%d op=%s words=%s regs_i=[%s] regs_r=[%s]\n" % (
        frame.jitcode.name, pc, OPNAMES_BY_CODE[code[pc]], str(code[pc:pc + 8]), ",".join(regs),
        ",".join(refs))).encode())
