"""The integer-bounds pass: a range for every integer value, from constants, arithmetic, masks,
lengths and the guards on comparisons; comparisons it can decide become constants, and overflow
checks that cannot fail become plain operations.
"""

from __future__ import annotations

from jit.metainterp.descr import ArrayDescr, FieldDescr
from jit.metainterp.history import INT, AbstractValue, ConstInt
from jit.metainterp.resoperation import IS_COMPARISON, ResOperation, rop
from jit.optimizer.errors import InvalidLoop
from jit.optimizer.intbound import IntBound, bound_of_size
from jit.optimizer.optimizer import Optimization
from jit.optimizer.values import OptValue
from kit.rlib.rarithmetic import MAXINT, MININT

MAX_BACKWARD_DEPTH = 4


def _sat_add(a: int, b: int) -> int:
    """a + b clamped to the machine range (a, b words; no overflow in the computation)."""
    if b > 0 and a > MAXINT - b:
        return MAXINT
    if b < 0 and a < MININT - b:
        return MININT
    return a + b


def _sat_sub(a: int, b: int) -> int:
    if b < 0 and a > MAXINT + b:
        return MAXINT
    if b > 0 and a < MININT + b:
        return MININT
    return a - b


class OptIntBounds(Optimization):
    def __init__(self) -> None:
        Optimization.__init__(self)
        # the operation that computed an integer box (to learn about its arguments from a guard)
        self.producers: dict[AbstractValue, ResOperation] = {}

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if opnum == rop.GUARD_TRUE or opnum == rop.GUARD_FALSE:
            self.optimize_guard_bool(op)
        elif opnum == rop.GUARD_VALUE:
            self.optimize_guard_value(op)
        elif opnum == rop.INT_ADD_OVF or opnum == rop.INT_SUB_OVF or opnum == rop.INT_MUL_OVF:
            self.optimize_ovf(op)
        elif IS_COMPARISON[opnum] and op.result is not None and len(op.args) == 2:
            self.optimize_comparison(op)
        elif opnum == rop.INT_IS_TRUE:
            self.optimize_int_is_true(op)
        elif opnum == rop.INT_BETWEEN:
            self.optimize_int_between(op)
        else:
            self.emit(op)
            result = op.result
            if result is not None and result.type == INT:
                self.learn_result(op)

    # ---- results ----

    def argbound(self, op: ResOperation, i: int) -> IntBound:
        return self.getvalue(op.args[i]).getintbound()

    def result_bound(self, op: ResOperation) -> IntBound | None:
        """What the operation's arguments say about its result (None: nothing)."""
        opnum = op.opnum
        if opnum == rop.INT_ADD:
            return self.argbound(op, 0).add_bound(self.argbound(op, 1))
        if opnum == rop.INT_SUB:
            return self.argbound(op, 0).sub_bound(self.argbound(op, 1))
        if opnum == rop.INT_MUL:
            return self.argbound(op, 0).mul_bound(self.argbound(op, 1))
        if opnum == rop.INT_AND or opnum == rop.UINT_AND:
            return self.argbound(op, 0).and_bound(self.argbound(op, 1))
        if opnum == rop.INT_OR or opnum == rop.INT_XOR:
            return self.argbound(op, 0).or_xor_bound(self.argbound(op, 1))
        if opnum == rop.INT_RSHIFT:
            return self.argbound(op, 0).rshift_bound(self.argbound(op, 1))
        if opnum == rop.INT_LSHIFT:
            return self.argbound(op, 0).lshift_bound(self.argbound(op, 1))
        if opnum == rop.INT_FLOORDIV:
            return self.argbound(op, 0).floordiv_bound(self.argbound(op, 1))
        if opnum == rop.INT_MOD:
            return self.argbound(op, 0).mod_bound(self.argbound(op, 1))
        if opnum == rop.INT_NEG:
            return self.argbound(op, 0).neg_bound()
        if opnum == rop.INT_ABS:
            return self.argbound(op, 0).abs_bound()
        if opnum == rop.INT_INVERT:
            return self.argbound(op, 0).invert_bound()
        if opnum == rop.CAST_INT_TO_CHAR:
            return IntBound(0, 255)
        if opnum == rop.CAST_INT_TO_UNICHAR:
            return IntBound(0, 0xFFFFFFFF)
        if opnum == rop.CAST_INT_TO_INT32:
            return IntBound(-(1 << 31), (1 << 31) - 1)
        if (opnum == rop.CAST_CHAR_TO_INT or opnum == rop.CAST_UNICHAR_TO_INT or opnum == rop.CAST_BOOL_TO_INT
                or opnum == rop.CAST_INT_TO_UINT or opnum == rop.CAST_UINT_TO_INT):
            # the same bits: the same value when read as signed
            return self.argbound(op, 0).clone()
        if opnum == rop.GETARRAYSIZE or opnum == rop.GETINTERIORARRAYSIZE:
            return IntBound(0, MAXINT)
        if opnum == rop.GETFIELD:
            descr = op.descr
            if isinstance(descr, FieldDescr):
                if descr.never_negative:
                    return IntBound(0, MAXINT)
                return bound_of_size(descr.size, descr.is_signed)
            return None
        if opnum == rop.GETARRAYITEM or opnum == rop.GETINTERIORFIELD:
            adescr = op.descr
            if isinstance(adescr, ArrayDescr):
                return bound_of_size(adescr.itemsize, adescr.is_signed)
            return None
        if IS_COMPARISON[opnum]:
            return IntBound(0, 1)
        return None

    def learn_result(self, op: ResOperation) -> None:
        result = op.result
        assert result is not None
        value = self.getvalue(result)
        if value.is_constant():
            return
        bound = self.result_bound(op)
        if bound is not None:
            self.narrow(value, bound)
        if op.opnum == rop.INT_ADD or op.opnum == rop.INT_SUB:
            self.producers[result] = op

    def narrow(self, value: OptValue, bound: IntBound) -> bool:
        """Intersect VALUE's range with BOUND; a range of one value makes it a constant."""
        if value.is_constant():
            if not bound.contains(value.get_constant_int()):
                raise InvalidLoop("a constant outside the range it must be in")
            return False
        own = value.getintbound()
        changed = own.intersect(bound)
        if own.is_constant():
            value.make_constant(ConstInt(own.lower))
        return changed

    # ---- comparisons ----

    def optimize_comparison(self, op: ResOperation) -> None:
        known = self.decide_comparison(op.opnum, self.getvalue(op.args[0]), self.getvalue(op.args[1]))
        result = op.result
        assert result is not None
        if known >= 0:
            self.opt().make_constant_int(result, known)
            return
        self.emit(op)
        self.narrow(self.getvalue(result), IntBound(0, 1))
        self.producers[result] = op

    def decide_comparison(self, opnum: int, a: OptValue, b: OptValue) -> int:
        """1 or 0 if the ranges decide the comparison, else -1."""
        if a.kind() != INT or b.kind() != INT:
            return -1
        ba = a.getintbound()
        bb = b.getintbound()
        if opnum == rop.UINT_LT or opnum == rop.UINT_LE or opnum == rop.UINT_GT or opnum == rop.UINT_GE:
            if not (ba.known_nonnegative() and bb.known_nonnegative()):
                return -1
            opnum = opnum - rop.UINT_LT + rop.INT_LT
        if opnum == rop.INT_LT:
            return _decided(ba.known_lt(bb), bb.known_le(ba))
        if opnum == rop.INT_LE:
            return _decided(ba.known_le(bb), bb.known_lt(ba))
        if opnum == rop.INT_GT:
            return _decided(bb.known_lt(ba), ba.known_le(bb))
        if opnum == rop.INT_GE:
            return _decided(bb.known_le(ba), ba.known_lt(bb))
        if opnum == rop.INT_EQ or opnum == rop.UINT_EQ:
            if a.same_value(b):
                return 1
            return _decided(False, ba.known_disjoint(bb) or _nonzero_vs_zero(a, b))
        if opnum == rop.INT_NE or opnum == rop.UINT_NE:
            if a.same_value(b):
                return 0
            return _decided(ba.known_disjoint(bb) or _nonzero_vs_zero(a, b), False)
        return -1

    def optimize_int_is_true(self, op: ResOperation) -> None:
        value = self.getvalue(op.args[0])
        bound = value.getintbound()
        result = op.result
        assert result is not None
        if bound.known_nonzero() or value.is_nonnull():
            self.opt().make_constant_int(result, 1)
            return
        if bound.is_constant() and bound.lower == 0:
            self.opt().make_constant_int(result, 0)
            return
        if bound.lower == 0 and bound.upper == 1:
            self.opt().make_equal_to(result, value)     # already a bool
            return
        self.emit(op)
        self.narrow(self.getvalue(result), IntBound(0, 1))
        self.producers[result] = op

    def optimize_int_between(self, op: ResOperation) -> None:
        # a <= b < c
        a = self.argbound(op, 0)
        b = self.argbound(op, 1)
        c = self.argbound(op, 2)
        result = op.result
        assert result is not None
        if a.known_le(b) and b.known_lt(c):
            self.opt().make_constant_int(result, 1)
            return
        if b.known_lt(a) or c.known_le(b):
            self.opt().make_constant_int(result, 0)
            return
        self.emit(op)
        self.narrow(self.getvalue(result), IntBound(0, 1))

    # ---- overflow checks ----

    def optimize_ovf(self, op: ResOperation) -> None:
        a = self.argbound(op, 0)
        b = self.argbound(op, 1)
        opnum = op.opnum
        if opnum == rop.INT_ADD_OVF:
            safe = a.add_cannot_overflow(b)
            plain = rop.INT_ADD
        elif opnum == rop.INT_SUB_OVF:
            safe = a.sub_cannot_overflow(b)
            plain = rop.INT_SUB
        else:
            safe = a.mul_cannot_overflow(b)
            plain = rop.INT_MUL
        if safe:
            self.emit(op.copy_and_change(plain))
            self.opt().remove_next_guard_no_overflow = True
        else:
            self.emit(op)
        result = op.result
        assert result is not None
        value = self.getvalue(result)
        if value.is_constant():
            return
        # when the guard_no_overflow passes, the result is the exact value
        if opnum == rop.INT_ADD_OVF:
            bound = IntBound(_sat_add(a.lower, b.lower), _sat_add(a.upper, b.upper))
            self.producers[result] = op
        elif opnum == rop.INT_SUB_OVF:
            bound = IntBound(_sat_sub(a.lower, b.upper), _sat_sub(a.upper, b.lower))
            self.producers[result] = op
        else:
            bound = a.mul_bound(b)
        self.narrow(value, bound)

    # ---- guards: what passing them says ----

    def optimize_guard_bool(self, op: ResOperation) -> None:
        self.emit(op)
        box = op.args[0]
        producer = self.producers.get(box, None)
        if producer is not None:
            self.learn_from_comparison(producer, op.opnum == rop.GUARD_TRUE)

    def optimize_guard_value(self, op: ResOperation) -> None:
        self.emit(op)
        box = op.args[0]
        if box.type == INT and not box.is_constant():
            constant = op.args[1]
            if isinstance(constant, ConstInt):
                # the rewrite pass made the box the constant: tell the operation that computed it
                self.propagate_to_producer(box, 0)

    def learn_from_comparison(self, cmp: ResOperation, holds: bool) -> None:
        opnum = cmp.opnum
        if opnum == rop.INT_IS_TRUE:
            box = cmp.args[0]
            if holds:
                self.learn_nonzero(box)
                bound = self.getvalue(box).getintbound()
                if bound.lower == 0 or bound.upper == 0:
                    narrowed = bound.clone()
                    narrowed.make_ne_const(0)
                    self.narrow_and_propagate(box, narrowed, 0)
            else:
                self.narrow_and_propagate(box, IntBound(0, 0), 0)
            return
        if len(cmp.args) != 2:
            return
        a = cmp.args[0]
        b = cmp.args[1]
        if a.type != INT or b.type != INT:
            return
        if opnum == rop.UINT_LT or opnum == rop.UINT_LE or opnum == rop.UINT_GT or opnum == rop.UINT_GE:
            # unsigned order agrees with the signed one only for non-negative values
            if not (self.getvalue(a).getintbound().known_nonnegative()
                    and self.getvalue(b).getintbound().known_nonnegative()):
                return
            opnum = opnum - rop.UINT_LT + rop.INT_LT
        if not holds:
            opnum = _negated(opnum)
        if opnum == rop.INT_GT:
            a, b, opnum = b, a, rop.INT_LT
        elif opnum == rop.INT_GE:
            a, b, opnum = b, a, rop.INT_LE
        ba = self.getvalue(a).getintbound()
        bb = self.getvalue(b).getintbound()
        if opnum == rop.INT_LT:
            # a < b: a <= b.upper - 1, b >= a.lower + 1
            if bb.upper == MININT or ba.lower == MAXINT:
                raise InvalidLoop("a comparison that cannot hold")
            self.narrow_and_propagate(a, IntBound(MININT, bb.upper - 1), 0)
            self.narrow_and_propagate(b, IntBound(ba.lower + 1, MAXINT), 0)
        elif opnum == rop.INT_LE:
            self.narrow_and_propagate(a, IntBound(MININT, bb.upper), 0)
            self.narrow_and_propagate(b, IntBound(ba.lower, MAXINT), 0)
        elif opnum == rop.INT_EQ or opnum == rop.UINT_EQ:
            both = ba.clone()
            both.intersect(bb)
            self.narrow_and_propagate(a, both, 0)
            self.narrow_and_propagate(b, both.clone(), 0)
        elif opnum == rop.INT_NE or opnum == rop.UINT_NE:
            if bb.is_constant() and bb.lower == 0:
                self.learn_nonzero(a)
            elif ba.is_constant() and ba.lower == 0:
                self.learn_nonzero(b)
            if bb.is_constant():
                narrowed = ba.clone()
                if narrowed.make_ne_const(bb.lower):
                    self.narrow_and_propagate(a, narrowed, 0)
            elif ba.is_constant():
                narrowed = bb.clone()
                if narrowed.make_ne_const(ba.lower):
                    self.narrow_and_propagate(b, narrowed, 0)

    def learn_nonzero(self, box: AbstractValue) -> None:
        """BOX is not zero: an interval holding both signs cannot say so, the value's level can
        (for an integer, "non-null" means non-zero)."""
        value = self.getvalue(box)
        if not value.is_constant():
            value.make_nonnull()

    def narrow_and_propagate(self, box: AbstractValue, bound: IntBound, depth: int) -> None:
        """Narrow BOX to BOUND, then what that says about the arguments of the operation that
        computed it (x = y + c narrows y too)."""
        if box.is_constant():
            if isinstance(box, ConstInt) and not bound.contains(box.intvalue):
                raise InvalidLoop("a constant outside the range it must be in")
            return
        if self.narrow(self.getvalue(box), bound):
            self.propagate_to_producer(box, depth)

    def propagate_to_producer(self, box: AbstractValue, depth: int) -> None:
        if depth >= MAX_BACKWARD_DEPTH:
            return
        value = self.getvalue(box)
        producer = self.producers.get(box, None)
        if producer is None:
            return
        opnum = producer.opnum
        if not (opnum == rop.INT_ADD or opnum == rop.INT_ADD_OVF or opnum == rop.INT_SUB
                or opnum == rop.INT_SUB_OVF):
            return
        new = value.getintbound()
        x = producer.args[0]
        y = producer.args[1]
        bx = self.getvalue(x).getintbound()
        by = self.getvalue(y).getintbound()
        exact = opnum == rop.INT_ADD_OVF or opnum == rop.INT_SUB_OVF
        if opnum == rop.INT_ADD or opnum == rop.INT_ADD_OVF:
            # x = r - y, y = r - x, when nothing wrapped
            if exact or bx.add_cannot_overflow(by):
                self.narrow_and_propagate(x, _exact_sub(new, by), depth + 1)
                self.narrow_and_propagate(y, _exact_sub(new, self.getvalue(x).getintbound()), depth + 1)
        elif opnum == rop.INT_SUB or opnum == rop.INT_SUB_OVF:
            # x = r + y, y = x - r
            if exact or bx.sub_cannot_overflow(by):
                self.narrow_and_propagate(x, _exact_add(new, by), depth + 1)
                self.narrow_and_propagate(y, _exact_sub(self.getvalue(x).getintbound(), new), depth + 1)


def _exact_add(a: IntBound, b: IntBound) -> IntBound:
    return IntBound(_sat_add(a.lower, b.lower), _sat_add(a.upper, b.upper))


def _exact_sub(a: IntBound, b: IntBound) -> IntBound:
    return IntBound(_sat_sub(a.lower, b.upper), _sat_sub(a.upper, b.lower))


def _nonzero_vs_zero(a: OptValue, b: OptValue) -> bool:
    """One value is known non-zero and the other is the constant 0."""
    if b.is_constant() and b.get_constant_int() == 0:
        return not a.is_constant() and a.is_nonnull()
    if a.is_constant() and a.get_constant_int() == 0:
        return not b.is_constant() and b.is_nonnull()
    return False


def _decided(true: bool, false: bool) -> int:
    if true:
        return 1
    if false:
        return 0
    return -1


def _negated(opnum: int) -> int:
    if opnum == rop.INT_LT:
        return rop.INT_GE
    if opnum == rop.INT_LE:
        return rop.INT_GT
    if opnum == rop.INT_GT:
        return rop.INT_LE
    if opnum == rop.INT_GE:
        return rop.INT_LT
    if opnum == rop.INT_EQ:
        return rop.INT_NE
    if opnum == rop.INT_NE:
        return rop.INT_EQ
    if opnum == rop.UINT_EQ:
        return rop.UINT_NE
    if opnum == rop.UINT_NE:
        return rop.UINT_EQ
    return opnum

