"""One low-level graph -> one jitcode: every variable gets a register of its kind, constants are
numbered after the registers, blocks are laid out in order with jumps between them, and the
exception exits of a block become `catch_exception` handlers.
"""

from __future__ import annotations

from typing import Any

from jit.codewriter.descrs import kind_of
from jit.codewriter.jitcode import FORMATS, OPCODES, JitCode
from jit.metainterp.history import FLOAT, INT, REF, VOID
from kit.errors import KitError
from kit.flow.model import Block, Constant, FunctionGraph, Link, Variable, c_last_exception
from kit.rtyper import lltype
from kit.rtyper.lloperation import LL_OPERATIONS

_KIND_INDEX = {INT: 0, REF: 1, FLOAT: 2}
_INT_LIKE_CASTS = {"cast_bool_to_int", "cast_char_to_int", "cast_unichar_to_int", "cast_int_to_char",
                   "cast_int_to_unichar", "cast_int_to_uint", "cast_uint_to_int", "cast_int_to_int32",
                   "cast_int32_to_int", "int_neg", "int_abs", "int_invert", "int_is_true", "uint_is_true",
                   "uint_invert", "bool_not"}


class GraphAssembler:
    def __init__(self, cw: Any, graph: FunctionGraph, jitcode: JitCode) -> None:
        self.cw = cw
        self.graph = graph
        self.jitcode = jitcode
        self.regs: dict[Variable, int] = {}
        self.counts = [0, 0, 0]
        self.consts: list[list[Any]] = [[], [], []]
        self.const_index: list[dict[Any, int]] = [{}, {}, {}]
        self.code: list[int] = []
        self.label_pos: dict[Any, int] = {}
        self.fixups: list[tuple[int, Any]] = []

    # ---- registers and constants -----------------------------------------------------------------

    def assign_registers(self) -> None:
        for v in self.graph.startblock.inputargs:
            self._new_reg(v)
        for block in self.graph.iterblocks():
            for v in block.inputargs:
                self._new_reg(v)
            for op in block.operations:
                self._new_reg(op.result)
            for link in block.exits:
                for v in link.extravars():
                    self._new_reg(v)

    def _new_reg(self, v: Variable) -> None:
        if v in self.regs:
            return
        k = kind_of(v.concretetype)
        if k == VOID:
            return
        i = _KIND_INDEX[k]
        self.regs[v] = self.counts[i]
        self.counts[i] += 1

    def operand(self, v: Any, expected_kind: str | None = None) -> int:
        """The register number of a variable, or the number (after the registers) of a constant."""
        k = kind_of(v.concretetype)
        if expected_kind is not None and k != expected_kind:
            raise KitError(f"JIT codewriter: {v!r} is of kind {k}, expected {expected_kind} in {self.graph.name}")
        if isinstance(v, Variable):
            return self.regs[v]
        i = _KIND_INDEX[k]
        value = self.cw.constant_value(v.value, v.concretetype, k)
        key = (type(value).__name__, id(value) if not isinstance(value, int | float) else value)
        if isinstance(value, float):
            key = ("float", repr(value))
        found = self.const_index[i].get(key)
        if found is None:
            found = len(self.consts[i])
            self.consts[i].append(value)
            self.const_index[i][key] = found
        return -1 - found   # patched to counts[i] + index at the end

    # ---- emitting --------------------------------------------------------------------------------

    def emit(self, name: str, *operands: Any) -> None:
        fmt = FORMATS[OPCODES[name]].split()
        assert len(fmt) == len(operands), (name, operands)
        self.code.append(OPCODES[name])
        for f, value in zip(fmt, operands, strict=True):
            if f in ("I", "R", "F"):
                self.code.append(len(value))
                self.code.extend(value)
            elif f == "L":
                self.fixups.append((len(self.code), value))
                self.code.append(0)
            else:
                self.code.append(value)

    def regs_by_kind(self, values: list[Any]) -> tuple[list[int], list[int], list[int]]:
        lists: tuple[list[int], list[int], list[int]] = ([], [], [])
        for v in values:
            k = kind_of(v.concretetype)
            if k == VOID:
                continue
            lists[_KIND_INDEX[k]].append(self.operand(v))
        return lists

    def result_reg(self, op: Any) -> int:
        return self.regs[op.result]

    # ---- the graph -------------------------------------------------------------------------------

    def assemble(self) -> JitCode:
        self.assign_registers()
        emitted: set[Block] = set()
        pending = [self.graph.startblock]
        while pending:
            block = pending.pop()
            if block in emitted:
                continue
            emitted.add(block)
            self.label_pos[block] = len(self.code)
            self.emit_block(block, pending)
        for pos, target in self.fixups:
            self.code[pos] = self.label_pos[target]
        self.finish()
        return self.jitcode

    def finish(self) -> None:
        jc = self.jitcode
        # constants are numbered after the registers of their kind
        kinds_at: list[int] = []
        pos = 0
        code = self.code
        # patch operands: every negative register operand -1-k becomes counts[kind] + k
        while pos < len(code):
            opcode = code[pos]
            kinds_at.append(pos)
            pos += 1
            for f in FORMATS[opcode].split():
                if f in ("i", "r", "f"):
                    if code[pos] < 0:
                        code[pos] = self.counts[_KIND_INDEX[f]] + (-1 - code[pos])
                    pos += 1
                elif f in ("I", "R", "F"):
                    n = code[pos]
                    kind = f.lower()
                    for k in range(pos + 1, pos + 1 + n):
                        if code[k] < 0:
                            code[k] = self.counts[_KIND_INDEX[kind]] + (-1 - code[k])
                    pos += 1 + n
                else:
                    pos += 1
        jc.code = code
        jc.num_regs_i, jc.num_regs_r, jc.num_regs_f = self.counts
        jc.consts_i = list(self.consts[0])
        jc.consts_r = list(self.consts[1])
        jc.consts_f = list(self.consts[2])

    def emit_block(self, block: Block, pending: list[Block]) -> None:
        ops = block.operations
        raising = block.exitswitch is c_last_exception
        for i, op in enumerate(ops):
            self.emit_op(op)
            if raising and i == len(ops) - 1:
                self.emit_exception_exits(block, pending)
                return
        if block.exitswitch is None:
            if block.exits:
                self.emit_link(block.exits[0], pending)
            return
        if isinstance(block.exitswitch, Constant):
            taken = [link for link in block.exits if link.exitcase == bool(block.exitswitch.value)]
            self.emit_link(taken[0], pending)
            return
        false_link, true_link = block.exits
        if false_link.exitcase:
            false_link, true_link = true_link, false_link
        label = ("false", block)
        self.emit("goto_if_not", self.operand(block.exitswitch, INT), label)
        self.emit_link(true_link, pending)
        self.label_pos[label] = len(self.code)
        self.emit_link(false_link, pending)

    def emit_exception_exits(self, block: Block, pending: list[Block]) -> None:
        normal = block.exits[0]
        handler = ("exc", block)
        self.emit("catch_exception", handler)
        self.emit_link(normal, pending)
        self.label_pos[handler] = len(self.code)
        for k, link in enumerate(block.exits[1:]):
            next_label = ("exc", block, k)
            cls_index = self.cw.class_index(link.exitcase)
            self.emit("goto_if_exception_mismatch", cls_index, next_label)
            if link.last_exception is not None and link.last_exception in self.regs:
                self.emit("last_exception", self.regs[link.last_exception])
            if link.last_exc_value is not None and link.last_exc_value in self.regs:
                self.emit("last_exc_value", self.regs[link.last_exc_value])
            self.emit_link(link, pending)
            self.label_pos[next_label] = len(self.code)
        self.emit("reraise")

    def emit_link(self, link: Link, pending: list[Block]) -> None:
        target = link.target
        if target is self.graph.returnblock:
            v = link.args[0]
            k = kind_of(v.concretetype) if v.concretetype is not None else VOID
            if k == VOID:
                self.emit("void_return")
            else:
                self.emit({INT: "int_return", REF: "ref_return", FLOAT: "float_return"}[k], self.operand(v))
            return
        if target is self.graph.exceptblock:
            self.emit("raise", self.operand(link.args[1], REF))
            return
        self.emit_moves(link.args, target.inputargs)
        self.emit("goto", target)
        pending.append(target)

    def emit_moves(self, sources: list[Any], targets: list[Variable]) -> None:
        """Parallel assignment of link arguments to the target block's input registers."""
        moves = []
        for src, dst in zip(sources, targets, strict=True):
            k = kind_of(dst.concretetype)
            if k == VOID:
                continue
            s, d = self.operand(src, k), self.regs[dst]
            if s != d:
                moves.append((k, s, d))
        if not moves:
            return
        written = {(k, d) for k, _, d in moves}
        if any((k, s) in written for k, s, _ in moves):
            # some source is overwritten by another move: go through fresh registers
            temps = []
            for k, s, _ in moves:
                i = _KIND_INDEX[k]
                t = self.counts[i]
                self.counts[i] += 1
                self.emit(_COPY[k], s, t)
                temps.append(t)
            for (k, _, d), t in zip(moves, temps, strict=True):
                self.emit(_COPY[k], t, d)
            return
        for k, s, d in moves:
            self.emit(_COPY[k], s, d)

    # ---- operations ------------------------------------------------------------------------------

    def emit_op(self, op: Any) -> None:
        name = op.opname
        handler = getattr(self, "op_" + name, None)
        if handler is not None:
            handler(op)
            return
        info = LL_OPERATIONS[name]
        rk = kind_of(op.result.concretetype) if op.result.concretetype is not None else VOID
        if info.canfold or name.endswith("_ovf") or name in _INT_LIKE_CASTS:
            args = [a for a in op.args if kind_of(a.concretetype) != VOID]
            kinds = "".join(kind_of(a.concretetype) for a in args)
            if name.endswith("_ovf") and kinds == "ii":
                self.emit("int_ovf", info.num, self.operand(args[0]), self.operand(args[1]), self.result_reg(op))
                return
            if name == "int_neg_ovf":
                # -x overflows exactly when 0 - x does
                zero = Constant(0)
                zero.concretetype = lltype.Signed
                self.emit("int_ovf", LL_OPERATIONS["int_sub_ovf"].num, self.operand(zero), self.operand(args[0]),
                          self.result_reg(op))
                return
            if name == "int_between":
                self.emit_int_between(op)
                return
            form = {("ii", INT): "int_op", ("i", INT): "int_op1", ("rr", INT): "ref_op", ("r", INT): "ref_op1",
                    ("ff", FLOAT): "float_op", ("ff", INT): "float_cmp", ("f", FLOAT): "float_op1",
                    ("f", INT): "float_to_int", ("i", FLOAT): "int_to_float"}.get((kinds, rk))
            if form is None:
                raise self.unsupported(op)
            self.emit(form, info.num, *[self.operand(a) for a in args], self.result_reg(op))
            return
        raise self.unsupported(op)

    def unsupported(self, op: Any) -> KitError:
        return KitError(f"JIT codewriter: the operation {op.opname} in {self.graph.name} cannot be traced",
                        op.loc, self.graph.name,
                        hint="mark the function @dont_look_inside (kit.rlib.jit) so the JIT calls it instead")

    def emit_int_between(self, op: Any) -> None:
        from kit.rtyper.lloperation import LL_OPERATIONS as T
        a, b, c = op.args
        t1 = self._temp(INT)
        t2 = self._temp(INT)
        self.emit("int_op", T["int_le"].num, self.operand(a), self.operand(b), t1)
        self.emit("int_op", T["int_lt"].num, self.operand(b), self.operand(c), t2)
        self.emit("int_op", T["int_and"].num, t1, t2, self.result_reg(op))

    def _temp(self, kind: str) -> int:
        i = _KIND_INDEX[kind]
        t = self.counts[i]
        self.counts[i] += 1
        return t

    def _copy(self, op: Any, src: Any) -> None:
        k = kind_of(op.result.concretetype)
        if k == VOID:
            return
        self.emit(_COPY[k], self.operand(src, k), self.result_reg(op))

    def op_same_as(self, op: Any) -> None:
        self._copy(op, op.args[0])

    def op_cast_pointer(self, op: Any) -> None:
        self._copy(op, op.args[1])

    op_cast_opaque_ptr = op_cast_pointer

    def op_cast_int_to_float(self, op: Any) -> None:
        self.emit("int_to_float", LL_OPERATIONS["cast_int_to_float"].num, self.operand(op.args[0]),
                  self.result_reg(op))

    def op_cast_bool_to_float(self, op: Any) -> None:
        self.emit("int_to_float", LL_OPERATIONS["cast_int_to_float"].num, self.operand(op.args[0]),
                  self.result_reg(op))

    def op_keepalive(self, op: Any) -> None:
        pass

    op_debug_print = op_keepalive
    op_jit_assert_green = op_keepalive
    op_jit_record_known_class = op_keepalive
    op_stack_check = op_keepalive

    def op_jit_we_are_jitted(self, op: Any) -> None:
        one = Constant(1)
        one.concretetype = lltype.Signed
        self.emit("int_copy", self.operand(one), self.result_reg(op))

    def op_jit_promote(self, op: Any) -> None:
        k = kind_of(op.result.concretetype)
        self.emit({INT: "int_guard_value", REF: "ref_guard_value", FLOAT: "float_guard_value"}[k],
                  self.operand(op.args[0]), self.result_reg(op))

    op_jit_promote_string = op_jit_promote

    def op_jit_isconstant(self, op: Any) -> None:
        k = kind_of(op.args[0].concretetype)
        self.emit({INT: "int_isconstant", REF: "ref_isconstant", FLOAT: "float_isconstant"}[k],
                  self.operand(op.args[0]), self.result_reg(op))

    def op_jit_is_virtual(self, op: Any) -> None:
        zero = Constant(0)
        zero.concretetype = lltype.Signed
        self.emit("int_copy", self.operand(zero), self.result_reg(op))

    def op_jit_marker(self, op: Any) -> None:
        hint = op.args[0].value
        driver = op.args[1].value
        index = self.cw.driver_index(driver)
        if hint == "can_enter_jit":
            self.emit("loop_header", index)
            return
        values = op.args[2:]
        greens = values[:len(driver.greens)]
        reds = values[len(driver.greens):]
        gi, gr, gf = self.regs_by_kind(greens)
        ri, rr, rf = self.regs_by_kind(reds)
        self.emit("jit_merge_point", index, gi, gr, gf, ri, rr, rf)

    # memory

    def _struct_of(self, v: Any) -> Any:
        return v.concretetype.target

    def op_getfield(self, op: Any) -> None:
        k = kind_of(op.result.concretetype)
        if k == VOID:
            return
        S = self._struct_of(op.args[0])
        name = op.args[1].value
        if name == "typeptr" and kind_of(op.args[0].concretetype) == REF:
            # the class of an object: a guard in the trace, a constant after it
            self.emit("guard_class", self.operand(op.args[0]), self.result_reg(op))
            return
        descr = self.cw.descrs.field(S, name)
        if kind_of(op.args[0].concretetype) != REF:
            self.emit("getfield_raw_" + k, self.operand(op.args[0]), descr.index, self.result_reg(op))
            return
        self.emit("getfield_" + k, self.operand(op.args[0]), descr.index, self.result_reg(op))

    def op_setfield(self, op: Any) -> None:
        k = kind_of(op.args[2].concretetype)
        if k == VOID:
            return
        S = self._struct_of(op.args[0])
        descr = self.cw.descrs.field(S, op.args[1].value)
        if kind_of(op.args[0].concretetype) != REF:
            raise self.unsupported(op)
        self.emit("setfield_" + k, self.operand(op.args[0]), self.operand(op.args[2]), descr.index)

    def _array_descr(self, v_array: Any) -> Any:
        return self.cw.array_descr_for(v_array)

    def op_getarrayitem(self, op: Any) -> None:
        k = kind_of(op.result.concretetype)
        if k == VOID:
            return
        descr = self._array_descr(op.args[0])
        self.emit("getarrayitem_" + k, self.operand(op.args[0], REF), self.operand(op.args[1]), descr.index,
                  self.result_reg(op))

    def op_setarrayitem(self, op: Any) -> None:
        k = kind_of(op.args[2].concretetype)
        if k == VOID:
            return
        descr = self._array_descr(op.args[0])
        self.emit("setarrayitem_" + k, self.operand(op.args[0], REF), self.operand(op.args[1]),
                  self.operand(op.args[2]), descr.index)

    def op_getarraysize(self, op: Any) -> None:
        descr = self._array_descr(op.args[0])
        self.emit("arraylen", self.operand(op.args[0], REF), descr.index, self.result_reg(op))

    def op_getinteriorfield(self, op: Any) -> None:
        k = kind_of(op.result.concretetype)
        descr = self.cw.descrs.array(self._struct_of(op.args[0]))
        self.emit("getarrayitem_" + k, self.operand(op.args[0], REF), self.operand(op.args[2]), descr.index,
                  self.result_reg(op))

    def op_setinteriorfield(self, op: Any) -> None:
        k = kind_of(op.args[3].concretetype)
        descr = self.cw.descrs.array(self._struct_of(op.args[0]))
        self.emit("setarrayitem_" + k, self.operand(op.args[0], REF), self.operand(op.args[2]),
                  self.operand(op.args[3]), descr.index)

    def op_getinteriorarraysize(self, op: Any) -> None:
        descr = self.cw.descrs.array(self._struct_of(op.args[0]))
        self.emit("arraylen", self.operand(op.args[0], REF), descr.index, self.result_reg(op))

    def op_malloc(self, op: Any) -> None:
        T = op.args[0].value
        descr = self.cw.descrs.size(T)
        self.emit("new", descr.index, self.result_reg(op))

    def op_malloc_varsize(self, op: Any) -> None:
        T = op.args[0].value
        descr = self.cw.descrs.array(T)
        self.emit("new_array", self.operand(op.args[1], INT), descr.index, self.result_reg(op))

    # calls

    def op_direct_call(self, op: Any) -> None:
        fn = op.args[0].value
        args = op.args[1:]
        rk = kind_of(op.result.concretetype)
        callee_jitcode = self.cw.jitcode_for_function(fn)
        li, lr, lf = self.regs_by_kind(args)
        result = [] if rk == VOID else [self.result_reg(op)]
        if callee_jitcode is not None:
            self.emit("inline_call_" + rk, callee_jitcode.index, li, lr, lf, *result)
            return
        func_index, calldescr = self.cw.residual_function(fn)
        self.emit("residual_call_" + rk, func_index, calldescr.index, li, lr, lf, *result)

    def op_indirect_call(self, op: Any) -> None:
        v_fn = op.args[0]
        args = op.args[1:-1]
        graphs = op.args[-1].value
        rk = kind_of(op.result.concretetype)
        calldescr = self.cw.indirect_calldescr(v_fn.concretetype.target, graphs)
        li, lr, lf = self.regs_by_kind(args)
        result = [] if rk == VOID else [self.result_reg(op)]
        self.emit("indirect_call_" + rk, self.operand(v_fn, INT), calldescr.index, li, lr, lf, *result)


_COPY = {INT: "int_copy", REF: "ref_copy", FLOAT: "float_copy"}
