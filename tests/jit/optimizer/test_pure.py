"""Constant folding and CSE of pure operations, overflow-checked arithmetic and elidable calls."""

from jit.metainterp.resoperation import rop

from .support import Checker


def test_fold_constants():
    Checker().check_bridge("""
    [i0]
    i1 = int_add(3, 4)
    i2 = int_mul(i1, 2)
    i3 = int_lt(i2, 10)
    f0 = cast_int_to_float(i2)
    f1 = float_mul(f0, 0.5)
    finish(i2, i3, f1)
    """, """
    [i0]
    finish(14, 0, 7.0)
    """)


def test_unused_pure_operations_removed():
    Checker().check_bridge("""
    [i0, p0]
    i1 = int_add(i0, 1)
    i2 = getfield(p0, descr=value)
    i3 = int_add_ovf(i0, i0)
    guard_no_overflow() []
    i4 = call(555, i0, descr=noraise)
    finish(i0)
    """, """
    [i0, p0]
    i3 = int_add_ovf(i0, i0)
    guard_no_overflow() []
    i4 = call(555, i0, descr=noraise)
    finish(i0)
    """)


def test_fold_keeps_division_by_zero():
    Checker().check_bridge("""
    [i0]
    i1 = int_floordiv(7, 0)
    finish(i1)
    """, """
    [i0]
    i1 = int_floordiv(7, 0)
    finish(i1)
    """)


def test_cse_equal_operations():
    Checker().check_bridge("""
    [i0, i1]
    i2 = int_add(i0, i1)
    i3 = int_add(i0, i1)
    i4 = int_add(i1, i0)
    i5 = int_sub(i0, i1)
    i6 = int_sub(i1, i0)
    finish(i2, i3, i4, i5, i6)
    """, """
    [i0, i1]
    i2 = int_add(i0, i1)
    i5 = int_sub(i0, i1)
    i6 = int_sub(i1, i0)
    finish(i2, i2, i2, i5, i6)
    """)


def test_cse_sees_constants_found_later():
    # i1 becomes the constant 5 by the guard: int_add(i1, 1) is then folded
    Checker().check_bridge("""
    [i0, i1]
    guard_value(i1, 5) []
    i2 = int_add(i1, 1)
    finish(i2)
    """, """
    [i0, i1]
    guard_value(i1, 5) []
    finish(6)
    """)


def test_add_sub_inverse():
    Checker().check_bridge("""
    [i0, i1]
    i2 = int_add(i0, i1)
    i3 = int_sub(i2, i1)
    i4 = int_sub(i2, i0)
    finish(i3, i4)
    """, """
    [i0, i1]
    finish(i0, i1)
    """)


def test_ovf_folded_and_guard_removed():
    Checker().check_bridge("""
    [i0]
    i1 = int_add_ovf(5, 6)
    guard_no_overflow() []
    finish(i1)
    """, """
    [i0]
    finish(11)
    """)


def test_ovf_cse_removes_second_guard():
    # (intbounds off: it would not see that i0 + i1 cannot overflow anyway)
    Checker(intbounds=False).check_bridge("""
    [i0, i1]
    i2 = int_add_ovf(i0, i1)
    guard_no_overflow() [i0]
    i3 = int_add_ovf(i0, i1)
    guard_no_overflow() [i1]
    finish(i3)
    """, """
    [i0, i1]
    i2 = int_add_ovf(i0, i1)
    guard_no_overflow() [i0]
    finish(i2)
    """)


def test_ovf_after_guard_overflow_is_not_reused():
    Checker(intbounds=False).check_bridge("""
    [i0, i1]
    i2 = int_add_ovf(i0, i1)
    guard_overflow() [i0]
    i3 = int_add_ovf(i0, i1)
    guard_no_overflow() [i1]
    finish(i3)
    """, """
    [i0, i1]
    i2 = int_add_ovf(i0, i1)
    guard_overflow() [i0]
    i3 = int_add_ovf(i0, i1)
    guard_no_overflow() [i1]
    finish(i3)
    """)


def test_call_pure_constant_args_gives_recorded_result():
    checker = Checker()
    trace = checker.parse("""
    [i0]
    i1 = call_pure(12345, 3, 4, descr=elidable)
    guard_no_exception() []
    finish(i1)
    """)
    trace.boxes["i1"].intvalue = 42
    from jit.optimizer import optimize_bridge
    got = optimize_bridge(trace, checker.options, [])
    checker.assert_equal(got, """
    [i0]
    finish(42)
    """)


def test_call_pure_cse_and_emitted_as_call():
    Checker().check_bridge("""
    [i0]
    i1 = call_pure(12345, i0, 4, descr=elidable)
    guard_no_exception() []
    i2 = call_pure(12345, i0, 4, descr=elidable)
    guard_no_exception() []
    i3 = call_pure(12345, i0, 5, descr=elidable)
    finish(i1, i2, i3)
    """, """
    [i0]
    i1 = call(12345, i0, 4, descr=elidable)
    i3 = call(12345, i0, 5, descr=elidable)
    finish(i1, i1, i3)
    """)


def test_call_pure_when_pure_is_off_is_still_a_call():
    got = Checker(pure=False).bridge("""
    [i0]
    i1 = call_pure(12345, 3, 4, descr=elidable)
    finish(i1)
    """)
    assert [op.opnum for op in got.operations] == [rop.CALL, rop.FINISH]


def test_array_length_reused():
    Checker().check_bridge("""
    [p0]
    i1 = getarraysize(p0, descr=ints)
    setarrayitem(p0, 0, 5, descr=ints)
    i2 = getarraysize(p0, descr=ints)
    finish(i1, i2)
    """, """
    [p0]
    i1 = getarraysize(p0, descr=ints)
    setarrayitem(p0, 0, 5, descr=ints)
    finish(i1, i1)
    """)


def test_pure_off_keeps_everything():
    Checker(pure=False, intbounds=False).check_bridge("""
    [i0]
    i1 = int_add(i0, 2)
    i2 = int_add(i0, 2)
    finish(i1, i2)
    """, """
    [i0]
    i1 = int_add(i0, 2)
    i2 = int_add(i0, 2)
    finish(i1, i2)
    """)
