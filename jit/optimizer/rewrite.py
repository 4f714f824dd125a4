"""The rewrite pass: guards that are known to pass are removed, guards on the same value are merged
(guard_nonnull + guard_class -> guard_nonnull_class), what a passed guard proves is recorded
(constants, non-null, classes), and small algebraic identities (x + 0, x * 1, x - x) are applied.

It also turns the trace-only operations the backend does not implement into ones it does
(call_loopinvariant -> call, record_exact_class and guard_future_condition dropped), so it runs
even when its optimizations are switched off.
"""

from __future__ import annotations

from jit.metainterp.descr import CallDescr
from jit.metainterp.history import INT, ConstInt
from jit.metainterp.resoperation import IS_CALL, ResOperation, rop
from jit.optimizer.errors import InvalidLoop
from jit.optimizer.optimizer import Optimization
from jit.optimizer.resumebuilder import guard_resume_descr
from jit.optimizer.values import CONST_NULL, OptValue


class OptRewrite(Optimization):
    def __init__(self, enabled: bool) -> None:
        Optimization.__init__(self)
        self.enabled = enabled
        # results of call_loopinvariant by function address: computed once per trace
        self.loopinvariant_results: dict[int, OptValue] = {}
        self.loopinvariant_ops: list[ResOperation] = []      # the calls emitted (for loop peeling)
        # a guard_not_invalidated was emitted and no call since could have invalidated the code
        self.not_invalidated_checked = False

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if opnum == rop.GUARD_FUTURE_CONDITION:
            failargs = op.failargs
            if failargs is None:
                failargs = []
            future = op.copy_and_change(opnum, descr=guard_resume_descr(op.descr, len(failargs)))
            future.failargs = list(failargs)
            self.opt().future_condition = future
            return
        if opnum == rop.RECORD_EXACT_CLASS:
            if self.enabled:
                self.getvalue(op.args[0]).make_known_class(op.args[1].constbox())
            return
        if opnum == rop.CALL_LOOPINVARIANT:
            self.optimize_call_loopinvariant(op)
            return
        if IS_CALL[opnum]:
            if not _is_elidable_call(op):
                self.not_invalidated_checked = False
            self.emit(op)
            return
        if not self.enabled:
            self.emit(op)
            return
        if opnum == rop.GUARD_TRUE:
            self.optimize_guard_bool(op, 1)
        elif opnum == rop.GUARD_FALSE:
            self.optimize_guard_bool(op, 0)
        elif opnum == rop.GUARD_VALUE:
            self.optimize_guard_value(op)
        elif opnum == rop.GUARD_CLASS:
            self.optimize_guard_class(op)
        elif opnum == rop.GUARD_NONNULL:
            self.optimize_guard_nonnull(op)
        elif opnum == rop.GUARD_ISNULL:
            self.optimize_guard_isnull(op)
        elif opnum == rop.GUARD_NONNULL_CLASS:
            self.optimize_guard_nonnull_class(op)
        elif opnum == rop.GUARD_NO_EXCEPTION:
            self.optimize_guard_no_exception(op)
        elif opnum == rop.GUARD_NOT_INVALIDATED:
            if not self.not_invalidated_checked:
                self.emit(op)
                self.not_invalidated_checked = True
        elif opnum == rop.SAME_AS or ((opnum == rop.CAST_POINTER or opnum == rop.CAST_OPAQUE_PTR)
                                      and len(op.args) == 1):
            self.replace_result(op, self.getvalue(op.args[0]))
        elif opnum == rop.PTR_EQ or opnum == rop.PTR_NE:
            self.optimize_ptr_eq(op, opnum == rop.PTR_EQ)
        elif opnum == rop.PTR_ISZERO or opnum == rop.PTR_NONZERO:
            self.optimize_ptr_iszero(op, opnum == rop.PTR_ISZERO)
        elif not self.optimize_identity(op):
            if opnum == rop.GETFIELD or opnum == rop.SETFIELD or opnum == rop.GETARRAYITEM \
                    or opnum == rop.SETARRAYITEM or opnum == rop.GETARRAYSIZE or opnum == rop.GETINTERIORFIELD \
                    or opnum == rop.SETINTERIORFIELD or opnum == rop.GETINTERIORARRAYSIZE:
                # the object was dereferenced: it is not null from here on
                self.emit(op)
                struct = self.getvalue(op.args[0])
                struct.make_nonnull()
                if opnum == rop.SETFIELD and self.enabled and not struct.is_virtual():
                    self.opt().note_field_write(struct, op.descr, self.getvalue(op.args[1]))
            else:
                self.emit(op)

    def replace_result(self, op: ResOperation, value: OptValue) -> None:
        result = op.result
        assert result is not None
        self.opt().make_equal_to(result, value)

    def constant_result(self, op: ResOperation, n: int) -> None:
        result = op.result
        assert result is not None
        self.opt().make_constant_int(result, n)

    # ---- guards ----

    def optimize_guard_bool(self, op: ResOperation, expected: int) -> None:
        # (guard_true passes on any non-zero word: its argument is a bool, but be exact anyway)
        value = self.getvalue(op.args[0])
        if value.is_constant():
            if (value.get_constant_int() != 0) != (expected != 0):
                raise InvalidLoop("guard_true/guard_false that always fails")
            return
        if expected != 0 and (value.is_nonnull() or value.getintbound().known_nonzero()):
            return                      # an earlier guard_true (or the bounds) proved it
        self.emit(op)
        if expected == 0:
            value.make_constant(ConstInt(0))
            return
        bound = value.getintbound()
        if bound.lower >= 0 and bound.upper <= 1:
            value.make_constant(ConstInt(1))
        elif bound.make_ne_const(0) and bound.is_constant():
            value.make_constant(ConstInt(bound.lower))
        else:
            # an interval cannot say "not zero" when it holds both signs: the level does (for an
            # integer, "non-null" means non-zero; virtual states ignore it for integers)
            value.make_nonnull()

    def optimize_guard_value(self, op: ResOperation) -> None:
        value = self.getvalue(op.args[0])
        expected = op.args[1].constbox()
        if value.is_constant():
            if not value.get_constant().same_constant(expected):
                raise InvalidLoop("guard_value that always fails")
            return
        if value.is_virtual():
            raise InvalidLoop("guard_value on an object the trace allocated")
        if isinstance(expected, ConstInt) and value.kind() == INT:
            if not value.getintbound().contains(expected.intvalue):
                raise InvalidLoop("guard_value outside the value's range")
        self.emit(op)
        value.make_constant(expected)

    def optimize_guard_class(self, op: ResOperation) -> None:
        value = self.getvalue(op.args[0])
        expected = op.args[1].constbox()
        known = value.get_known_class()
        if known is not None:
            if not known.same_constant(expected):
                raise InvalidLoop("guard_class that always fails")
            return
        if value.is_null():
            raise InvalidLoop("guard_class on NULL")
        position = value.last_guard_pos
        if position >= 0:
            earlier = self.opt().newoperations[position]
            if earlier.opnum == rop.GUARD_NONNULL:
                # fail at the earlier guard, whose resume data still describes a valid state
                earlier.opnum = rop.GUARD_NONNULL_CLASS
                earlier.args = [earlier.args[0], expected]
                value.make_known_class(expected)
                return
        self.emit(op)
        self.remember_guard(op, value)
        value.make_known_class(expected)

    def optimize_guard_nonnull(self, op: ResOperation) -> None:
        value = self.getvalue(op.args[0])
        if value.is_nonnull():
            return
        if value.is_null():
            raise InvalidLoop("guard_nonnull on NULL")
        self.emit(op)
        self.remember_guard(op, value)
        value.make_nonnull()

    def optimize_guard_isnull(self, op: ResOperation) -> None:
        value = self.getvalue(op.args[0])
        if value.is_null():
            return
        if value.is_nonnull():
            raise InvalidLoop("guard_isnull on an object known to exist")
        self.emit(op)
        value.make_constant(CONST_NULL)

    def optimize_guard_nonnull_class(self, op: ResOperation) -> None:
        value = self.getvalue(op.args[0])
        expected = op.args[1].constbox()
        known = value.get_known_class()
        if known is not None:
            if not known.same_constant(expected):
                raise InvalidLoop("guard_nonnull_class that always fails")
            return
        if value.is_null():
            raise InvalidLoop("guard_nonnull_class on NULL")
        if value.is_nonnull():
            op = op.copy_and_change(rop.GUARD_CLASS)
        self.emit(op)
        self.remember_guard(op, value)
        value.make_known_class(expected)

    def remember_guard(self, op: ResOperation, value: OptValue) -> None:
        position = self.opt().emitted_position(op)
        if position >= 0:
            value.last_guard_pos = position

    def optimize_guard_no_exception(self, op: ResOperation) -> None:
        # only needed right after an emitted call that may raise
        last = self.opt().last_emitted()
        if last is None or not IS_CALL[last.opnum]:
            return
        descr = last.descr
        if isinstance(descr, CallDescr) and not descr.can_raise():
            return
        self.emit(op)

    # ---- calls ----

    def optimize_call_loopinvariant(self, op: ResOperation) -> None:
        function = op.args[0]
        key = -1
        if isinstance(function, ConstInt):
            key = function.intvalue
        result = op.result
        if key != -1 and result is not None:
            known = self.loopinvariant_results.get(key, None)
            if known is not None:
                self.opt().make_equal_to(result, known)
                return
        self.not_invalidated_checked = False
        self.emit(op.copy_and_change(rop.CALL))
        if key != -1 and result is not None:
            self.loopinvariant_results[key] = self.getvalue(result)
            self.loopinvariant_ops.append(op)

    # ---- pointers ----

    def optimize_ptr_eq(self, op: ResOperation, equal: bool) -> None:
        a = self.getvalue(op.args[0])
        b = self.getvalue(op.args[1])
        if a.same_value(b):
            self.constant_result(op, 1 if equal else 0)
            return
        if _known_different(a, b) or _known_different(b, a):
            self.constant_result(op, 0 if equal else 1)
            return
        if a.is_null():
            op = ResOperation(rop.PTR_ISZERO if equal else rop.PTR_NONZERO, [op.args[1]], op.result)
            self.optimize_ptr_iszero(op, equal)
            return
        if b.is_null():
            op = ResOperation(rop.PTR_ISZERO if equal else rop.PTR_NONZERO, [op.args[0]], op.result)
            self.optimize_ptr_iszero(op, equal)
            return
        self.emit(op)

    def optimize_ptr_iszero(self, op: ResOperation, iszero: bool) -> None:
        value = self.getvalue(op.args[0])
        if value.is_nonnull():
            self.constant_result(op, 0 if iszero else 1)
        elif value.is_null():
            self.constant_result(op, 1 if iszero else 0)
        else:
            self.emit(op)

    # ---- integer identities ----

    def optimize_identity(self, op: ResOperation) -> bool:
        """x + 0, x - 0, x * 1, x * 0, x & 0, x | 0, x ^ 0, x << 0, x >> 0, x - x, x ^ x;
        True if the operation was replaced."""
        opnum = op.opnum
        if len(op.args) != 2 or op.result is None or op.result.type != INT:
            return False
        a = self.getvalue(op.args[0])
        b = self.getvalue(op.args[1])
        if opnum == rop.INT_ADD or opnum == rop.INT_OR or opnum == rop.INT_XOR:
            if _is_int(b, 0):
                self.replace_result(op, a)
                return True
            if _is_int(a, 0):
                self.replace_result(op, b)
                return True
            if opnum == rop.INT_XOR and a.same_value(b):
                self.constant_result(op, 0)
                return True
            if opnum == rop.INT_OR and a.same_value(b):
                self.replace_result(op, a)
                return True
        elif opnum == rop.INT_SUB:
            if _is_int(b, 0):
                self.replace_result(op, a)
                return True
            if a.same_value(b):
                self.constant_result(op, 0)
                return True
        elif opnum == rop.INT_MUL:
            if _is_int(b, 1):
                self.replace_result(op, a)
                return True
            if _is_int(a, 1):
                self.replace_result(op, b)
                return True
            if _is_int(a, 0) or _is_int(b, 0):
                self.constant_result(op, 0)
                return True
        elif opnum == rop.INT_AND:
            if _is_int(a, 0) or _is_int(b, 0):
                self.constant_result(op, 0)
                return True
            if _is_int(b, -1) or a.same_value(b):
                self.replace_result(op, a)
                return True
            if _is_int(a, -1):
                self.replace_result(op, b)
                return True
        elif opnum == rop.INT_LSHIFT or opnum == rop.INT_RSHIFT:
            if _is_int(b, 0):
                self.replace_result(op, a)
                return True
        elif opnum == rop.INT_FLOORDIV:
            if _is_int(b, 1):
                self.replace_result(op, a)
                return True
        return False


def _is_int(value: OptValue, n: int) -> bool:
    return value.is_constant_int() and value.get_constant_int() == n


def _known_different(a: OptValue, b: OptValue) -> bool:
    """A is an object the trace allocated and has not let escape, so nothing else can be it; or
    the two have different known classes; or one is null and the other not."""
    if a.is_virtual():
        return True
    if a.is_null() and b.is_nonnull():
        return True
    ca = a.get_known_class()
    cb = b.get_known_class()
    return ca is not None and cb is not None and not ca.same_constant(cb)


def _is_elidable_call(op: ResOperation) -> bool:
    descr = op.descr
    return isinstance(descr, CallDescr) and descr.is_elidable()
