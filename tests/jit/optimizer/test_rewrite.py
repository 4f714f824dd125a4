"""Guard removal and strengthening, what passed guards prove, pointer and integer identities."""

import pytest

from jit.optimizer import InvalidLoop

from .support import Checker


def test_repeated_guard_removed():
    # guard_true passes on any non-zero word: i0 is not known to be 1 afterwards
    Checker().check_bridge("""
    [i0]
    guard_true(i0) [i0]
    guard_true(i0) [i0]
    i1 = int_add(i0, 1)
    finish(i1)
    """, """
    [i0]
    guard_true(i0) [i0]
    i1 = int_add(i0, 1)
    finish(i1)
    """)
    # ... but a comparison's result is: guard_true makes it the constant 1
    Checker().check_bridge("""
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0]
    guard_true(i1) [i0]
    i2 = int_add(i1, 1)
    finish(i2)
    """, """
    [i0]
    i1 = int_lt(i0, 10)
    guard_true(i1) [i0]
    finish(2)
    """)


def test_guard_false_makes_zero():
    Checker().check_bridge("""
    [i0]
    guard_false(i0) []
    i1 = int_is_true(i0)
    finish(i1)
    """, """
    [i0]
    guard_false(i0) []
    finish(0)
    """)


def test_guard_on_known_constant_removed_or_invalid():
    Checker().check_bridge("""
    [i0]
    guard_true(1) []
    guard_value(7, 7) []
    finish(i0)
    """, """
    [i0]
    finish(i0)
    """)
    with pytest.raises(InvalidLoop):
        Checker().bridge("""
        [i0]
        guard_value(i0, 3) []
        guard_value(i0, 4) []
        finish(i0)
        """)


def test_guard_value_makes_constant():
    Checker().check_bridge("""
    [p0]
    guard_value(p0, ConstPtr(obj)) []
    guard_nonnull(p0) []
    i0 = ptr_eq(p0, ConstPtr(obj))
    finish(p0, i0)
    """, """
    [p0]
    guard_value(p0, ConstPtr(obj)) []
    finish(ConstPtr(obj), 1)
    """)


def test_guard_class_repeated_and_after_allocation():
    Checker().check_bridge("""
    [p0]
    guard_class(p0, ConstClass(NodeClass)) [p0]
    guard_class(p0, ConstClass(NodeClass)) [p0]
    guard_nonnull(p0) [p0]
    guard_nonnull_class(p0, ConstClass(NodeClass)) [p0]
    p1 = new_with_vtable(descr=node)
    guard_class(p1, ConstClass(NodeClass)) []
    guard_nonnull(p1) []
    escape(p1)
    finish(p0)
    """, """
    [p0]
    guard_class(p0, ConstClass(NodeClass)) [p0]
    p1 = new_with_vtable(descr=node)
    escape(p1)
    finish(p0)
    """)


def test_guard_class_contradiction_is_invalid():
    with pytest.raises(InvalidLoop):
        Checker().bridge("""
        [p0]
        guard_class(p0, ConstClass(NodeClass)) []
        guard_class(p0, ConstClass(OtherClass)) []
        finish(p0)
        """)


def test_guard_nonnull_then_class_becomes_nonnull_class():
    checker = Checker()
    got = checker.check_bridge("""
    [p0, i0]
    guard_nonnull(p0) [i0]
    i1 = int_add(i0, 1)
    guard_true(i1) [i1]
    guard_class(p0, ConstClass(NodeClass)) [p0, i1]
    finish(i1)
    """, """
    [p0, i0]
    guard_nonnull_class(p0, ConstClass(NodeClass)) [i0]
    i1 = int_add(i0, 1)
    guard_true(i1) [i1]
    finish(i1)
    """)
    # the merged guard keeps the first guard's resume data
    assert got.operations[0].failargs == [got.inputargs[1]]


def test_guard_nonnull_class_on_known_nonnull_is_guard_class():
    Checker().check_bridge("""
    [p0]
    i0 = getfield(p0, descr=value)
    guard_nonnull_class(p0, ConstClass(NodeClass)) []
    finish(i0)
    """, """
    [p0]
    i0 = getfield(p0, descr=value)
    guard_class(p0, ConstClass(NodeClass)) []
    finish(i0)
    """)


def test_guard_isnull():
    Checker().check_bridge("""
    [p0]
    guard_isnull(p0) []
    guard_isnull(p0) []
    i0 = ptr_iszero(p0)
    finish(p0, i0)
    """, """
    [p0]
    guard_isnull(p0) []
    finish(NULL, 1)
    """)


def test_record_exact_class():
    Checker().check_bridge("""
    [p0]
    record_exact_class(p0, ConstClass(NodeClass))
    guard_class(p0, ConstClass(NodeClass)) []
    finish(p0)
    """, """
    [p0]
    finish(p0)
    """)


def test_guard_no_exception_only_after_a_call_that_may_raise():
    Checker().check_bridge("""
    [p0, i0]
    guard_no_exception() []
    i1 = call(111, i0, descr=noraise)
    guard_no_exception() []
    i2 = call(222, p0, descr=anything)
    guard_no_exception() [i2]
    guard_no_exception() [i2]
    finish(i1, i2)
    """, """
    [p0, i0]
    i1 = call(111, i0, descr=noraise)
    i2 = call(222, p0, descr=anything)
    guard_no_exception() [i2]
    finish(i1, i2)
    """)


def test_guard_not_invalidated_once_until_a_call():
    Checker().check_bridge("""
    [p0]
    guard_not_invalidated() []
    guard_not_invalidated() []
    call(222, p0, descr=anyvoid)
    guard_not_invalidated() []
    finish(p0)
    """, """
    [p0]
    guard_not_invalidated() []
    call(222, p0, descr=anyvoid)
    guard_not_invalidated() []
    finish(p0)
    """)


def test_guard_future_condition_is_removed():
    Checker().check_bridge("""
    [i0]
    guard_future_condition() [i0]
    finish(i0)
    """, """
    [i0]
    finish(i0)
    """)


def test_same_as_and_cast_pointer():
    Checker().check_bridge("""
    [i0, p0]
    i1 = same_as(i0)
    p1 = cast_pointer(p0)
    i2 = int_add(i1, 1)
    finish(i2, p1)
    """, """
    [i0, p0]
    i2 = int_add(i0, 1)
    finish(i2, p0)
    """)


def test_ptr_eq():
    Checker().check_bridge("""
    [p0, p1]
    i0 = ptr_eq(p0, p0)
    i1 = ptr_ne(p0, p0)
    p2 = new(descr=plain)
    i2 = ptr_eq(p2, p0)
    i3 = ptr_eq(p0, NULL)
    guard_class(p1, ConstClass(NodeClass)) []
    guard_class(p0, ConstClass(OtherClass)) []
    i4 = ptr_eq(p0, p1)
    finish(i0, i1, i2, i3, i4)
    """, """
    [p0, p1]
    i3 = ptr_iszero(p0)
    guard_class(p1, ConstClass(NodeClass)) []
    guard_class(p0, ConstClass(OtherClass)) []
    finish(1, 0, 0, i3, 0)
    """)


def test_integer_identities():
    Checker(intbounds=False).check_bridge("""
    [i0, i1]
    i2 = int_add(i0, 0)
    i3 = int_mul(1, i1)
    i4 = int_sub(i0, i0)
    i5 = int_xor(i1, i1)
    i6 = int_and(i0, 0)
    i7 = int_or(0, i1)
    i8 = int_lshift(i0, 0)
    i9 = int_mul(i0, 0)
    finish(i2, i3, i4, i5, i6, i7, i8, i9)
    """, """
    [i0, i1]
    finish(i0, i1, 0, 0, 0, i1, i0, 0)
    """)


def test_call_loopinvariant_once():
    Checker().check_bridge("""
    [i0]
    i1 = call_loopinvariant(777, descr=invariant)
    i2 = call_loopinvariant(777, descr=invariant)
    i3 = call_loopinvariant(888, descr=invariant)
    finish(i1, i2, i3)
    """, """
    [i0]
    i1 = call(777, descr=invariant)
    i3 = call(888, descr=invariant)
    finish(i1, i1, i3)
    """)


def test_rewrite_off_keeps_guards():
    Checker(rewrite=False, intbounds=False).check_bridge("""
    [i0]
    guard_true(i0) []
    guard_true(i0) []
    guard_future_condition() []
    finish(i0)
    """, """
    [i0]
    guard_true(i0) []
    guard_true(i0) []
    finish(i0)
    """)
