"""The pure pass: constant folding (execute_pure on constant arguments), common-subexpression
elimination of pure operations, overflow-checked arithmetic, array lengths and elidable calls
(call_pure: folded to the recorded result when every argument is constant, else emitted as call).
"""

from __future__ import annotations

from jit.metainterp.executor import execute_pure, int_ovf
from jit.metainterp.history import ConstInt
from jit.metainterp.resoperation import IS_OVF, IS_PURE, OPNAMES, ResOperation, rop
from jit.optimizer.optimizer import Optimization

# how many earlier operations of one kind are searched for a match (PyPy keeps a similar window)
MAX_RECENT = 64

COMMUTATIVE = [False] * len(OPNAMES)
for _opnum in (rop.INT_ADD, rop.INT_MUL, rop.INT_AND, rop.INT_OR, rop.INT_XOR, rop.INT_EQ, rop.INT_NE,
               rop.UINT_ADD, rop.UINT_MUL, rop.UINT_AND, rop.UINT_OR, rop.UINT_XOR, rop.UINT_EQ,
               rop.UINT_NE, rop.FLOAT_ADD, rop.FLOAT_MUL, rop.PTR_EQ, rop.PTR_NE, rop.INT_ADD_OVF,
               rop.INT_MUL_OVF):
    COMMUTATIVE[_opnum] = True


def is_commutative(opnum: int) -> bool:
    return COMMUTATIVE[opnum]


class OptPure(Optimization):
    def __init__(self, enabled: bool) -> None:
        Optimization.__init__(self)
        self.enabled = enabled
        # emitted pure operations by operation number, most recent last
        self.recent: dict[int, list[ResOperation]] = {}
        # operations known from the loop's preamble (jit/optimizer/unroll.py): always searched
        self.imported: list[ResOperation] = []
        # an overflow-checked operation waiting for its guard_no_overflow before it may be reused
        self.pending_ovf: ResOperation | None = None

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        pending = self.pending_ovf
        self.pending_ovf = None
        if pending is not None and opnum == rop.GUARD_NO_OVERFLOW:
            self.remember(pending)
        if opnum == rop.CALL_PURE:
            self.optimize_call_pure(op)
        elif not self.enabled:
            self.emit(op)
        elif IS_PURE[opnum]:
            self.optimize_pure(op)
        elif IS_OVF[opnum]:
            self.optimize_ovf(op)
        elif opnum == rop.GETARRAYSIZE or opnum == rop.GETINTERIORARRAYSIZE:
            # lengths never change: reuse an earlier read
            if not self.reuse_earlier(op):
                self.emit(op)
                self.remember(op)
        else:
            self.emit(op)

    # ---- the table of earlier operations ----

    def remember(self, op: ResOperation) -> None:
        ops = self.recent.get(op.opnum, None)
        if ops is None:
            ops = []
            self.recent[op.opnum] = ops
        ops.append(op)
        if len(ops) > MAX_RECENT:
            ops.pop(0)

    def find_earlier(self, op: ResOperation) -> ResOperation | None:
        ops = self.recent.get(op.opnum, None)
        if ops is not None:
            i = len(ops) - 1
            while i >= 0:
                if self.same_operation(ops[i], op):
                    return ops[i]
                i -= 1
        for earlier in self.imported:
            if earlier.opnum == op.opnum and self.same_operation(earlier, op):
                return earlier
        return None

    def same_operation(self, a: ResOperation, b: ResOperation) -> bool:
        if a.descr is not b.descr or len(a.args) != len(b.args):
            return False
        if self.same_args(a, b, 0, 1):
            return True
        return len(a.args) == 2 and is_commutative(a.opnum) and self.same_args(a, b, 1, 0)

    def same_args(self, a: ResOperation, b: ResOperation, first: int, second: int) -> bool:
        n = len(a.args)
        for i in range(n):
            j = i
            if n == 2:
                j = first if i == 0 else second
            if not self.getvalue(a.args[i]).same_value(self.getvalue(b.args[j])):
                return False
        return True

    def reuse_earlier(self, op: ResOperation) -> bool:
        """Replace OP's result by the result of an equal earlier operation, if there is one."""
        earlier = self.find_earlier(op)
        if earlier is None:
            return False
        result = op.result
        earlier_result = earlier.result
        assert result is not None and earlier_result is not None
        self.opt().make_equal_to(result, self.getvalue(earlier_result))
        return True

    def all_args_constant(self, op: ResOperation) -> bool:
        for arg in op.args:
            if not self.getvalue(arg).is_constant():
                return False
        return True

    # ---- operations ----

    def optimize_pure(self, op: ResOperation) -> None:
        result = op.result
        if result is None:
            self.emit(op)
            return
        if self.all_args_constant(op):
            args = [self.getvalue(arg).get_constant() for arg in op.args]
            const = execute_pure(op.opnum, args)
            if const is not None:
                self.opt().make_constant(result, const)
                return
        if self.reuse_earlier(op):
            return
        self.emit(op)
        self.remember(op)
        # r = a + b also answers r - b and r - a; r = a - b answers r + b and a - r
        if op.opnum == rop.INT_ADD:
            a, b = op.args[0], op.args[1]
            self.remember(ResOperation(rop.INT_SUB, [result, b], a))
            self.remember(ResOperation(rop.INT_SUB, [result, a], b))
        elif op.opnum == rop.INT_SUB:
            a, b = op.args[0], op.args[1]
            self.remember(ResOperation(rop.INT_ADD, [result, b], a))
            self.remember(ResOperation(rop.INT_SUB, [a, result], b))

    def optimize_ovf(self, op: ResOperation) -> None:
        result = op.result
        assert result is not None
        if self.all_args_constant(op) and len(op.args) == 2:
            value, overflowed = int_ovf(op.opnum, self.getvalue(op.args[0]).get_constant_int(),
                                        self.getvalue(op.args[1]).get_constant_int())
            if not overflowed:
                self.opt().make_constant(result, ConstInt(value))
                self.opt().remove_next_guard_no_overflow = True
                return
        if self.reuse_earlier(op):
            self.opt().remove_next_guard_no_overflow = True
            return
        self.emit(op)
        self.pending_ovf = op

    def optimize_call_pure(self, op: ResOperation) -> None:
        result = op.result
        if self.enabled:
            if result is None:
                return                  # an elidable call whose result is unused does nothing
            if self.opt().args_as_recorded(op):
                self.opt().make_constant(result, result.constbox())
                return
            if self.reuse_earlier(op):
                return
        self.emit(op.copy_and_change(rop.CALL))
        if self.enabled:
            self.remember(op)
