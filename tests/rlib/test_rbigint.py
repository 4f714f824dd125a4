"""rbigint agrees with Python's int on every operation (hypothesis, >= 300 examples each)."""

import math
import struct
import sys

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from kit.rlib import bigdigits
from kit.rlib.rarithmetic import MAXINT, MININT
from kit.rlib.rbigint import rbigint

from .bigint_strategies import EDGE_VALUES, big_ints, machine_ints, moderate_ints, structured


@pytest.fixture(autouse=True, scope="module")
def unlimited_int_digits():
    """CPython's own conversions are the oracle here; restore the limit so other modules see the default."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    yield
    sys.set_int_max_str_digits(old)


many = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def big(n):
    return rbigint.fromlong(n)


def check(result, expected):
    """result is an rbigint equal to the Python int expected, in normalized form."""
    assert isinstance(result, rbigint)
    assert result.tolong() == expected
    assert result.sign == (expected > 0) - (expected < 0)
    assert result.size == 0 or result.digit(result.size - 1) != 0
    assert result.size <= len(result._digits)


def outcome(func, *args):
    try:
        value = func(*args)
    except (ValueError, OverflowError, ZeroDivisionError) as exc:
        return type(exc)
    if isinstance(value, rbigint):
        return value.tolong()
    if isinstance(value, tuple):
        return tuple(v.tolong() if isinstance(v, rbigint) else v for v in value)
    return value


# ---- construction and conversion ---------------------------------------------------------------------

@many
@given(big_ints)
def test_fromlong_tolong_roundtrip(n):
    check(big(n), n)


@many
@given(machine_ints)
def test_fromint_toint(i):
    b = rbigint.fromint(i)
    check(b, i)
    assert b.toint() == i
    assert b.fits_int()


@many
@given(big_ints)
def test_toint_overflows_exactly_outside_the_word(n):
    b = big(n)
    assert b.fits_int() == (MININT <= n <= MAXINT)
    if MININT <= n <= MAXINT:
        assert b.toint() == n
    else:
        with pytest.raises(OverflowError):
            b.toint()


def _double_from_bits(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


floats = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                   st.integers(0, 2 ** 64 - 1).map(_double_from_bits),
                   st.sampled_from([0.0, -0.0, 0.5, -0.5, 1.5, 2.0 ** 63, -(2.0 ** 63), 2.0 ** 64,
                                    9.2e18, 1e308, -1e308, 2.0 ** 53 + 2, 1.7976931348623157e308]))


@many
@given(floats)
def test_fromfloat_truncates_like_int(f):
    assert outcome(rbigint.fromfloat, f) == outcome(int, f)


@many
@given(big_ints)
@example(2 ** 1024 - 2 ** 970)          # the largest int that rounds to the largest float
@example(2 ** 1024 - 2 ** 970 - 1)
@example(2 ** 1024 - 2 ** 971)
@example(2 ** 54 + 1)
@example(2 ** 54 + 3)
@example(2 ** 64 + 2 ** 11)             # exactly halfway: ties to even
@example(2 ** 64 + 3 * 2 ** 11)
def test_tofloat_is_correctly_rounded(n):
    assert outcome(lambda v: big(v).tofloat(), n) == outcome(float, n)


@many
@given(big_ints)
def test_str_and_repr(n):
    assert big(n).str() == str(n)
    assert big(n).repr() == str(n)


def _python_format(n, base):
    if n == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    m = abs(n)
    while m:
        m, d = divmod(m, base)
        out.append(digits[d])
    return ("-" if n < 0 else "") + "".join(reversed(out))


@many
@given(big_ints, st.integers(2, 36))
def test_format_any_base(n, base):
    assert big(n).format(base) == _python_format(n, base)
    if base in (2, 8, 16):
        expected = {2: format(n, "b"), 8: format(n, "o"), 16: format(n, "x")}[base]
        assert big(n).format(base) == expected


@many
@given(big_ints, st.integers(2, 36))
def test_fromstr_parses_formatted_text(n, base):
    check(rbigint.fromstr(_python_format(n, base), base), n)
    check(rbigint.fromstr(_python_format(n, base).upper(), base), n)


@st.composite
def decorated_numerals(draw):
    """Valid int() text: whitespace, sign, prefixes and underscores in random places."""
    n = draw(st.integers(0, 2 ** 200))
    base = draw(st.sampled_from([0, 2, 8, 10, 16, 36]))
    shown_base = 10 if base == 0 else base
    text = _python_format(n, shown_base)
    if draw(st.booleans()) and len(text) > 1:
        chars = list(text)
        for pos in sorted(draw(st.sets(st.integers(1, len(text) - 1), max_size=4)), reverse=True):
            chars.insert(pos, "_")
        text = "".join(chars)
    prefix = {0: "", 2: "0b", 8: "0o", 16: "0x"}.get(base, "")
    if prefix and draw(st.booleans()):
        text = draw(st.sampled_from([prefix, prefix.upper(), prefix + "_"])) + text
    sign = draw(st.sampled_from(["", "+", "-"]))
    space = st.sampled_from(["", " ", "\t", "\n ", "\u3000", "\x0b", "\xa0", "\u2029"])
    return draw(space) + sign + text + draw(space), base


@many
@given(decorated_numerals())
def test_fromstr_accepts_what_int_accepts(case):
    text, base = case
    check(rbigint.fromstr(text, base), int(text, base))


numeral_soup = st.text(alphabet="0123456789abcxzXBOo_ +-\t\x1c\xa0\u0661\u0660\uff15\U0001d7d9\u2003\uff41",
                       max_size=12)


@many
@given(numeral_soup, st.sampled_from([0, 2, 8, 10, 16, 36]))
@example("0_0", 0)
@example("010", 0)
@example("0x_f", 0)
@example("0x_f", 16)
@example("0b1", 16)
@example("1__0", 10)
@example("_1", 10)
@example("1_", 10)
@example("", 10)
@example("-", 10)
@example("0x", 16)
def test_fromstr_rejects_what_int_rejects(text, base):
    assert outcome(rbigint.fromstr, text, base) == outcome(int, text, base)


def test_fromstr_bad_base():
    with pytest.raises(ValueError):
        rbigint.fromstr("1", 1)
    with pytest.raises(ValueError):
        rbigint.fromstr("1", 37)


@many
@given(big_ints)
def test_hash_matches_cpython(n):
    assert big(n).hash() == hash(n)


@many
@given(big_ints)
def test_bit_length_sign_zero(n):
    b = big(n)
    assert b.bit_length() == n.bit_length()
    assert b.get_sign() == b.sign == (n > 0) - (n < 0)
    assert b.is_zero() == (n == 0)
    assert b.tobool() == (n != 0)


# ---- arithmetic --------------------------------------------------------------------------------------

@many
@given(big_ints, big_ints)
def test_add_sub(a, b):
    check(big(a).add(big(b)), a + b)
    check(big(a).sub(big(b)), a - b)


@many
@given(big_ints, big_ints)
@example(2 ** (31 * 100) - 1, 2 ** (31 * 100) - 1)
@example(2 ** (31 * 60) - 1, 2 ** (31 * 400) - 1)
def test_mul(a, b):
    check(big(a).mul(big(b)), a * b)


@many
@given(big_ints)
def test_square(a):
    x = big(a)
    check(x.mul(x), a * a)


@many
@given(st.integers(bigdigits.KARATSUBA_CUTOFF, 5 * bigdigits.KARATSUBA_CUTOFF),
       st.integers(bigdigits.KARATSUBA_CUTOFF, 12 * bigdigits.KARATSUBA_CUTOFF), st.randoms())
def test_mul_karatsuba_and_lopsided_sizes(adigits, bdigits, rnd):
    a = rnd.getrandbits(adigits * 31) | (1 << (adigits * 31 - 1))
    b = -(rnd.getrandbits(bdigits * 31) | 1)
    check(big(a).mul(big(b)), a * b)
    check(big(a).mul(big(a)), a * a)


@many
@given(big_ints, big_ints)
@example(2 ** 93, 2 ** 62 + 1)
@example(-(2 ** 93), 2 ** 62 + 1)
@example(2 ** (31 * 4) - 1, 2 ** (31 * 2) - 1)
def test_divmod_floordiv_mod(a, b):
    assert outcome(lambda: big(a).divmod(big(b))) == outcome(divmod, a, b)
    assert outcome(lambda: big(a).floordiv(big(b))) == outcome(lambda: a // b)
    assert outcome(lambda: big(a).mod(big(b))) == outcome(lambda: a % b)


@many
@given(structured, structured)
def test_divmod_on_digit_patterns(a, b):
    # all-ones and top-bit digits make Knuth's quotient estimate need its corrections
    assume(b != 0)
    q, r = big(a).divmod(big(b))
    check(q, a // b)
    check(r, a % b)


def test_division_add_back_step():
    # numbers for which the estimated quotient digit is one too large after the two-digit test
    # (Knuth's step D6): dividend digits [0, MASK, MASK-1 ...] against divisor [MASK, MASK ...]
    base = 2 ** 31
    cases = [
        (base ** 3 * (base // 2) - 1, base ** 2 * (base // 2) + 1),
        ((base - 1) * base ** 3 + (base - 1) * base ** 2, (base - 1) * base + (base - 1)),
        (0x7FFF_FFFF_8000_0000_0000_0000_0000_0000, 0x8000_0000_0000_0001_0000_0001),
    ]
    for k in range(2, 8):
        cases.append((base ** (2 * k) - 1, base ** k - 1))
        cases.append((base ** (2 * k) - base ** k, base ** k - base + 1))
    for a, b in cases:
        q, r = big(a).divmod(big(b))
        check(q, a // b)
        check(r, a % b)


@many
@given(big_ints, big_ints)
@example(1, 3)
@example(2 ** 2000, 3 ** 1000)
@example(1, 2 ** 1074)
@example(1, 2 ** 1075)
@example(3, 2 ** 1076)
@example(2 ** 1024, 1)
@example(2 ** 1025 - 1, 2)
@example(0, -5)
@example(-(2 ** 60) - 1, 2 ** 80 + 7)
def test_truediv_is_correctly_rounded(a, b):
    result = outcome(lambda: big(a).truediv(big(b)))
    expected = outcome(lambda: a / b)
    assert result == expected
    if isinstance(expected, float):
        assert math.copysign(1.0, result) == math.copysign(1.0, expected)


@many
@given(st.integers(-(2 ** 3000), 2 ** 3000), st.integers(1, 4200))
def test_truediv_near_subnormal_and_overflow(a, shift):
    b = 2 ** shift + (a & 7)
    assert outcome(lambda: big(a).truediv(big(b))) == outcome(lambda: a / b)
    assert outcome(lambda: big(b).truediv(big(a | 1))) == outcome(lambda: b / (a | 1))


@many
@given(moderate_ints, st.integers(0, 300))
def test_pow(a, e):
    assume(abs(a) < 2 ** 64 or e < 40)
    check(big(a).pow(big(e)), a ** e)


@many
@given(big_ints, big_ints, big_ints)
def test_pow_modulo(a, e, m):
    assume(abs(e) < 2 ** 300 or abs(m) < 2 ** 300)
    assert outcome(lambda: big(a).pow(big(e), big(m))) == outcome(pow, a, e, m)


def test_pow_errors_and_special_bases():
    with pytest.raises(ValueError):
        big(2).pow(big(-1))
    with pytest.raises(ValueError):
        big(2).pow(big(3), big(0))
    check(big(1).pow(big(10 ** 30)), 1)
    check(big(-1).pow(big(10 ** 30 + 1)), -1)
    check(big(0).pow(big(10 ** 30)), 0)
    check(big(0).pow(big(0)), 1)
    check(big(-2).pow(big(1001)), (-2) ** 1001)
    check(big(4).pow(big(99)), 4 ** 99)
    with pytest.raises(OverflowError):
        big(3).pow(big(2 ** 70))


@many
@given(big_ints, st.integers(0, 5000))
def test_shifts(a, n):
    check(big(a).lshift(n), a << n)
    check(big(a).rshift(n), a >> n)


@many
@given(big_ints, st.integers(2 ** 40, 2 ** 62))
def test_huge_right_shifts(a, n):
    check(big(a).rshift(n), a >> n)


def test_negative_shift_count():
    with pytest.raises(ValueError):
        big(1).lshift(-1)
    with pytest.raises(ValueError):
        big(1).rshift(-1)


@many
@given(big_ints, big_ints)
def test_bitwise(a, b):
    check(big(a).and_(big(b)), a & b)
    check(big(a).or_(big(b)), a | b)
    check(big(a).xor(big(b)), a ^ b)


@many
@given(big_ints)
def test_unary(a):
    check(big(a).invert(), ~a)
    check(big(a).neg(), -a)
    check(big(a).abs(), abs(a))


@many
@given(big_ints, big_ints)
def test_comparisons(a, b):
    x, y = big(a), big(b)
    assert (x.eq(y), x.ne(y), x.lt(y), x.le(y), x.gt(y), x.ge(y)) == (a == b, a != b, a < b, a <= b,
                                                                      a > b, a >= b)
    assert x.eq(big(a)) and x.le(big(a)) and x.ge(big(a))


@many
@given(big_ints, machine_ints)
def test_int_fast_paths(a, i):
    x = big(a)
    check(x.int_add(i), a + i)
    check(x.int_sub(i), a - i)
    check(x.int_mul(i), a * i)
    assert (x.int_eq(i), x.int_ne(i), x.int_lt(i), x.int_le(i), x.int_gt(i), x.int_ge(i)) == (
        a == i, a != i, a < i, a <= i, a > i, a >= i)
    assert outcome(x.int_floordiv, i) == outcome(lambda: a // i)
    assert outcome(x.int_mod, i) == outcome(lambda: a % i)
    assert outcome(x.int_divmod, i) == outcome(divmod, a, i)
    check(x.int_and_(i), a & i)
    check(x.int_or_(i), a | i)
    check(x.int_xor(i), a ^ i)


def test_small_values_stay_small():
    # the fast path keeps word-sized results in at most three digits, without extra room
    for v in EDGE_VALUES:
        if MININT <= v <= MAXINT:
            b = rbigint.fromint(v)
            assert len(b._digits) <= 3
    assert rbigint.fromint(0) is rbigint.fromint(0)
    check(rbigint.frombool(True), 1)
    check(rbigint.frombool(False), 0)


def test_known_values():
    fact = rbigint.fromint(1)
    for i in range(2, 101):
        fact = fact.int_mul(i)
    assert fact.str() == str(math.factorial(100))
    assert rbigint.fromstr("-0x_ff", 16).toint() == -255
    assert rbigint.fromint(255).format(16) == "ff"
    assert rbigint.fromint(-5).format(2) == "-101"
    assert rbigint.fromint(7).pow(rbigint.fromint(-1), rbigint.fromint(11)).toint() == 8


@many
@given(st.one_of(numeral_soup, st.text(max_size=250)), st.sampled_from([0, 10, 16]))
@example("x" * 300, 10)
@example("it's", 10)
def test_fromstr_error_messages_are_cpythons(text, base):
    try:
        expected = str(int(text, base))
    except ValueError as exc:
        expected = str(exc)
    try:
        ours = rbigint.fromstr(text, base).str()
    except ValueError as exc:
        ours = str(exc)
    assert ours == expected


@many
@given(st.lists(st.integers(0, 2 ** 31 - 1), min_size=1, max_size=8), st.integers(0, 2 ** 31 - 1),
       st.lists(st.integers(0, 2 ** 31 - 1), min_size=1, max_size=6))
def test_in_place_digit_operations(adigits, d, bdigits):
    def value(digits, size):
        return sum(x << (31 * i) for i, x in enumerate(digits[:size]))

    def normalized(digits):          # the operations take magnitudes without leading zero digits
        while len(digits) > 1 and digits[-1] == 0:
            digits = digits[:-1]
        return digits

    adigits, bdigits = normalized(adigits), normalized(bdigits)

    a = adigits + [0, 0]
    size = bigdigits.imul_digit(a, len(adigits), d)
    assert value(a, size) == value(adigits, len(adigits)) * d
    big, small = value(adigits, len(adigits)), value(bdigits, len(bdigits))
    if big < small:
        adigits, bdigits, big, small = bdigits, adigits, small, big
    z = [0] * (max(len(adigits), len(bdigits)) + 1)
    assert value(z, bigdigits.add_into(z, adigits, len(adigits), bdigits, len(bdigits))) == big + small
    a = list(adigits)
    assert value(a, bigdigits.isub(a, len(a), bdigits, len(bdigits))) == big - small
    factor = big // small if small else 0
    if factor < 2 ** 31:
        a = list(adigits)
        assert value(a, bigdigits.isubmul_digit(a, len(a), bdigits, len(bdigits), factor)) == big - small * factor


@many
@given(big_ints)
def test_bit_count_isqrt_frexp_log(n):
    import math
    b = big(n)
    assert b.bit_count() == bin(n).count("1")
    assert outcome(b.isqrt) == outcome(math.isqrt, n)
    m, e = b.frexp()
    if n == 0:
        assert (m, e) == (0.0, 0)
    else:
        assert 0.5 <= abs(m) <= 1.0 and e >= 1
        assert outcome(lambda: m * 2.0 ** e if e < 1024 else None) == outcome(
            lambda: float(n) if e < 1024 else None)
    for ours, theirs in ((b.log, math.log), (b.log2, math.log2), (b.log10, math.log10)):
        assert outcome(ours) == outcome(theirs, n)


@many
@given(big_ints, big_ints)
def test_gcd(a, b):
    import math
    check(big(a).gcd(big(b)), math.gcd(a, b))


@many
@given(big_ints, st.integers(0, 40), st.sampled_from(["big", "little"]), st.booleans())
def test_to_bytes_from_bytes(n, nbytes, order, signed):
    ours = outcome(lambda: big(n).tobytes(nbytes, order, signed))
    assert ours == outcome(lambda: n.to_bytes(nbytes, order, signed=signed))
    data = n.to_bytes((n.bit_length() + 8) // 8 + 1, order, signed=True)
    check(rbigint.frombytes(data, order, True), n)
    check(rbigint.frombytes(data, order, False), int.from_bytes(data, order, signed=False))


def test_bytes_errors_and_uintmask():
    with pytest.raises(ValueError):
        big(1).tobytes(1, "middle", False)
    with pytest.raises(OverflowError):
        big(-1).tobytes(1, "big", False)
    check(rbigint.frombytes(b"", "big", True), 0)
    for n in EDGE_VALUES:
        assert int(big(n).uintmask()) == n % 2 ** 64
