"""Integer ranges: what the optimizer knows about an integer value (lower <= value <= upper on
machine words), and how ranges flow through arithmetic.  Used by the intbounds pass.
"""

from __future__ import annotations

from jit.optimizer.errors import InvalidLoop
from kit.rlib.rarithmetic import MAXINT, MININT, ovfcheck


class IntBound:
    """lower <= value <= upper (both inclusive; the full range when nothing is known)."""

    def __init__(self, lower: int = MININT, upper: int = MAXINT) -> None:
        self.lower = lower
        self.upper = upper

    def clone(self) -> IntBound:
        return IntBound(self.lower, self.upper)

    def __repr__(self) -> str:
        return "IntBound(%d, %d)" % (self.lower, self.upper)

    # ---- questions ----

    def is_constant(self) -> bool:
        return self.lower == self.upper

    def has_lower(self) -> bool:
        return self.lower != MININT

    def has_upper(self) -> bool:
        return self.upper != MAXINT

    def is_unbounded(self) -> bool:
        return self.lower == MININT and self.upper == MAXINT

    def known_nonnegative(self) -> bool:
        return self.lower >= 0

    def known_nonzero(self) -> bool:
        return self.lower > 0 or self.upper < 0

    def contains(self, value: int) -> bool:
        return self.lower <= value <= self.upper

    def contains_bound(self, other: IntBound) -> bool:
        """Every value in OTHER is in self."""
        return self.lower <= other.lower and other.upper <= self.upper

    def known_lt(self, other: IntBound) -> bool:
        return self.upper < other.lower

    def known_le(self, other: IntBound) -> bool:
        return self.upper <= other.lower

    def known_disjoint(self, other: IntBound) -> bool:
        return self.upper < other.lower or other.upper < self.lower

    # ---- learning (narrowing in place; an empty range means the code cannot run) ----

    def _check(self) -> None:
        if self.lower > self.upper:
            raise InvalidLoop("an integer range became empty")

    def intersect(self, other: IntBound) -> bool:
        """Narrow to the values also in OTHER; True if anything changed."""
        changed = False
        if other.lower > self.lower:
            self.lower = other.lower
            changed = True
        if other.upper < self.upper:
            self.upper = other.upper
            changed = True
        self._check()
        return changed

    def make_le_const(self, value: int) -> bool:
        if value < self.upper:
            self.upper = value
            self._check()
            return True
        return False

    def make_ge_const(self, value: int) -> bool:
        if value > self.lower:
            self.lower = value
            self._check()
            return True
        return False

    def make_lt_const(self, value: int) -> bool:
        if value == MININT:
            raise InvalidLoop("a value below the smallest integer")
        return self.make_le_const(value - 1)

    def make_gt_const(self, value: int) -> bool:
        if value == MAXINT:
            raise InvalidLoop("a value above the largest integer")
        return self.make_ge_const(value + 1)

    def make_ne_const(self, value: int) -> bool:
        """value != VALUE only narrows when VALUE is at an end of the range."""
        if value == self.lower and value != MAXINT:
            self.lower = value + 1
            self._check()
            return True
        if value == self.upper and value != MININT:
            self.upper = value - 1
            self._check()
            return True
        return False

    # ---- arithmetic: the range of the result (wrap-around operations give the full range when
    # any combination could wrap) ----

    def add_bound(self, other: IntBound) -> IntBound:
        try:
            return IntBound(ovfcheck(self.lower + other.lower), ovfcheck(self.upper + other.upper))
        except OverflowError:
            return IntBound()

    def add_cannot_overflow(self, other: IntBound) -> bool:
        try:
            ovfcheck(self.lower + other.lower)
            ovfcheck(self.upper + other.upper)
        except OverflowError:
            return False
        return True

    def sub_bound(self, other: IntBound) -> IntBound:
        try:
            return IntBound(ovfcheck(self.lower - other.upper), ovfcheck(self.upper - other.lower))
        except OverflowError:
            return IntBound()

    def sub_cannot_overflow(self, other: IntBound) -> bool:
        try:
            ovfcheck(self.lower - other.upper)
            ovfcheck(self.upper - other.lower)
        except OverflowError:
            return False
        return True

    def mul_bound(self, other: IntBound) -> IntBound:
        try:
            a = ovfcheck(self.lower * other.lower)
            b = ovfcheck(self.lower * other.upper)
            c = ovfcheck(self.upper * other.lower)
            d = ovfcheck(self.upper * other.upper)
        except OverflowError:
            return IntBound()
        return IntBound(min(min(a, b), min(c, d)), max(max(a, b), max(c, d)))

    def mul_cannot_overflow(self, other: IntBound) -> bool:
        try:
            ovfcheck(self.lower * other.lower)
            ovfcheck(self.lower * other.upper)
            ovfcheck(self.upper * other.lower)
            ovfcheck(self.upper * other.upper)
        except OverflowError:
            return False
        return True

    def neg_bound(self) -> IntBound:
        if self.lower == MININT:
            return IntBound()
        return IntBound(-self.upper, -self.lower)

    def abs_bound(self) -> IntBound:
        if self.lower >= 0:
            return self.clone()
        if self.lower == MININT:
            return IntBound()          # abs(MININT) wraps to MININT
        if self.upper <= 0:
            return IntBound(-self.upper, -self.lower)
        return IntBound(0, max(-self.lower, self.upper))

    def invert_bound(self) -> IntBound:
        return IntBound(~self.upper, ~self.lower)

    def and_bound(self, other: IntBound) -> IntBound:
        # x & y is in [0, y] when y >= 0, whatever x is
        if self.lower >= 0 and other.lower >= 0:
            return IntBound(0, min(self.upper, other.upper))
        if self.lower >= 0:
            return IntBound(0, self.upper)
        if other.lower >= 0:
            return IntBound(0, other.upper)
        return IntBound()

    def or_xor_bound(self, other: IntBound) -> IntBound:
        # two non-negative values: the result has no bit above their highest bit
        if self.lower >= 0 and other.lower >= 0:
            return IntBound(0, _all_ones_up_to(max(self.upper, other.upper)))
        return IntBound()

    def rshift_bound(self, shift: IntBound) -> IntBound:
        if shift.lower >= 0 and shift.upper < 64:
            # the extremes are at the extreme shifts
            a = self.lower >> shift.lower
            b = self.lower >> shift.upper
            c = self.upper >> shift.lower
            d = self.upper >> shift.upper
            return IntBound(min(min(a, b), min(c, d)), max(max(a, b), max(c, d)))
        return IntBound()

    def lshift_bound(self, shift: IntBound) -> IntBound:
        if shift.lower >= 0 and shift.upper < 64 and self.lshift_cannot_overflow(shift):
            a = self.lower << shift.lower
            b = self.lower << shift.upper
            c = self.upper << shift.lower
            d = self.upper << shift.upper
            return IntBound(min(min(a, b), min(c, d)), max(max(a, b), max(c, d)))
        return IntBound()

    def lshift_cannot_overflow(self, shift: IntBound) -> bool:
        if shift.lower < 0 or shift.upper >= 64:
            return False
        s = shift.upper
        # x << s fits when x is within [MININT >> s, MAXINT >> s]
        return self.lower >= (MININT >> s) and self.upper <= (MAXINT >> s)

    def floordiv_bound(self, divisor: IntBound) -> IntBound:
        """C division (rounds toward zero) by a divisor known positive."""
        if divisor.lower > 0:
            lo = _c_div(self.lower, divisor.lower)
            lo2 = _c_div(self.lower, divisor.upper)
            hi = _c_div(self.upper, divisor.lower)
            hi2 = _c_div(self.upper, divisor.upper)
            return IntBound(min(min(lo, lo2), min(hi, hi2)), max(max(lo, lo2), max(hi, hi2)))
        return IntBound()

    def mod_bound(self, divisor: IntBound) -> IntBound:
        """C remainder: its sign is the dividend's, its size below the divisor's."""
        if divisor.lower == MININT or not divisor.known_nonzero():
            return IntBound()
        largest = max(abs(divisor.lower), abs(divisor.upper)) - 1
        if self.lower >= 0:
            return IntBound(0, min(largest, self.upper))
        if self.upper <= 0:
            return IntBound(max(-largest, self.lower), 0)
        return IntBound(-largest, largest)


def _all_ones_up_to(value: int) -> int:
    """The smallest 2**k - 1 that is >= VALUE (VALUE >= 0)."""
    mask = 0
    while mask < value:
        mask = (mask << 1) | 1
    return mask


def _c_div(a: int, b: int) -> int:
    """C division by b > 0 (rounds toward zero), without overflowing on MININT."""
    q = a // b
    if a < 0 and q * b != a:
        q += 1
    return q


def bound_of_constant(value: int) -> IntBound:
    return IntBound(value, value)


def bound_of_size(size: int, signed: bool) -> IntBound:
    """The range of an integer loaded from SIZE bytes of memory."""
    if size >= 8:
        return IntBound()       # a full word: any bit pattern
    bits = size * 8
    if signed:
        return IntBound(-(1 << (bits - 1)), (1 << (bits - 1)) - 1)
    return IntBound(0, (1 << bits) - 1)
