"""Turns one trace (a loop with its labels, or a bridge) into the text of an LLVM module with one
function `i64 NAME(ptr jitframe)`.  Translated code only; the CPU in cpu.py compiles the text.

The calling convention every piece of compiled code shares: the jitframe is a raw array of words;
word 0 says which label to start at (loops) and, on leaving, the number of the exit; words 2.. hold
the values (the label's arguments on entry, the guard's failargs or the finish's result on exit;
ints as they are, GC pointers as addresses, floats as their bits).  A failing guard stores its
failargs, then jumps (a `musttail` call) through its slot when a bridge is attached there, or
returns its exit number.  GC pointers live across a call that may collect are saved on the shadow
stack and reloaded after it; GC constants are read from a prebuilt table the collector updates.
"""

from __future__ import annotations

import os

from jit.metainterp.descr import ArrayDescr, CallDescr, FieldDescr, SizeDescr
from jit.metainterp.history import FLOAT, INT, REF, AbstractValue, Const, ConstInt, TargetToken, Trace
from jit.metainterp.resoperation import IS_GUARD, OPNAMES, ResOperation, rop
from kit.rtyper import lltype
from kit.rtyper.llop import llop


class CompileError(Exception):
    """The trace uses something this backend cannot compile (the JIT keeps interpreting)."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


class ExternalTarget:
    """A label of compiled code a bridge may jump to: the raw word holding its function's address
    (a hot loop compiled again changes it) and its entry number."""

    def __init__(self, fn_slot: int, entry: int, closed: bool, kinds: str) -> None:
        self.fn_slot = fn_slot
        self.entry = entry
        self.closed = closed          # nothing after the label uses a value from before it
        self.kinds = kinds


class LabelInfo:
    def __init__(self, index: int, args: list[AbstractValue], entry: int) -> None:
        self.index = index
        self.args = args
        self.entry = entry
        self.carried: list[AbstractValue] = []     # GC pointers from before the label used after it
        self.closed = True
        self.block = "L%d" % index
        self.phi_at = -1                            # where its phi lines go in the body
        self.incoming_values: list[list[str]] = []  # per incoming edge: one value per phi
        self.incoming_blocks: list[str] = []


class GuardExit:
    """What the compiled code needs to know about an exit: where its slot is."""

    def __init__(self, number: int, slot: int) -> None:
        self.number = number
        self.slot = slot


class ExitPath:
    """The failure path guards with the same failarg operands share: it stores them into the frame,
    then goes on to the `leave` block with the number and the slot of the guard that failed."""

    def __init__(self, block: str, lines: list[str]) -> None:
        self.block = block
        self.lines = lines                  # the stores
        self.from_blocks: list[str] = []    # per guard branching here: its block, exit and slot
        self.numbers: list[int] = []
        self.slots: list[int] = []

    def text(self) -> list[str]:
        out = [self.block + ":"]
        if len(self.from_blocks) > 1:
            numbers = []
            slots = []
            for k in range(len(self.from_blocks)):
                numbers.append("[ %d, %%%s ]" % (self.numbers[k], self.from_blocks[k]))
                slots.append("[ %s, %%%s ]" % (address(self.slots[k]), self.from_blocks[k]))
            out.append("  %%%sn = phi i64 %s" % (self.block, ", ".join(numbers)))
            out.append("  %%%ss = phi ptr %s" % (self.block, ", ".join(slots)))
        out.extend(self.lines)
        out.append("  br label %leave")
        return out

    def number(self) -> str:
        if len(self.from_blocks) > 1:
            return "%" + self.block + "n"
        return str(self.numbers[0])

    def slot(self) -> str:
        if len(self.from_blocks) > 1:
            return "%" + self.block + "s"
        return address(self.slots[0])


class Environment:
    """The run-time addresses the generated code uses (filled by the CPU)."""

    def __init__(self) -> None:
        self.exc_type = 0
        self.exc_value = 0
        self.root_stack_top = 0
        self.const_table = 0           # address of item 0 of the GC constants' table
        self.typeptr_offset = 8
        self.fn_new = 0
        self.fn_new_array = 0
        self.fn_remember = 0
        self.track_young_flag = 0


_INT_BINARY = {"int_add": "add", "int_sub": "sub", "int_mul": "mul", "int_and": "and", "int_or": "or",
               "int_xor": "xor", "uint_add": "add", "uint_sub": "sub", "uint_mul": "mul", "uint_and": "and",
               "uint_or": "or", "uint_xor": "xor"}
_ICMP = {"int_lt": "slt", "int_le": "sle", "int_eq": "eq", "int_ne": "ne", "int_gt": "sgt", "int_ge": "sge",
                "uint_lt": "ult", "uint_le": "ule", "uint_eq": "eq", "uint_ne": "ne", "uint_gt": "ugt",
                "uint_ge": "uge", "char_lt": "slt", "char_le": "sle", "char_eq": "eq", "char_ne": "ne",
                "char_gt": "sgt", "char_ge": "sge", "unichar_lt": "slt", "unichar_le": "sle", "unichar_eq": "eq",
                "unichar_ne": "ne", "unichar_gt": "sgt", "unichar_ge": "sge", "ptr_eq": "eq", "ptr_ne": "ne"}
_FLOAT_BINARY = {"float_add": "fadd", "float_sub": "fsub", "float_mul": "fmul", "float_truediv": "fdiv"}
_FLOAT_COMPARE = {"float_lt": "olt", "float_le": "ole", "float_eq": "oeq", "float_ne": "une", "float_gt": "ogt",
                  "float_ge": "oge"}
_OVF = {"int_add_ovf": "sadd", "int_sub_ovf": "ssub", "int_mul_ovf": "smul"}
# operations whose result is their argument's bits
_SAME_BITS = ("same_as", "cast_bool_to_int", "cast_char_to_int", "cast_unichar_to_int", "cast_int_to_uint",
              "cast_uint_to_int", "cast_int32_to_int")
_NOTHING_TO_DO = ("debug_merge_point", "record_exact_class", "quasiimmut_field")

_DECLARATIONS = """declare {i64, i1} @llvm.sadd.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.ssub.with.overflow.i64(i64, i64)
declare {i64, i1} @llvm.smul.with.overflow.i64(i64, i64)
declare double @llvm.fabs.f64(double)
"""

_LLVM_OF_SIG = {"l": "i64", "b": "i1", "c": "i8", "u": "i32", "s": "i32", "a": "ptr", "r": "ptr", "f": "double",
                "v": "void"}


def llvm_type(kind: str) -> str:
    if kind == INT:
        return "i64"
    if kind == REF:
        return "ptr"
    return "double"


def hex_word(value: int) -> str:
    digits = "0123456789ABCDEF"
    out = ["0"] * 16
    for k in range(16):
        out[15 - k] = digits[(value >> (4 * k)) & 15]
    return "0x" + "".join(out)


def float_literal(value: float) -> str:
    return hex_word(llop.cast_float_to_longlong_bits(lltype.Signed, value))


def address(value: int) -> str:
    return "inttoptr (i64 %d to ptr)" % value


class TraceAssembler:
    """Builds the IR of one piece.  `exits` (filled here) gets a GuardExit for every guard."""

    def __init__(self, env: Environment, trace: Trace, name: str, is_bridge: bool,
                 targets: dict[TargetToken, ExternalTarget], invalid_flag: int) -> None:
        self.env = env
        self.trace = trace
        self.name = name
        self.is_bridge = is_bridge
        self.targets = targets
        self.invalid_flag = invalid_flag
        self.lines: list[str] = []
        self.fail_lines: list[str] = []
        self.names: dict[AbstractValue, str] = {}
        self.defined_at: dict[AbstractValue, int] = {}
        self.last_use: dict[AbstractValue, int] = {}
        self.labels: list[LabelInfo] = []
        self.label_of: dict[TargetToken, LabelInfo] = {}
        self.counter = 0
        self.block = "entry"
        self.overflow_flag = ""
        self.open = True                   # the current block has no terminator yet
        self.phi_names: dict[int, list[str]] = {}
        # the i1 behind a boolean box (a comparison's result), so a guard branches on it directly;
        # a box only a guard tests gets no i64 at all
        self.conds: dict[AbstractValue, str] = {}
        self.guard_only: dict[AbstractValue, bool] = {}
        # the failure paths of guards with a slot: one per distinct list of failarg operands
        self.exit_paths: list[ExitPath] = []
        self.exit_path_of: dict[str, ExitPath] = {}
        self.fnaddr = 0                    # the compiled function, once compiled
        self.all_live = os.getenv("KIT_JIT_ALL_LIVE") is not None
        # given by the CPU: the exit number of every guard and finish, the slot of every guard
        self.exit_number_of: dict[ResOperation, int] = {}
        self.slot_of: dict[ResOperation, int] = {}
        # filled for the CPU: new entries for the GC constants' table, from index const_base
        self.const_refs: list[lltype.GCREF] = []
        self.const_base = 0
        # a loop compiled by the fast code generator counts its iterations down in this raw word
        # (at hot_label) and leaves by exit hot_exit_number when it runs out (0: no counting)
        self.hot_counter = 0
        self.hot_exit_number = -1
        # the operations compiled: the trace's, then the bridges inlined into it (inline_bridges)
        self.ops: list[ResOperation] = trace.operations
        self.bridge_at: dict[int, ResOperation] = {}        # first operation of a bridge -> its guard
        self.bridge_inputargs: dict[ResOperation, list[AbstractValue]] = {}
        self.bridge_block: dict[ResOperation, str] = {}     # a guard whose bridge is inlined: its block
        self.bridge_operands: dict[ResOperation, list[str]] = {}   # its failargs' operands at the guard

    # ---- names -----------------------------------------------------------------------------------

    def tmp(self) -> str:
        self.counter += 1
        return "%t" + str(self.counter)

    def newblock(self, hint: str) -> str:
        self.counter += 1
        return hint + str(self.counter)

    def emit(self, line: str) -> None:
        self.lines.append("  " + line)

    def start_block(self, label: str) -> None:
        self.lines.append(label + ":")
        self.block = label
        self.open = True

    def value(self, box: AbstractValue) -> str:
        """The IR operand for a box or a constant (a GC constant is loaded from the table)."""
        if isinstance(box, Const):
            if box.type == INT:
                return str(box.getint())
            if box.type == FLOAT:
                return float_literal(box.getfloat())
            ref = box.getref()
            if not ref:
                return "null"
            index = self.const_index(ref)
            t = self.tmp()
            self.emit("%s = load ptr, ptr %s" % (t, address(self.env.const_table + 8 * index)))
            return t
        name = self.names.get(box, "")
        if name == "":
            raise CompileError("a value is used before it is defined")
        return name

    def ptr_value(self, box: AbstractValue) -> str:
        """BOX as a `ptr` operand: the pointer operations also test raw addresses, which traces
        hold as integers (a function pointer field read by getfield, say)."""
        if box.type != INT:
            return self.value(box)
        t = self.tmp()
        self.emit("%s = inttoptr i64 %s to ptr" % (t, self.value(box)))
        return t

    def const_index(self, ref: lltype.GCREF) -> int:
        for k in range(len(self.const_refs)):
            if self.const_refs[k] == ref:
                return self.const_base + k
        self.const_refs.append(ref)
        return self.const_base + len(self.const_refs) - 1

    def define(self, box: AbstractValue) -> str:
        if box in self.conds:
            del self.conds[box]
        self.counter += 1
        name = "%v" + str(self.counter)
        self.names[box] = name
        return name

    def as_bool(self, box: AbstractValue) -> str:
        cond = self.conds.get(box, "")
        if cond != "":
            return cond
        t = self.tmp()
        self.emit("%s = icmp ne i64 %s, 0" % (t, self.value(box)))
        return t

    def set_bool(self, box: AbstractValue, cond: str) -> None:
        if not self.guard_only.get(box, False):
            self.emit("%s = zext i1 %s to i64" % (self.define(box), cond))
        self.conds[box] = cond

    # ---- analysis --------------------------------------------------------------------------------

    def analyse(self) -> None:
        """Labels, where each value is defined and last used, booleans only guards test (again
        from scratch when bridges were inlined)."""
        ops = self.ops
        self.labels = []
        self.label_of = {}
        self.defined_at = {}
        self.last_use = {}
        self.guard_only = {}
        for box in self.trace.inputargs:
            self.defined_at[box] = -1
        for start in self.bridge_at:
            # an inlined bridge's inputargs are its guard's failargs, defined when it begins
            for box in self.bridge_inputargs[self.bridge_at[start]]:
                self.defined_at[box] = start - 1
        entry = 0
        uses: dict[AbstractValue, int] = {}
        for i in range(len(ops)):
            op = ops[i]
            for arg in op.args:
                if not isinstance(arg, Const):
                    self.last_use[arg] = i
                    uses[arg] = uses.get(arg, 0) + 1
            failargs = op.failargs
            if failargs is not None:
                for arg in failargs:
                    if not isinstance(arg, Const):
                        self.last_use[arg] = i
                        uses[arg] = uses.get(arg, 0) + 1
            if op.opnum == rop.LABEL:
                descr = op.descr
                assert isinstance(descr, TargetToken)
                info = LabelInfo(i, op.args, entry)
                entry += 1
                self.labels.append(info)
                self.label_of[descr] = info
                for arg in op.args:
                    # the first definition counts: a label argument may be a preamble's value
                    if arg not in self.defined_at:
                        self.defined_at[arg] = i
            if op.result is not None and op.result not in self.defined_at:
                self.defined_at[op.result] = i
        # a boolean used once, as what a guard_true or guard_false tests, needs only its i1
        for op in ops:
            if op.opnum == rop.GUARD_TRUE or op.opnum == rop.GUARD_FALSE:
                tested = op.args[0]
                if not isinstance(tested, Const) and uses.get(tested, 0) == 1:
                    self.guard_only[tested] = True
        # a value defined before a label and used after it: GC pointers must flow through phis
        # (they may move); any such value closes the label to bridges
        for info in self.labels:
            for box in self.last_use:
                last = self.last_use[box]
                defined = self.defined_at.get(box, -1)
                if defined < info.index and last > info.index and not _contains(info.args, box):
                    info.closed = False
                    if box.type == REF:
                        info.carried.append(box)
        # a jump back to a label keeps what the label carries alive to the jump
        for i in range(len(ops)):
            op = ops[i]
            if op.opnum == rop.JUMP:
                descr = op.descr
                assert isinstance(descr, TargetToken)
                info = self.label_of.get(descr, None)
                if info is not None:
                    for box in info.carried:
                        self.last_use[box] = i

    def inline_bridges(self, bridges: dict[ResOperation, Trace], limit: int) -> None:
        """Compile the bridges attached to guards of the loop body into the loop's own function
        (for the -O2 recompilation of a hot loop): a failing guard branches to its bridge's code,
        which jumps back to the loop label with its values in registers instead of through the
        frame.  Bridges of inlined bridges are inlined too, up to `limit` operations in all."""
        self.analyse()
        if not self.labels:
            return
        body = self.labels[len(self.labels) - 1].index
        ops = list(self.trace.operations)
        k = body
        while k < len(ops):
            op = ops[k]
            bridge = bridges.get(op, None)
            if bridge is not None and len(ops) + len(bridge.operations) <= limit and self.can_inline(bridge):
                self.bridge_at[len(ops)] = op
                self.bridge_inputargs[op] = bridge.inputargs
                self.bridge_block[op] = self.newblock("bridge")
                for bop in bridge.operations:
                    ops.append(bop)
            k += 1
        if self.bridge_at:
            self.ops = ops
            self.analyse()

    def can_inline(self, bridge: Trace) -> bool:
        """A bridge without labels that ends by jumping to a label of this loop that needs no
        values from before it (or leaves some other way)."""
        ops = bridge.operations
        if not ops:
            return False
        for op in ops:
            if op.opnum == rop.LABEL:
                return False
        last = ops[len(ops) - 1]
        if last.opnum == rop.JUMP:
            descr = last.descr
            assert isinstance(descr, TargetToken)
            info = self.label_of.get(descr, None)
            if info is not None:
                return info.closed
            target = self.targets.get(descr, None)
            return target is not None and target.closed
        return last.opnum == rop.FINISH

    def hot_label(self) -> LabelInfo | None:
        """The label a loop's iterations go round (the last one: after a peeled preamble), if the
        code can be entered there from outside."""
        self.analyse()
        if not self.labels:
            return None
        info = self.labels[len(self.labels) - 1]
        if not info.closed:
            return None
        return info

    # ---- the function ----------------------------------------------------------------------------

    def assemble(self) -> str:
        if not self.labels:
            self.analyse()
        ops = self.ops
        if self.is_bridge:
            if self.hot_counter != 0:
                self.count_bridge_run()
            for k in range(len(self.trace.inputargs)):
                box = self.trace.inputargs[k]
                self.load_from_frame(box, k)
        else:
            which = self.tmp()
            self.emit("%s = load i64, ptr %%frame" % which)
            cases = []
            for info in self.labels:
                if info.closed:
                    cases.append("i64 %d, label %%enter%d" % (info.entry, info.index))
            self.emit("switch i64 %s, label %%bad [ %s ]" % (which, " ".join(cases)))
            self.open = False
            for info in self.labels:
                if info.closed:
                    self.start_block("enter%d" % info.index)
                    values = []
                    for k in range(len(info.args)):
                        values.append(self.load_word(info.args[k].type, k))
                    self.jump_to_label(info, values)
            self.lines.append("bad:")
            self.emit("unreachable")
            self.open = False
        for i in range(len(ops)):
            guard = self.bridge_at.get(i, None)
            if guard is not None:
                self.start_inlined_bridge(guard)
            self.assemble_op(i, ops[i])
        if self.open:
            raise CompileError("the trace does not end with a jump or a finish")
        for info in self.labels:
            self.lines[info.phi_at] = self.phi_text(info)
        head = "define i64 @%s(ptr %%frame) {\nentry:\n" % self.name
        leave = ""
        if self.exit_paths:
            leave = self.leave_block()
        return (_DECLARATIONS + head + "\n".join(self.lines) + "\n" + "\n".join(self.fail_lines) + "\n" + leave
                + "}\n" + PROF_METADATA)

    def start_inlined_bridge(self, guard: ResOperation) -> None:
        """The block a guard with an inlined bridge fails to: the bridge's inputargs are the
        guard's failargs as they were at the guard (GC constants loaded here)."""
        if self.open:
            raise CompileError("an inlined bridge after an open block")
        operands = self.bridge_operands.get(guard, None)
        if operands is None:
            raise CompileError("an inlined bridge whose guard was not compiled")
        self.start_block(self.bridge_block[guard])
        inputargs = self.bridge_inputargs[guard]
        failargs = guard.failargs
        assert failargs is not None
        for k in range(len(inputargs)):
            box = inputargs[k]
            if box in self.conds:
                del self.conds[box]
            operand = operands[k]
            if operand == "":
                operand = self.fail_value(failargs[k], self.lines)
            self.names[box] = operand

    def phi_text(self, info: LabelInfo) -> str:
        boxes = info.args + info.carried
        out: list[str] = []
        for k in range(len(boxes)):
            box = boxes[k]
            parts = []
            for e in range(len(info.incoming_blocks)):
                parts.append("[ %s, %%%s ]" % (info.incoming_values[e][k], info.incoming_blocks[e]))
            if not parts:
                raise CompileError("a label nothing enters")
            out.append("  %s = phi %s %s" % (self.phi_names[info.index][k], llvm_type(box.type), ", ".join(parts)))
        return "\n".join(out)

    def jump_to_label(self, info: LabelInfo, values: list[str]) -> None:
        info.incoming_values.append(values)
        info.incoming_blocks.append(self.block)
        self.emit("br label %%%s" % info.block)
        self.open = False

    def current_values(self, info: LabelInfo, args: list[AbstractValue]) -> list[str]:
        values = []
        for arg in args:
            values.append(self.value(arg))
        for box in info.carried:
            values.append(self.value(box))
        return values

    # ---- the frame -------------------------------------------------------------------------------

    def word_address(self, k: int) -> str:
        t = self.tmp()
        self.emit("%s = getelementptr i64, ptr %%frame, i64 %d" % (t, 2 + k))
        return t

    def load_word(self, kind: str, k: int) -> str:
        at = self.word_address(k)
        t = self.tmp()
        self.emit("%s = load %s, ptr %s" % (t, llvm_type(kind), at))
        return t

    def load_from_frame(self, box: AbstractValue, k: int) -> None:
        at = self.word_address(k)
        self.emit("%s = load %s, ptr %s" % (self.define(box), llvm_type(box.type), at))

    def store_words(self, values: list[str], kinds: str, lines: list[str]) -> None:
        for k in range(len(values)):
            self.counter += 1
            at = "%w" + str(self.counter)
            lines.append("  %s = getelementptr i64, ptr %%frame, i64 %d" % (at, 2 + k))
            lines.append("  store %s %s, ptr %s" % (llvm_type(kinds[k]), values[k], at))

    # ---- one operation ---------------------------------------------------------------------------

    def assemble_op(self, i: int, op: ResOperation) -> None:
        opnum = op.opnum
        name = OPNAMES[opnum]
        if opnum == rop.LABEL:
            self.assemble_label(i, op)
            return
        if not self.open:
            raise CompileError("operations after a jump")
        if opnum == rop.JUMP:
            self.assemble_jump(op)
        elif opnum == rop.FINISH:
            self.assemble_finish(op)
        elif IS_GUARD[opnum]:
            self.assemble_guard(op)
        elif name in _NOTHING_TO_DO:
            pass
        elif opnum == rop.GETFIELD or opnum == rop.GETFIELD_RAW:
            self.assemble_getfield(op)
        elif opnum == rop.SETFIELD:
            self.assemble_setfield(op)
        elif opnum == rop.GETARRAYITEM:
            self.assemble_getarrayitem(op)
        elif opnum == rop.SETARRAYITEM:
            self.assemble_setarrayitem(op)
        elif opnum == rop.GETARRAYSIZE:
            descr = op.descr
            assert isinstance(descr, ArrayDescr)
            at = self.offset_address(self.value(op.args[0]), str(descr.length_offset))
            self.emit("%s = load i64, ptr %s" % (self.define(op.result), at))
        elif opnum == rop.NEW or opnum == rop.NEW_WITH_VTABLE or opnum == rop.NEW_ARRAY:
            self.assemble_new(i, op)
        elif opnum == rop.CALL or opnum == rop.CALL_PURE or opnum == rop.CALL_LOOPINVARIANT:
            self.assemble_call(i, op)
        else:
            self.assemble_pure(name, op)

    def assemble_label(self, i: int, op: ResOperation) -> None:
        info = self.labels[0]
        for candidate in self.labels:
            if candidate.index == i:
                info = candidate
        if self.open:
            # the preamble falls through into the peeled loop
            self.jump_to_label(info, self.current_values(info, op.args))
        self.start_block(info.block)
        info.phi_at = len(self.lines)
        self.lines.append("")
        names = []
        for box in op.args:
            names.append(self.define(box))
        for box in info.carried:
            names.append(self.define(box))
        self.phi_names[info.index] = names
        if self.hot_counter != 0 and info is self.labels[len(self.labels) - 1]:
            self.count_iteration(info, names)

    def count_down(self) -> str:
        """Decrement the hot counter; the i1 saying it ran out."""
        left = self.tmp()
        self.emit("%s = load i64, ptr %s" % (left, address(self.hot_counter)))
        now = self.tmp()
        self.emit("%s = sub i64 %s, 1" % (now, left))
        self.emit("store i64 %s, ptr %s" % (now, address(self.hot_counter)))
        hot = self.tmp()
        self.emit("%s = icmp slt i64 %s, 0" % (hot, now))
        return hot

    def count_bridge_run(self) -> None:
        """One more run of a bridge compiled fast: when the counter runs out, leave before reading
        the frame (its values stay there for the bridge compiled again)."""
        hot = self.count_down()
        hot_block = self.newblock("hot")
        go_on = self.newblock("count")
        self.emit("br i1 %s, label %%%s, label %%%s, !prof !1" % (hot, hot_block, go_on))
        self.fail_lines.append(hot_block + ":")
        self.fail_lines.append("  store i64 %d, ptr %%frame" % self.hot_exit_number)
        self.fail_lines.append("  ret i64 %d" % self.hot_exit_number)
        self.start_block(go_on)

    def count_iteration(self, info: LabelInfo, names: list[str]) -> None:
        """One more iteration of a loop compiled fast: when the counter runs out, leave with the
        label's values in the frame (the CPU compiles the loop again and enters it here)."""
        hot = self.count_down()
        hot_block = self.newblock("hot")
        go_on = self.newblock("count")
        self.emit("br i1 %s, label %%%s, label %%%s, !prof !1" % (hot, hot_block, go_on))
        lines = [hot_block + ":"]
        kinds = ""
        for arg in info.args:
            kinds += arg.type
        self.store_words(names[:len(info.args)], kinds, lines)
        lines.append("  store i64 %d, ptr %%frame" % self.hot_exit_number)
        lines.append("  ret i64 %d" % self.hot_exit_number)
        self.fail_lines.extend(lines)
        self.start_block(go_on)

    def assemble_jump(self, op: ResOperation) -> None:
        descr = op.descr
        assert isinstance(descr, TargetToken)
        info = self.label_of.get(descr, None)
        if info is not None:
            self.jump_to_label(info, self.current_values(info, op.args))
            return
        target = self.targets.get(descr, None)
        if target is None or not target.closed:
            raise CompileError("a jump to a label that cannot be entered from outside")
        values = []
        kinds = ""
        for arg in op.args:
            values.append(self.value(arg))
            kinds += arg.type
        self.store_words(values, kinds, self.lines)
        self.emit("store i64 %d, ptr %%frame" % target.entry)
        fn = self.tmp()
        self.emit("%s = load ptr, ptr %s" % (fn, address(target.fn_slot)))
        r = self.tmp()
        self.emit("%s = musttail call i64 %s(ptr %%frame)" % (r, fn))
        self.emit("ret i64 %s" % r)
        self.open = False

    def assemble_finish(self, op: ResOperation) -> None:
        values = []
        kinds = ""
        for arg in op.args:
            values.append(self.value(arg))
            kinds += arg.type
        self.store_words(values, kinds, self.lines)
        number = self.exit_number_of.get(op, -1)
        if number < 0:
            raise CompileError("a finish without an exit number")
        self.emit("store i64 %d, ptr %%frame" % number)
        self.emit("ret i64 %d" % number)
        self.open = False

    # ---- guards ----------------------------------------------------------------------------------

    def assemble_guard(self, op: ResOperation) -> None:
        opnum = op.opnum
        ok = ""
        if opnum == rop.GUARD_TRUE:
            ok = self.as_bool(op.args[0])
        elif opnum == rop.GUARD_FALSE:
            cond = self.conds.get(op.args[0], "")
            if cond != "":
                self.guard_branch(op, cond, False, True)
                return
            ok = self.tmp()
            self.emit("%s = icmp eq i64 %s, 0" % (ok, self.value(op.args[0])))
        elif opnum == rop.GUARD_VALUE:
            a, b = op.args[0], op.args[1]
            ok = self.tmp()
            if a.type == FLOAT:
                self.emit("%s = fcmp oeq double %s, %s" % (ok, self.value(a), self.value(b)))
            else:
                va, vb = self.value(a), self.value(b)
                self.emit("%s = icmp eq %s %s, %s" % (ok, llvm_type(a.type), va, vb))
        elif opnum == rop.GUARD_CLASS:
            ok = self.class_is(self.value(op.args[0]), self.value(op.args[1]))
        elif opnum == rop.GUARD_NONNULL_CLASS:
            obj = self.value(op.args[0])
            nonnull = self.tmp()
            self.emit("%s = icmp ne ptr %s, null" % (nonnull, obj))
            self.guard_branch(op, nonnull, False, False)
            ok = self.class_is(obj, self.value(op.args[1]))
        elif opnum == rop.GUARD_NONNULL:
            ok = self.tmp()
            self.emit("%s = icmp ne ptr %s, null" % (ok, self.value(op.args[0])))
        elif opnum == rop.GUARD_ISNULL:
            ok = self.tmp()
            self.emit("%s = icmp eq ptr %s, null" % (ok, self.value(op.args[0])))
        elif opnum == rop.GUARD_NO_EXCEPTION:
            exc = self.tmp()
            ok = self.tmp()
            self.emit("%s = load ptr, ptr %s" % (exc, address(self.env.exc_type)))
            self.emit("%s = icmp eq ptr %s, null" % (ok, exc))
            self.guard_branch(op, ok, True, False)
            return
        elif opnum == rop.GUARD_NO_OVERFLOW or opnum == rop.GUARD_OVERFLOW:
            if self.overflow_flag == "":
                raise CompileError("an overflow guard without an overflow-checking operation")
            self.guard_branch(op, self.overflow_flag, False, opnum == rop.GUARD_NO_OVERFLOW)
            return
        elif opnum == rop.GUARD_NOT_INVALIDATED:
            flag = self.tmp()
            ok = self.tmp()
            self.emit("%s = load i64, ptr %s" % (flag, address(self.invalid_flag)))
            self.emit("%s = icmp eq i64 %s, 0" % (ok, flag))
        else:
            raise CompileError("no machine code for " + OPNAMES[opnum])
        self.guard_branch(op, ok, False, False)

    def class_is(self, obj: str, vtable: str) -> str:
        at = self.offset_address(obj, str(self.env.typeptr_offset))
        cls = self.tmp()
        ok = self.tmp()
        self.emit("%s = load i64, ptr %s" % (cls, at))
        self.emit("%s = icmp eq i64 %s, %s" % (ok, cls, vtable))
        return ok

    def guard_branch(self, op: ResOperation, cond: str, exception_pending: bool, fails_when_true: bool) -> None:
        """Branch on `cond` (the guard holds when it is true, or false with `fails_when_true`); the
        failure path stores the failargs and leaves through the guard's slot."""
        number = self.exit_number_of.get(op, -1)
        slot = self.slot_of.get(op, 0)
        if number < 0:
            raise CompileError("a guard without an exit number")
        cont = self.newblock("ok")
        bridge_block = self.bridge_block.get(op, "")
        if bridge_block != "" and not exception_pending:
            if op not in self.bridge_operands:
                # the failargs' operands now (a call later in the loop renames moved GC pointers)
                operands: list[str] = []
                failargs = op.failargs
                if failargs is not None:
                    for arg in failargs:
                        operands.append("" if isinstance(arg, Const) else self.value(arg))
                self.bridge_operands[op] = operands
            if fails_when_true:
                self.emit("br i1 %s, label %%%s, label %%%s, !prof !1" % (cond, bridge_block, cont))
            else:
                self.emit("br i1 %s, label %%%s, label %%%s, !prof !0" % (cond, cont, bridge_block))
            self.start_block(cont)
            return
        if slot != 0 and not exception_pending:
            path = self.exit_path(op)
            path.from_blocks.append(self.block)
            path.numbers.append(number)
            path.slots.append(slot)
            if fails_when_true:
                self.emit("br i1 %s, label %%%s, label %%%s, !prof !1" % (cond, path.block, cont))
            else:
                self.emit("br i1 %s, label %%%s, label %%%s, !prof !0" % (cond, cont, path.block))
            self.start_block(cont)
            return
        fail = self.newblock("fail")
        if fails_when_true:
            self.emit("br i1 %s, label %%%s, label %%%s, !prof !1" % (cond, fail, cont))
        else:
            self.emit("br i1 %s, label %%%s, label %%%s, !prof !0" % (cond, cont, fail))
        lines = self.fail_lines
        lines.append(fail + ":")
        values = []
        kinds = ""
        failargs = op.failargs
        if failargs is not None:
            for arg in failargs:
                values.append(self.fail_value(arg, lines))
                kinds += arg.type
        self.store_words(values, kinds, lines)
        if exception_pending:
            # the exception leaves in word 1 of the frame, and is no longer pending
            self.counter += 1
            exc = "%e" + str(self.counter)
            lines.append("  %s = load ptr, ptr %s" % (exc, address(self.env.exc_value)))
            lines.append("  %s1 = getelementptr i64, ptr %%frame, i64 1" % exc)
            lines.append("  store ptr %s, ptr %s1" % (exc, exc))
            lines.append("  store ptr null, ptr %s" % address(self.env.exc_type))
            lines.append("  store ptr null, ptr %s" % address(self.env.exc_value))
            lines.append("  store i64 %d, ptr %%frame" % number)
            lines.append("  ret i64 %d" % number)
        else:
            lines.append("  store i64 %d, ptr %%frame" % number)
            lines.append("  ret i64 %d" % number)
        self.start_block(cont)

    def exit_path(self, op: ResOperation) -> ExitPath:
        """The failure path for OP's failargs: a new one unless an earlier guard stores the very
        same operands (which then dominate both guards, hence the shared block too)."""
        key = ""
        failargs = op.failargs
        if failargs is not None:
            for arg in failargs:
                if isinstance(arg, Const) and arg.type == REF and arg.getref():
                    key += "@%d " % self.const_index(arg.getref())
                else:
                    key += arg.type + self.value(arg) + " "
        path = self.exit_path_of.get(key, None)
        if path is not None:
            return path
        lines: list[str] = []
        values = []
        kinds = ""
        if failargs is not None:
            for arg in failargs:
                values.append(self.fail_value(arg, lines))
                kinds += arg.type
        self.store_words(values, kinds, lines)
        path = ExitPath(self.newblock("fail"), lines)
        self.exit_paths.append(path)
        self.exit_path_of[key] = path
        return path

    def leave_block(self) -> str:
        """The block every guard with a slot leaves by once its failargs are stored: a jump to the
        bridge attached to the slot, or a return of the exit number."""
        numbers = []
        slots = []
        lines: list[str] = []
        for path in self.exit_paths:
            lines.extend(path.text())
            numbers.append("[ %s, %%%s ]" % (path.number(), path.block))
            slots.append("[ %s, %%%s ]" % (path.slot(), path.block))
        return ("\n".join(lines) + "\nleave:\n  %%number = phi i64 %s\n  %%slot = phi ptr %s\n"
                % (", ".join(numbers), ", ".join(slots))
                + "  %bridge = load ptr, ptr %slot\n  %unattached = icmp eq ptr %bridge, null\n"
                + "  br i1 %unattached, label %exit, label %enter_bridge\n"
                + "exit:\n  store i64 %number, ptr %frame\n  ret i64 %number\n"
                + "enter_bridge:\n  store i64 0, ptr %frame\n  %in_bridge = musttail call i64 %bridge(ptr %frame)\n"
                + "  ret i64 %in_bridge\n")

    def fail_value(self, arg: AbstractValue, lines: list[str]) -> str:
        """A failarg's operand; GC constants are loaded in the failure block itself."""
        if isinstance(arg, Const) and arg.type == REF:
            ref = arg.getref()
            if not ref:
                return "null"
            self.counter += 1
            t = "%c" + str(self.counter)
            lines.append("  %s = load ptr, ptr %s" % (t, address(self.env.const_table + 8 * self.const_index(ref))))
            return t
        return self.value(arg)

    # ---- memory ----------------------------------------------------------------------------------

    def offset_address(self, base: str, offset: str) -> str:
        t = self.tmp()
        self.emit("%s = getelementptr i8, ptr %s, i64 %s" % (t, base, offset))
        return t

    def item_offset(self, index: AbstractValue, descr: ArrayDescr) -> str:
        if isinstance(index, Const):
            return str(descr.basesize + index.getint() * descr.itemsize)
        scaled = self.tmp()
        self.emit("%s = mul i64 %s, %d" % (scaled, self.value(index), descr.itemsize))
        t = self.tmp()
        self.emit("%s = add i64 %s, %d" % (t, scaled, descr.basesize))
        return t

    def load_value(self, result: AbstractValue, at: str, size: int, signed: bool) -> None:
        if result.type == INT and size != 8:
            bits = "i%d" % (size * 8)
            t = self.tmp()
            self.emit("%s = load %s, ptr %s" % (t, bits, at))
            self.emit("%s = %s %s %s to i64" % (self.define(result), "sext" if signed else "zext", bits, t))
        else:
            self.emit("%s = load %s, ptr %s" % (self.define(result), llvm_type(result.type), at))

    def store_value(self, value: AbstractValue, at: str, size: int) -> None:
        v = self.value(value)
        if value.type == INT and size != 8:
            bits = "i%d" % (size * 8)
            t = self.tmp()
            self.emit("%s = trunc i64 %s to %s" % (t, v, bits))
            self.emit("store %s %s, ptr %s" % (bits, t, at))
        else:
            self.emit("store %s %s, ptr %s" % (llvm_type(value.type), v, at))

    def assemble_getfield(self, op: ResOperation) -> None:
        descr = op.descr
        assert isinstance(descr, FieldDescr)
        if op.opnum == rop.GETFIELD_RAW:
            base = self.tmp()
            self.emit("%s = inttoptr i64 %s to ptr" % (base, self.value(op.args[0])))
        else:
            base = self.value(op.args[0])
        at = self.offset_address(base, str(descr.offset))
        self.load_value(op.result, at, descr.size, descr.is_signed)

    def write_barrier(self, obj: str) -> None:
        if self.env.fn_remember == 0:
            return
        header = self.tmp()
        flag = self.tmp()
        needed = self.tmp()
        self.emit("%s = load i64, ptr %s" % (header, obj))
        self.emit("%s = and i64 %s, %d" % (flag, header, self.env.track_young_flag))
        self.emit("%s = icmp ne i64 %s, 0" % (needed, flag))
        slow = self.newblock("barrier")
        done = self.newblock("barrier_done")
        self.emit("br i1 %s, label %%%s, label %%%s, !prof !1" % (needed, slow, done))
        self.start_block(slow)
        self.emit("call void %s(ptr %s)" % (address(self.env.fn_remember), obj))
        self.emit("br label %%%s" % done)
        self.start_block(done)

    def assemble_setfield(self, op: ResOperation) -> None:
        descr = op.descr
        assert isinstance(descr, FieldDescr)
        obj = self.value(op.args[0])
        if op.args[1].type == REF:
            self.write_barrier(obj)
        at = self.offset_address(obj, str(descr.offset))
        self.store_value(op.args[1], at, descr.size)

    def assemble_getarrayitem(self, op: ResOperation) -> None:
        descr = op.descr
        assert isinstance(descr, ArrayDescr)
        base = self.value(op.args[0])
        at = self.offset_address(base, self.item_offset(op.args[1], descr))
        self.load_value(op.result, at, descr.itemsize, descr.is_signed)

    def assemble_setarrayitem(self, op: ResOperation) -> None:
        descr = op.descr
        assert isinstance(descr, ArrayDescr)
        base = self.value(op.args[0])
        if op.args[2].type == REF:
            self.write_barrier(base)
        at = self.offset_address(base, self.item_offset(op.args[1], descr))
        self.store_value(op.args[2], at, descr.itemsize)

    # ---- calls: the shadow stack around them -----------------------------------------------------

    def live_refs(self, i: int) -> list[AbstractValue]:
        live = []
        for box in self.names:
            used_later = self.all_live or self.last_use.get(box, -1) > i
            if box.type == REF and used_later and self.defined_at.get(box, -1) < i:
                live.append(box)
        return live

    def call_saving_roots(self, i: int, call: str, result: str) -> None:
        """Emit `call` (an instruction; `result = ` is prefixed when given) with the live GC
        pointers saved on the shadow stack, and rename them to their reloaded values after it."""
        live = self.live_refs(i)
        top = ""
        if live:
            top = self.tmp()
            self.emit("%s = load ptr, ptr %s" % (top, address(self.env.root_stack_top)))
            for k in range(len(live)):
                at = self.offset_address(top, str(8 * k))
                self.emit("store ptr %s, ptr %s" % (self.names[live[k]], at))
            newtop = self.offset_address(top, str(8 * len(live)))
            self.emit("store ptr %s, ptr %s" % (newtop, address(self.env.root_stack_top)))
        if result:
            self.emit("%s = %s" % (result, call))
        else:
            self.emit(call)
        if live:
            self.emit("store ptr %s, ptr %s" % (top, address(self.env.root_stack_top)))
            for k in range(len(live)):
                at = self.offset_address(top, str(8 * k))
                self.emit("%s = load ptr, ptr %s" % (self.define(live[k]), at))

    def leave_if_exception(self) -> None:
        """After an allocation: if it raised (MemoryError), leave with exit -1 and the exception
        pending."""
        exc = self.tmp()
        raised = self.tmp()
        self.emit("%s = load ptr, ptr %s" % (exc, address(self.env.exc_type)))
        self.emit("%s = icmp ne ptr %s, null" % (raised, exc))
        cont = self.newblock("allocated")
        fail = self.newblock("nomemory")
        self.emit("br i1 %s, label %%%s, label %%%s, !prof !1" % (raised, fail, cont))
        self.fail_lines.append(fail + ":")
        self.fail_lines.append("  store i64 -1, ptr %frame")
        self.fail_lines.append("  ret i64 -1")
        self.start_block(cont)

    def assemble_new(self, i: int, op: ResOperation) -> None:
        descr = op.descr
        result = self.tmp()
        if op.opnum == rop.NEW_ARRAY:
            assert isinstance(descr, ArrayDescr)
            length = self.value(op.args[0])
            call = "call ptr %s(i64 %d, i64 %s, i64 %d, i64 %d, i64 %d)" % (
                address(self.env.fn_new_array), descr.typeid, length, descr.fixedsize, descr.itemsize,
                descr.length_offset)
        else:
            assert isinstance(descr, SizeDescr)
            vtable = descr.vtable if op.opnum == rop.NEW_WITH_VTABLE else 0
            call = "call ptr %s(i64 %d, i64 %d, i64 %d)" % (address(self.env.fn_new), descr.typeid, descr.size,
                                                           vtable)
        self.call_saving_roots(i, call, result)
        self.leave_if_exception()
        self.names[op.result] = result

    def assemble_call(self, i: int, op: ResOperation) -> None:
        descr = op.descr
        assert isinstance(descr, CallDescr)
        sig = descr.machine_sig
        underscore = sig.find("_")
        if underscore < 0 or underscore != len(op.args) - 1:
            raise CompileError("a call whose arguments do not match its signature")
        fn = self.tmp()
        self.emit("%s = inttoptr i64 %s to ptr" % (fn, self.value(op.args[0])))
        args = []
        for k in range(underscore):
            code = sig[k]
            v = self.value(op.args[k + 1])
            t = _LLVM_OF_SIG[code]
            if code == "b" or code == "c" or code == "u" or code == "s":
                c = self.tmp()
                self.emit("%s = trunc i64 %s to %s" % (c, v, t))
                args.append("%s %s" % (t, c))
            elif code == "a":
                c = self.tmp()
                self.emit("%s = inttoptr i64 %s to ptr" % (c, v))
                args.append("ptr " + c)
            else:
                args.append("%s %s" % (t, v))
        rcode = sig[underscore + 1:]
        rtype = _LLVM_OF_SIG[rcode]
        call = "call %s %s(%s)" % (rtype, fn, ", ".join(args))
        raw = self.tmp() if rcode != "v" else ""
        if descr.can_collect:
            self.call_saving_roots(i, call, raw)
        elif raw:
            self.emit("%s = %s" % (raw, call))
        else:
            self.emit(call)
        result = op.result
        if result is None or rcode == "v":
            return
        if rcode == "b" or rcode == "c" or rcode == "u":
            self.emit("%s = zext %s %s to i64" % (self.define(result), rtype, raw))
        elif rcode == "s":
            self.emit("%s = sext i32 %s to i64" % (self.define(result), raw))
        elif rcode == "a":
            self.emit("%s = ptrtoint ptr %s to i64" % (self.define(result), raw))
        else:
            self.names[result] = raw

    # ---- pure operations -------------------------------------------------------------------------

    def assemble_pure(self, name: str, op: ResOperation) -> None:
        args = op.args
        result = op.result
        if result is None:
            raise CompileError("no machine code for " + name)
        if name == "int_between":
            low = self.tmp()
            high = self.tmp()
            both = self.tmp()
            b = self.value(args[1])
            self.emit("%s = icmp sle i64 %s, %s" % (low, self.value(args[0]), b))
            self.emit("%s = icmp slt i64 %s, %s" % (high, b, self.value(args[2])))
            self.emit("%s = and i1 %s, %s" % (both, low, high))
            self.set_bool(result, both)
            return
        if name in _SAME_BITS or name == "escape":
            self.names[result] = self.value(args[0])
            return
        binop = _INT_BINARY.get(name, "")
        if binop != "":
            self.emit("%s = %s i64 %s, %s" % (self.define(result), binop, self.value(args[0]), self.value(args[1])))
            return
        cmp = _ICMP.get(name, "")
        if cmp != "":
            t = self.tmp()
            if name.startswith("ptr_"):
                a, b = self.ptr_value(args[0]), self.ptr_value(args[1])
                self.emit("%s = icmp %s ptr %s, %s" % (t, cmp, a, b))
            else:
                self.emit("%s = icmp %s i64 %s, %s" % (t, cmp, self.value(args[0]), self.value(args[1])))
            self.set_bool(result, t)
            return
        fop = _FLOAT_BINARY.get(name, "")
        if fop != "":
            self.emit("%s = %s double %s, %s" % (self.define(result), fop, self.value(args[0]), self.value(args[1])))
            return
        fcmp = _FLOAT_COMPARE.get(name, "")
        if fcmp != "":
            t = self.tmp()
            self.emit("%s = fcmp %s double %s, %s" % (t, fcmp, self.value(args[0]), self.value(args[1])))
            self.set_bool(result, t)
            return
        ovf = _OVF.get(name, "")
        if ovf != "":
            self.assemble_ovf(ovf, self.value(args[0]), self.value(args[1]), result)
            return
        if name == "int_neg_ovf":
            self.assemble_ovf("ssub", "0", self.value(args[0]), result)
            return
        if name == "int_lshift_ovf":
            self.assemble_lshift_ovf(self.value(args[0]), self.value(args[1]), result)
            return
        if name == "int_lshift" or name == "int_rshift" or name == "uint_lshift" or name == "uint_rshift":
            count = self.tmp()
            self.emit("%s = and i64 %s, 63" % (count, self.value(args[1])))
            instr = "shl" if name.endswith("lshift") else ("ashr" if name == "int_rshift" else "lshr")
            self.emit("%s = %s i64 %s, %s" % (self.define(result), instr, self.value(args[0]), count))
            return
        if name == "int_floordiv" or name == "int_mod":
            divisor = args[1]
            if isinstance(divisor, ConstInt) and divisor.getint() != 0 and divisor.getint() != -1:
                # a constant divisor needs no guard against 0 and -1 (and codegen sees the constant)
                self.emit("%s = %s i64 %s, %d" % (self.define(result), "srem" if name == "int_mod" else "sdiv",
                                                  self.value(args[0]), divisor.getint()))
            else:
                self.assemble_signed_division(name == "int_mod", self.value(args[0]), self.value(args[1]), result)
            return
        if name == "uint_floordiv" or name == "uint_mod":
            b = self.value(args[1])
            zero = self.tmp()
            safe = self.tmp()
            q = self.tmp()
            self.emit("%s = icmp eq i64 %s, 0" % (zero, b))
            self.emit("%s = select i1 %s, i64 1, i64 %s" % (safe, zero, b))
            self.emit("%s = %s i64 %s, %s" % (q, "urem" if name == "uint_mod" else "udiv", self.value(args[0]), safe))
            self.emit("%s = select i1 %s, i64 0, i64 %s" % (self.define(result), zero, q))
            return
        if name == "ptr_iszero" or name == "ptr_nonzero":
            t = self.tmp()
            operand = self.ptr_value(args[0])
            self.emit("%s = icmp %s ptr %s, null" % (t, "eq" if name == "ptr_iszero" else "ne", operand))
            self.set_bool(result, t)
            return
        self.assemble_unary(name, args[0], result)

    def assemble_unary(self, name: str, arg: AbstractValue, result: AbstractValue) -> None:
        a = self.value(arg)
        if name == "int_neg":
            self.emit("%s = sub i64 0, %s" % (self.define(result), a))
        elif name == "int_abs":
            neg = self.tmp()
            isneg = self.tmp()
            self.emit("%s = sub i64 0, %s" % (neg, a))
            self.emit("%s = icmp slt i64 %s, 0" % (isneg, a))
            self.emit("%s = select i1 %s, i64 %s, i64 %s" % (self.define(result), isneg, neg, a))
        elif name == "int_invert" or name == "uint_invert":
            self.emit("%s = xor i64 %s, -1" % (self.define(result), a))
        elif name == "int_is_true" or name == "uint_is_true":
            t = self.tmp()
            self.emit("%s = icmp ne i64 %s, 0" % (t, a))
            self.set_bool(result, t)
        elif name == "bool_not":
            t = self.tmp()
            self.emit("%s = icmp eq i64 %s, 0" % (t, a))
            self.set_bool(result, t)
        elif name == "float_neg":
            self.emit("%s = fneg double %s" % (self.define(result), a))
        elif name == "float_abs":
            self.emit("%s = call double @llvm.fabs.f64(double %s)" % (self.define(result), a))
        elif name == "float_is_true":
            t = self.tmp()
            self.emit("%s = fcmp une double %s, 0.0" % (t, a))
            self.set_bool(result, t)
        elif name == "cast_int_to_float" or name == "cast_bool_to_float":
            self.emit("%s = sitofp i64 %s to double" % (self.define(result), a))
        elif name == "cast_uint_to_float":
            self.emit("%s = uitofp i64 %s to double" % (self.define(result), a))
        elif name == "cast_float_to_int":
            self.emit("%s = fptosi double %s to i64" % (self.define(result), a))
        elif name == "cast_float_to_uint":
            self.emit("%s = fptoui double %s to i64" % (self.define(result), a))
        elif name == "cast_float_to_longlong_bits":
            self.emit("%s = bitcast double %s to i64" % (self.define(result), a))
        elif name == "cast_longlong_bits_to_float":
            self.emit("%s = bitcast i64 %s to double" % (self.define(result), a))
        elif name == "cast_int_to_char":
            self.emit("%s = and i64 %s, 255" % (self.define(result), a))
        elif name == "cast_int_to_unichar":
            self.emit("%s = and i64 %s, 4294967295" % (self.define(result), a))
        elif name == "cast_int_to_int32":
            t = self.tmp()
            self.emit("%s = trunc i64 %s to i32" % (t, a))
            self.emit("%s = sext i32 %s to i64" % (self.define(result), t))
        elif name == "cast_ptr_to_int":
            self.emit("%s = ptrtoint ptr %s to i64" % (self.define(result), a))
        else:
            raise CompileError("no machine code for " + name)

    def assemble_ovf(self, which: str, a: str, b: str, result: AbstractValue) -> None:
        pair = self.tmp()
        flag = self.tmp()
        self.emit("%s = call {i64, i1} @llvm.%s.with.overflow.i64(i64 %s, i64 %s)" % (pair, which, a, b))
        self.emit("%s = extractvalue {i64, i1} %s, 0" % (self.define(result), pair))
        self.emit("%s = extractvalue {i64, i1} %s, 1" % (flag, pair))
        self.overflow_flag = flag

    def assemble_lshift_ovf(self, a: str, b: str, result: AbstractValue) -> None:
        count = self.tmp()
        back = self.tmp()
        lost = self.tmp()
        big = self.tmp()
        nonzero = self.tmp()
        big_lost = self.tmp()
        flag = self.tmp()
        self.emit("%s = and i64 %s, 63" % (count, b))
        r = self.define(result)
        self.emit("%s = shl i64 %s, %s" % (r, a, count))
        self.emit("%s = ashr i64 %s, %s" % (back, r, count))
        self.emit("%s = icmp ne i64 %s, %s" % (lost, back, a))
        self.emit("%s = icmp ugt i64 %s, 63" % (big, b))
        self.emit("%s = icmp ne i64 %s, 0" % (nonzero, a))
        self.emit("%s = and i1 %s, %s" % (big_lost, big, nonzero))
        self.emit("%s = or i1 %s, %s" % (flag, lost, big_lost))
        self.overflow_flag = flag

    def assemble_signed_division(self, is_mod: bool, a: str, b: str, result: AbstractValue) -> None:
        zero, minus1, bad, safe, q, other = (self.tmp(), self.tmp(), self.tmp(), self.tmp(), self.tmp(),
                                             self.tmp())
        self.emit("%s = icmp eq i64 %s, 0" % (zero, b))
        self.emit("%s = icmp eq i64 %s, -1" % (minus1, b))
        self.emit("%s = or i1 %s, %s" % (bad, zero, minus1))
        self.emit("%s = select i1 %s, i64 1, i64 %s" % (safe, bad, b))
        if is_mod:
            self.emit("%s = srem i64 %s, %s" % (q, a, safe))
            self.emit("%s = select i1 %s, i64 0, i64 %s" % (self.define(result), bad, q))
        else:
            self.emit("%s = sdiv i64 %s, %s" % (q, a, safe))
            self.emit("%s = sub i64 0, %s" % (other, a))
            chosen = self.tmp()
            self.emit("%s = select i1 %s, i64 %s, i64 %s" % (chosen, minus1, other, q))
            self.emit("%s = select i1 %s, i64 0, i64 %s" % (self.define(result), zero, chosen))


def _contains(boxes: list[AbstractValue], box: AbstractValue) -> bool:
    for b in boxes:
        if b is box:
            return True
    return False


PROF_METADATA = '!0 = !{!"branch_weights", i32 2000, i32 1}\n!1 = !{!"branch_weights", i32 1, i32 2000}\n'
