"""The executor computes pure operations with the low-level semantics (wrap-around, C division)."""

from hypothesis import given
from hypothesis import strategies as st

from jit.metainterp.executor import execute_pure, int_binary, int_ovf
from jit.metainterp.history import ConstFloat, ConstInt
from jit.metainterp.resoperation import rop
from kit.rlib.rarithmetic import intmask

words = st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1)


@given(words, words)
def test_add_mul_wrap(a, b):
    assert int_binary(rop.INT_ADD, a, b) == intmask(a + b)
    assert int_binary(rop.INT_MUL, a, b) == intmask(a * b)
    result, overflowed = int_ovf(rop.INT_ADD_OVF, a, b)
    assert overflowed == (not -(1 << 63) <= a + b < 1 << 63)


@given(words, words.filter(lambda b: b != 0))
def test_c_division(a, b):
    q = int_binary(rop.INT_FLOORDIV, a, b)
    r = int_binary(rop.INT_MOD, a, b)
    if not (a == -(1 << 63) and b == -1):
        assert q == int(a / b) if abs(a) < 2 ** 52 and abs(b) < 2 ** 52 else True
        assert intmask(q * b + r) == a
        assert r == 0 or (r < 0) == (a < 0)


def test_execute_pure_constants():
    assert execute_pure(rop.INT_ADD, [ConstInt(2), ConstInt(3)]).getint() == 5
    assert execute_pure(rop.INT_LT, [ConstInt(2), ConstInt(3)]).getint() == 1
    assert execute_pure(rop.INT_FLOORDIV, [ConstInt(2), ConstInt(0)]) is None
    assert execute_pure(rop.FLOAT_MUL, [ConstFloat(1.5), ConstFloat(2.0)]).getfloat() == 3.0
    assert execute_pure(rop.CAST_INT_TO_FLOAT, [ConstInt(7)]).getfloat() == 7.0
    assert execute_pure(rop.INT_NEG, [ConstInt(-(1 << 63))]).getint() == -(1 << 63)
    assert execute_pure(rop.FLOAT_TRUEDIV, [ConstFloat(1.0), ConstFloat(-0.0)]).getfloat() == float("-inf")


@given(words, words, st.sampled_from(["add", "sub", "mul"]))
def test_overflow_checks_agree_with_exact_arithmetic(a, b, which):
    exact = {"add": a + b, "sub": a - b, "mul": a * b}[which]
    opnum = {"add": rop.INT_ADD_OVF, "sub": rop.INT_SUB_OVF, "mul": rop.INT_MUL_OVF}[which]
    result, overflowed = int_ovf(opnum, a, b)
    assert overflowed == (not -(1 << 63) <= exact < 1 << 63)
    assert result == intmask(exact)


@given(words, st.integers(min_value=-70, max_value=70))
def test_lshift_overflow_is_what_the_machine_code_checks(a, b):
    result, overflowed = int_ovf(rop.INT_LSHIFT_OVF, a, b)
    assert result == intmask(a << (b & 63))
    if 0 <= b < 64:
        assert overflowed == (not -(1 << 63) <= a << b < 1 << 63)
    else:
        assert overflowed == (a != 0)
