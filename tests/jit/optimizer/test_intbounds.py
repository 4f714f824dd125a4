"""Integer ranges: comparisons decided by earlier guards, masks, lengths, overflow checks dropped."""

import pytest

from jit.optimizer import InvalidLoop
from jit.optimizer.intbound import IntBound, bound_of_size
from kit.rlib.rarithmetic import MAXINT, MININT

from .support import Checker


def test_comparison_after_guard():
    Checker().check_bridge("""
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) []
    i2 = int_lt(i0, 20)
    i3 = int_ge(i0, 10)
    i4 = int_le(i0, 9)
    i5 = int_gt(i0, 5)
    finish(i2, i3, i4, i5)
    """, """
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) []
    i5 = int_gt(i0, 5)
    finish(1, 0, 1, i5)
    """)


def test_guard_false_gives_the_negation():
    Checker().check_bridge("""
    [i0]
    i1 = int_lt(i0, 10)
    guard_false(i1) []
    i2 = int_ge(i0, 10)
    finish(i2)
    """, """
    [i0]
    i1 = int_lt(i0, 10)
    guard_false(i1) []
    finish(1)
    """)


def test_two_variables():
    Checker().check_bridge("""
    [i0, i1]
    i3 = int_lt(i1, 100)
    guard_true(i3) []
    i2 = int_lt(i0, i1)
    guard_true(i2) []
    i4 = int_lt(i0, 99)
    finish(i4)
    """, """
    [i0, i1]
    i3 = int_lt(i1, 100)
    guard_true(i3) []
    i2 = int_lt(i0, i1)
    guard_true(i2) []
    finish(1)
    """)


def test_ovf_that_cannot_overflow_is_plain():
    Checker().check_bridge("""
    [i0]
    i1 = int_lt(i0, 1000)
    guard_true(i1) []
    i2 = int_gt(i0, -1000)
    guard_true(i2) []
    i3 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    i4 = int_mul_ovf(i3, 1000)
    guard_no_overflow() [i0]
    i5 = int_sub_ovf(i0, i4)
    guard_no_overflow() [i0]
    finish(i5)
    """, """
    [i0]
    i1 = int_lt(i0, 1000)
    guard_true(i1) []
    i2 = int_gt(i0, -1000)
    guard_true(i2) []
    i3 = int_add(i0, 1)
    i4 = int_mul(i3, 1000)
    i5 = int_sub(i0, i4)
    finish(i5)
    """)


def test_ovf_that_may_overflow_stays():
    Checker().check_bridge("""
    [i0]
    i3 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    i4 = int_lt(i3, 5)
    finish(i4)
    """, """
    [i0]
    i3 = int_add_ovf(i0, 1)
    guard_no_overflow() [i0]
    i4 = int_lt(i3, 5)
    finish(i4)
    """)


def test_ovf_result_is_exact():
    # after a passing int_add_ovf(i0, 1), the result is above i0's lowest value
    Checker().check_bridge("""
    [i0]
    i1 = int_ge(i0, 0)
    guard_true(i1) []
    i2 = int_add_ovf(i0, 1)
    guard_no_overflow() []
    i3 = int_gt(i2, 0)
    finish(i3)
    """, """
    [i0]
    i1 = int_ge(i0, 0)
    guard_true(i1) []
    i2 = int_add_ovf(i0, 1)
    guard_no_overflow() []
    finish(1)
    """)


def test_and_mask_and_mod():
    Checker().check_bridge("""
    [i0]
    i1 = int_and(i0, 255)
    i2 = int_lt(i1, 256)
    i3 = int_ge(i1, 0)
    i4 = int_mod(i0, 10)
    i5 = int_lt(i4, 10)
    i6 = int_gt(i4, -10)
    finish(i2, i3, i5, i6)
    """, """
    [i0]
    finish(1, 1, 1, 1)
    """)


def test_lengths_and_small_fields():
    Checker().check_bridge("""
    [p0]
    i0 = getarraysize(p0, descr=ints)
    i1 = int_ge(i0, 0)
    i2 = getfield(p0, descr=byte)
    i3 = int_le(i2, 255)
    i4 = int_lt(i2, 0)
    i5 = int_is_true(i1)
    finish(i1, i3, i4, i5)
    """, """
    [p0]
    finish(1, 1, 0, 1)
    """)


def test_int_is_true_and_eq():
    # a non-negative value that is true is at least 1
    Checker().check_bridge("""
    [i0, i1]
    i9 = int_ge(i0, 0)
    guard_true(i9) []
    i2 = int_is_true(i0)
    guard_true(i2) []
    i3 = int_eq(i0, 0)
    i4 = int_eq(i1, 7)
    guard_true(i4) []
    i5 = int_add(i1, 1)
    finish(i3, i5)
    """, """
    [i0, i1]
    i9 = int_ge(i0, 0)
    guard_true(i9) []
    i2 = int_is_true(i0)
    guard_true(i2) []
    i4 = int_eq(i1, 7)
    guard_true(i4) []
    finish(0, 8)
    """)


def test_backward_propagation_through_add():
    # i1 = i0 + 1 < 10 tells that i0 < 9
    Checker().check_bridge("""
    [i0]
    i9 = int_lt(i0, 100)
    guard_true(i9) []
    i1 = int_add(i0, 1)
    i2 = int_lt(i1, 10)
    guard_true(i2) []
    i3 = int_lt(i0, 9)
    finish(i3)
    """, """
    [i0]
    i9 = int_lt(i0, 100)
    guard_true(i9) []
    i1 = int_add(i0, 1)
    i2 = int_lt(i1, 10)
    guard_true(i2) []
    finish(1)
    """)


def test_guard_value_narrows_the_producer():
    Checker().check_bridge("""
    [i0]
    i1 = int_add_ovf(i0, 1)
    guard_no_overflow() []
    guard_value(i1, 5) []
    i2 = int_mul(i0, 3)
    finish(i2)
    """, """
    [i0]
    i1 = int_add_ovf(i0, 1)
    guard_no_overflow() []
    guard_value(i1, 5) []
    finish(12)
    """)


def test_contradiction_is_invalid():
    with pytest.raises(InvalidLoop):
        Checker().bridge("""
        [i0]
        i1 = int_lt(i0, 10)
        guard_true(i1) []
        i2 = int_gt(i0, 20)
        guard_true(i2) []
        finish(i0)
        """)


def test_intbounds_off():
    Checker(intbounds=False).check_bridge("""
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) []
    i2 = int_lt(i0, 20)
    finish(i2)
    """, """
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) []
    i2 = int_lt(i0, 20)
    finish(i2)
    """)


# ---- the range arithmetic itself ----

def test_bound_arithmetic():
    a = IntBound(-5, 10)
    b = IntBound(2, 3)
    assert (a.add_bound(b).lower, a.add_bound(b).upper) == (-3, 13)
    assert (a.sub_bound(b).lower, a.sub_bound(b).upper) == (-8, 8)
    assert (a.mul_bound(b).lower, a.mul_bound(b).upper) == (-15, 30)
    assert IntBound(0, MAXINT).add_bound(IntBound(1, 1)).is_unbounded()
    assert not IntBound(0, MAXINT).add_cannot_overflow(IntBound(1, 1))
    assert IntBound(MININT, 0).neg_bound().is_unbounded()
    assert (IntBound(-7, 3).abs_bound().lower, IntBound(-7, 3).abs_bound().upper) == (0, 7)
    assert (IntBound(0, 100).or_xor_bound(IntBound(0, 5)).upper) == 127
    assert (IntBound(-100, 100).floordiv_bound(IntBound(3, 3)).lower) == -33
    assert (IntBound(MININT, 100).floordiv_bound(IntBound(2, 2)).lower) == MININT // 2
    assert (IntBound(-100, 100).mod_bound(IntBound(7, 7)).upper) == 6
    assert (IntBound(1, 3).lshift_bound(IntBound(2, 2)).upper) == 12
    assert (IntBound(-16, 16).rshift_bound(IntBound(2, 3)).lower) == -4
    assert (bound_of_size(1, True).lower, bound_of_size(2, False).upper) == (-128, 65535)
    with pytest.raises(InvalidLoop):
        IntBound(0, 5).intersect(IntBound(6, 9))
