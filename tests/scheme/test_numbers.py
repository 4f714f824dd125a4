"""The numeric tower against Python's own arithmetic (fractions for exact, floats for inexact)."""

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.rlib.rbigint import rbigint
from languages.scheme import numbers as num
from languages.scheme.numbers import W_Bignum, W_Fixnum, W_Flonum, W_Ratnum
from languages.scheme.numformat import flonum_to_string, number_to_string, parse_number

small = st.integers(min_value=-10**6, max_value=10**6)
nonzero = small.filter(lambda n: n != 0)


def exact(value: Fraction):
    return num.make_rational(num.make_int(value.numerator), num.make_int(value.denominator))


def as_int(n) -> int:
    """The Python int of an exact integer, checking the representation invariant."""
    if isinstance(n, W_Fixnum):
        return n.intval
    assert isinstance(n, W_Bignum)
    value = n.bigval.tolong()
    assert not -2**63 <= value < 2**63, "a bignum that fits a fixnum"
    return value


def big(value: int):
    return num.from_big(rbigint.fromlong(value))


def as_fraction(n) -> Fraction:
    if not isinstance(n, W_Ratnum):
        return Fraction(as_int(n))
    assert as_int(n.den) > 1
    assert math.gcd(as_int(n.num), as_int(n.den)) == 1
    return Fraction(as_int(n.num), as_int(n.den))


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


integers = st.one_of(st.integers(min_value=-2**70, max_value=2**70), st.integers(min_value=-2**200, max_value=2**200),
                     st.sampled_from([2**63, -2**63, 2**63 - 1, -2**63 - 1, 2**64, 0, 1, -1]))


@given(integers, st.sampled_from([2, 8, 10, 16]))
def test_integer_radix_round_trip(n, radix):
    text = number_to_string(big(n), radix)
    assert int(text, radix) == n
    assert as_int(parse_number(text, radix)) == n


@given(integers, integers)
def test_big_integer_arithmetic_matches_python(a, b):
    x, y = big(a), big(b)
    assert as_int(num.add(x, y)) == a + b
    assert as_int(num.sub(x, y)) == a - b
    assert as_int(num.mul(x, y)) == a * b
    assert num.compare(x, y) == (a > b) - (a < b)
    assert as_int(num.gcd(x, y)) == math.gcd(a, b)
    if b != 0:
        q, r = num.floor_divide("floor/", x, y)
        assert (as_int(q), as_int(r)) == divmod(a, b)
        q, r = num.truncate_divide("truncate/", x, y)
        assert as_int(q) * b + as_int(r) == a and abs(as_int(r)) < abs(b)
        assert as_int(r) == 0 or (as_int(r) < 0) == (a < 0)
        assert as_fraction(num.div(x, y)) == Fraction(a, b)


@given(st.integers(min_value=0, max_value=2**300))
def test_big_exact_integer_sqrt(n):
    root, rest = num.exact_integer_sqrt(big(n))
    assert as_int(root) == math.isqrt(n)
    assert as_int(rest) == n - math.isqrt(n) ** 2


@given(integers)
def test_integer_to_float(n):
    assert num.to_float(big(n)) == float(n)


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_exact_of_float_is_exact(f):
    assert as_fraction(num.to_exact(W_Flonum(f))) == Fraction(f)


@given(st.integers(min_value=0, max_value=2**62))
def test_exact_integer_sqrt(n):
    root, rest = num.exact_integer_sqrt(W_Fixnum(n))
    assert root.intval == math.isqrt(n)
    assert rest.intval == n - root.intval ** 2


def test_fixnum_overflow_becomes_a_bignum():
    product = num.mul(W_Fixnum(2**62), W_Fixnum(4))
    assert isinstance(product, W_Bignum) and as_int(product) == 2**64
    assert isinstance(num.sub(product, product), W_Fixnum)
    assert as_int(num.negate(W_Fixnum(-2**63))) == 2**63


@pytest.mark.parametrize("text,expected", [
    ("1e21", "1e21"), ("1e-7", "1e-7"), ("123.0", "123.0"), ("-0.0", "-0.0"), ("+inf.0", "+inf.0"),
    ("1.5e300", "1.5e300"), ("0.1", "0.1"),
])
def test_flonum_printing(text, expected):
    assert flonum_to_string(float(text.replace("+inf.0", "inf"))) == expected
