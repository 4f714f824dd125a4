"""The numeric tower against Python's own arithmetic (fractions for exact, floats for inexact)."""

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from languages.scheme import numbers as num
from languages.scheme.numbers import W_Fixnum, W_Flonum, W_Ratnum
from languages.scheme.numformat import flonum_to_string, number_to_string, parse_number
from languages.scheme.objects import SchemeError

small = st.integers(min_value=-10**6, max_value=10**6)
nonzero = small.filter(lambda n: n != 0)


def exact(value: Fraction):
    return num.make_rational(num.make_int(value.numerator), num.make_int(value.denominator))


def as_fraction(n) -> Fraction:
    if isinstance(n, W_Fixnum):
        return Fraction(n.intval)
    assert isinstance(n, W_Ratnum)
    assert n.den.intval > 1
    assert math.gcd(n.num.intval, n.den.intval) == 1
    return Fraction(n.num.intval, n.den.intval)


fractions = st.builds(Fraction, small, nonzero)


@given(fractions, fractions)
def test_exact_arithmetic_matches_fractions(a, b):
    x, y = exact(a), exact(b)
    assert as_fraction(num.add(x, y)) == a + b
    assert as_fraction(num.sub(x, y)) == a - b
    assert as_fraction(num.mul(x, y)) == a * b
    if b != 0:
        assert as_fraction(num.div(x, y)) == a / b
    assert num.compare(x, y) == (a > b) - (a < b)


@given(small, nonzero)
def test_integer_division_families(a, b):
    q, r = num.floor_divide("floor/", num.make_int(a), num.make_int(b))
    assert (q.intval, r.intval) == (a // b, a % b)
    q, r = num.truncate_divide("truncate/", num.make_int(a), num.make_int(b))
    assert q.intval == int(a / b) if abs(a) < 2**52 else True
    assert q.intval * b + r.intval == a
    assert r.intval == 0 or (r.intval < 0) == (a < 0)


@given(fractions)
def test_rounding_of_rationals(a):
    x = exact(a)
    assert as_fraction(num.rounding("floor", x)) == math.floor(a)
    assert as_fraction(num.rounding("ceiling", x)) == math.ceil(a)
    assert as_fraction(num.rounding("truncate", x)) == math.trunc(a)
    assert as_fraction(num.rounding("round", x)) == round(a)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15))
def test_float_rounding(f):
    assert num.rounding("round", W_Flonum(f)).floatval == float(round(f))
    assert num.rounding("floor", W_Flonum(f)).floatval == float(math.floor(f))


@settings(max_examples=500)
@given(st.floats())
def test_flonum_text_reads_back_exactly(f):
    text = flonum_to_string(f)
    back = parse_number(text, 10)
    assert isinstance(back, W_Flonum)
    if math.isnan(f):
        assert math.isnan(back.floatval)
    else:
        assert back.floatval == f and math.copysign(1, back.floatval) == math.copysign(1, f)


@given(st.integers(min_value=-2**63 + 1, max_value=2**63 - 1), st.sampled_from([2, 8, 10, 16]))
def test_fixnum_radix_round_trip(n, radix):
    text = number_to_string(W_Fixnum(n), radix)
    assert int(text, radix) == n
    assert parse_number(text, radix).intval == n


@given(st.integers(min_value=-2**50, max_value=2**50), st.integers(min_value=0, max_value=60))
def test_exact_of_float_is_exact(k, e):
    f = k / 2 ** e
    assert as_fraction(num.to_exact(W_Flonum(f))) == Fraction(f)


@given(st.integers(min_value=0, max_value=2**62))
def test_exact_integer_sqrt(n):
    root, rest = num.exact_integer_sqrt(W_Fixnum(n))
    assert root.intval == math.isqrt(n)
    assert rest.intval == n - root.intval ** 2


def test_overflow_is_a_scheme_error():
    with pytest.raises(SchemeError):
        num.mul(W_Fixnum(2**62), W_Fixnum(4))


@pytest.mark.parametrize("text,expected", [
    ("1e21", "1e21"), ("1e-7", "1e-7"), ("123.0", "123.0"), ("-0.0", "-0.0"), ("+inf.0", "+inf.0"),
    ("1.5e300", "1.5e300"), ("0.1", "0.1"),
])
def test_flonum_printing(text, expected):
    assert flonum_to_string(float(text.replace("+inf.0", "inf"))) == expected
