"""rfloat agrees with CPython on repr, %-formatting, parsing, rounding and float arithmetic helpers."""

import math
import struct

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kit.rlib import float_digits, float_lemire, rfloat
from kit.rlib.float_parts import compose, decompose

many = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def from_bits(bits):
    return struct.unpack("<d", struct.pack("<Q", bits))[0]


def to_bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, 1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 1e22, 1e23,
           9007199254740993.0, 123456789012345678.0, 0.0001, 0.00001, 1e-7, 2.0 ** 52, 2.0 ** 53,
           2.0 ** -1022, 2.0 ** -1074, 1e300, 1e-300, 0.3, 2.675, 0.125, 0.375, 1 / 3, 2 / 3,
           4.35, 9.995, 5e-310, 8.98846567431158e307, 4.9406564584124654e-324]

bit_patterns = st.integers(0, 2 ** 64 - 1).map(from_bits)
doubles = st.one_of(bit_patterns, st.floats(), st.sampled_from(SPECIAL),
                    st.floats(min_value=-1e6, max_value=1e6),
                    st.integers(-(2 ** 60), 2 ** 60).map(float),
                    st.decimals(allow_nan=False, allow_infinity=False, places=3,
                                min_value=-10 ** 6, max_value=10 ** 6).map(float))
finite_doubles = doubles.filter(math.isfinite)


def same_float(a, b):
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    return to_bits(a) == to_bits(b)


def outcome(func, *args):
    try:
        return ("ok", func(*args))
    except (ValueError, OverflowError, ZeroDivisionError) as exc:
        return ("raise", type(exc))


def same_outcome(a, b):
    if a[0] == "ok" and b[0] == "ok" and isinstance(a[1], float):
        return same_float(a[1], b[1])
    return a == b


# ---- decomposition ------------------------------------------------------------------------------------

@many
@given(finite_doubles.filter(lambda x: x != 0.0))
def test_decompose_is_exact(x):
    c, q = decompose(abs(x))
    assert 0 < c < 2 ** 53
    assert c * 2 ** q == abs(x) if q >= 0 else c / 2 ** -q == abs(x)
    assert c >= 2 ** 52 or q == -1074
    assert compose(c, q) == abs(x)


# ---- repr and formatting --------------------------------------------------------------------------------

@many
@given(doubles)
def test_repr_matches_cpython(x):
    assert rfloat.float_repr(x) == repr(x)
    assert rfloat.float_str(x) == str(x)


def test_repr_special_values():
    for x in SPECIAL:
        assert rfloat.float_repr(x) == repr(x), x
    for bits in range(0, 2000):
        x = from_bits(bits)
        assert rfloat.float_repr(x) == repr(x)
    for e in range(-1074, 1024):
        x = 2.0 ** e
        assert rfloat.float_repr(x) == repr(x)
        assert rfloat.float_repr(math.nextafter(x, 0)) == repr(math.nextafter(x, 0))
    for e in range(-325, 309):
        x = float("1e%d" % e)
        assert rfloat.float_repr(x) == repr(x)
        for y in (math.nextafter(x, 0), math.nextafter(x, math.inf), 5 * x, 9.5 * x):
            assert rfloat.float_repr(y) == repr(y)


def test_repr_ties_between_two_shortest_candidates():
    # c * 2**q with c a multiple of 5**k and a large q: v sits exactly between two candidates of
    # the same length, so the tie rule (even digit) decides
    for k in range(1, 23):
        for mult in (1, 3, 7, 11, 13, 9):
            c = 5 ** k * mult
            while c < 2 ** 52:
                c *= 2
            if c >= 2 ** 53:
                continue
            for q in range(0, 80, 3):
                x = float(c * 2 ** q)
                assert rfloat.float_repr(x) == repr(x)


@many
@given(doubles, st.sampled_from("eEfFgG"), st.integers(0, 30), st.booleans(), st.booleans(),
       st.booleans())
def test_percent_formatting_matches_cpython(x, code, precision, plus, space, alt):
    flags = ("+" if plus else "") + (" " if space else "") + ("#" if alt else "")
    expected = ("%" + flags + "." + str(precision) + code) % x
    assert rfloat.format_float(x, code, precision, sign=plus, space=space, alternate=alt) == expected


@many
@given(doubles, st.sampled_from("efg"), st.integers(31, 400))
def test_percent_formatting_long_precision(x, code, precision):
    if code == "f" and abs(x) > 1e100 and precision > 200:
        precision = 200
    expected = ("%." + str(precision) + code) % x
    assert rfloat.format_float(x, code, precision) == expected


@many
@given(doubles, st.integers(0, 25))
def test_format_without_type_adds_dot_zero(x, precision):
    expected = format(x, "." + str(precision))
    assert rfloat.format_float(x, "g", precision, add_dot_0=True) == expected


def test_format_examples():
    assert rfloat.format_float(1.0, "e", 0, alternate=True) == "1.e+00"
    assert rfloat.format_float(1.0, "f", 0, alternate=True) == "1."
    assert rfloat.format_float(0.5, "f", 0) == "0"
    assert rfloat.format_float(2.5, "f", 0) == "2"
    assert rfloat.format_float(-0.4, "f", 0) == "-0"
    assert rfloat.format_float(2.675, "f", 2) == "2.67"
    assert rfloat.format_float(math.nan, "f", 2, sign=True) == "+nan"
    assert rfloat.format_float(-math.inf, "E", 2) == "-INF"
    assert rfloat.format_float(1e100, "f", 0) == str(int(1e100))
    assert rfloat.format_float(123.456, "g", -1) == "%g" % 123.456


# ---- digits -----------------------------------------------------------------------------------------------

@many
@given(finite_doubles.filter(lambda x: x != 0.0))
def test_small_and_big_shortest_paths_agree(x):
    c, q = decompose(abs(x))
    k = float_digits.decimal_exponent_estimate(c, q)
    even = c & 1 == 0
    unequal = c == 1 << 52 and q > -1074
    small = float_digits._shortest_small(c, q, k, even, unequal)
    big = float_digits._shortest_big(c, q, k, even, unequal)
    if small[1] != float_digits._FAILED:
        assert small == big
    digits, decpt = big
    assert float("0." + digits + "e" + str(decpt)) == abs(x)


def test_fast_path_is_taken_for_common_values():
    for x in (0.1, 3.14, 1.5, 100.0, 12345.678, 2.0 ** 54, 0.03):
        c, q = decompose(x)
        k = float_digits.decimal_exponent_estimate(c, q)
        assert float_digits._shortest_small(c, q, k, c & 1 == 0, False)[1] != float_digits._FAILED, x


# ---- parsing ----------------------------------------------------------------------------------------------

@many
@given(doubles)
def test_parse_repr_roundtrips(x):
    assert same_float(rfloat.string_to_float(repr(x)), x)
    assert same_float(rfloat.string_to_float("%.17g" % x), x)
    assert same_float(rfloat.string_to_float("%.25e" % x), float("%.25e" % x))


@st.composite
def decimal_texts(draw):
    intpart = draw(st.text("0123456789", max_size=30))
    frac = draw(st.one_of(st.none(), st.text("0123456789", max_size=30)))
    exp = draw(st.one_of(st.none(), st.integers(-400, 400)))
    text = intpart
    if frac is not None:
        text += "." + frac
    if exp is not None:
        text += draw(st.sampled_from("eE")) + str(exp)
    sign = draw(st.sampled_from(["", "+", "-"]))
    return sign + text


@many
@given(decimal_texts())
@example("2.4703282292062327e-324")            # exactly half the smallest subnormal: rounds to 0
@example("2.4703282292062328e-324")
@example("1.7976931348623158e308")             # halfway to 2**1024: rounds to inf
@example("1.7976931348623157e308")
@example("9007199254740993")                   # 2**53 + 1: a tie
@example("9007199254740995")
@example("0." + "0" * 400 + "1e400")
@example("1" * 900 + "e-900")
@example("4.9406564584124654e-324")
@example("2.2250738585072011e-308")
def test_parse_is_correctly_rounded(text):
    assert same_outcome(outcome(rfloat.string_to_float, text), outcome(float, text))


@many
@given(st.integers(0, 2 ** 64 - 1).map(from_bits).filter(math.isfinite), st.integers(0, 2 ** 64))
def test_parse_midpoints_between_doubles(x, noise):
    # the exact decimal expansion of the midpoint between x and its successor, nudged slightly
    from decimal import Decimal, getcontext
    getcontext().prec = 1200
    y = math.nextafter(x, math.inf)
    if math.isinf(y):
        return
    mid = (Decimal(x) + Decimal(y)) / 2
    for text in (str(mid), str(mid + Decimal(10) ** (mid.adjusted() - 900)),
                 str(mid - Decimal(10) ** (mid.adjusted() - 900))):
        assert same_float(rfloat.string_to_float(text), float(text))


@many
@given(st.integers(1, 10 ** 18 - 1), st.integers(-360, 320))
@example(9007199254740993, 0)                 # ties: round to even
@example(9007199254740995, 0)
@example(17976931348623158, 292)              # halfway to 2**1024
@example(24703282292062328, -340)             # just above half the smallest subnormal
@example(22250738585072011, -324)             # around the smallest normal
@example(999999999999999999, -343)
def test_eisel_lemire_matches_float(w, q):
    # the fast path for 16-18 digits, also called directly on every exponent it accepts
    text = "%de%d" % (w, q)
    assert same_float(float_lemire.eisel_lemire(w, q), float(text))
    assert same_float(rfloat.string_to_float(text), float(text))


def test_eisel_lemire_table_is_the_published_construction():
    # 5**q for q >= 0 truncated to 128 bits; for q < 0 the reciprocal rounded up
    high, low = float_lemire.POW5_HIGH, float_lemire.POW5_LOW
    index = -float_lemire.SMALLEST_POWER_OF_TEN
    assert (high[index] & 2 ** 64 - 1, low[index]) == (1 << 63, 0)                  # 5**0 = 1
    assert (high[index + 1] & 2 ** 64 - 1) >> 61 == 0b101                           # 5 = 0b101
    value = ((high[index - 1] & 2 ** 64 - 1) << 64) | (low[index - 1] & 2 ** 64 - 1)
    assert value == 2 ** 130 // 5 + 1                                                # 1/5, rounded up
    assert len(high) == len(low) == float_lemire.LARGEST_POWER_OF_TEN - float_lemire.SMALLEST_POWER_OF_TEN + 1
    assert all(h < 0 for h in high)                 # every entry has its top bit set (as a signed word)


float_soup = st.text(alphabet="0123456789._eE+-infatyINFATY \t_\u0661\u0660\uff15\u2003\uff0e", max_size=14)


@many
@given(float_soup)
@example("1_000.5")
@example("1__0")
@example("1_.5")
@example("1._5")
@example("_1")
@example("1e1_0")
@example("1e_1")
@example(".")
@example("e5")
@example(".e5")
@example("1.e5")
@example(" -Infinity ")
@example("+nAn")
@example("infinit")
@example("\u30001.5\u2028")
@example("\x1c1.5")
def test_parse_accepts_and_rejects_like_float(text):
    assert same_outcome(outcome(rfloat.string_to_float, text), outcome(float, text))


def test_parse_special_values():
    assert rfloat.string_to_float("-0") == 0.0 and math.copysign(1, rfloat.string_to_float("-0")) < 0
    assert math.isnan(rfloat.string_to_float("nan"))
    assert rfloat.string_to_float("-inf") == -math.inf
    assert rfloat.string_to_float("1e400") == math.inf
    assert rfloat.string_to_float("1e-400") == 0.0
    assert rfloat.string_to_float("1e99999999999999999999") == math.inf


# ---- rounding ---------------------------------------------------------------------------------------------

@many
@given(doubles, st.integers(-330, 330))
@example(2.675, 2)
@example(0.125, 2)
@example(2.5, 0)
@example(-0.4, 0)
@example(1.7976931348623157e308, -308)
@example(5e-324, 323)
@example(5e-324, 324)
@example(12345.0, -2)
def test_round_double_matches_round(x, ndigits):
    assert same_outcome(outcome(rfloat.round_double, x, ndigits), outcome(round, x, ndigits))


# ---- integers and arithmetic -------------------------------------------------------------------------------

@many
@given(doubles)
def test_integer_helpers(x):
    assert rfloat.is_integer(x) == (math.isfinite(x) and x.is_integer())
    if math.isfinite(x):
        assert rfloat.float_to_rbigint(x).tolong() == int(x)
        assert same_float(rfloat.floor(x), float(math.floor(x)) if x != 0 else x)
        assert same_float(rfloat.ceil(x), math.copysign(float(math.ceil(x)), x) if abs(x) < 1 and x != 0
                          else float(math.ceil(x)) if x != 0 else x)
        assert same_float(rfloat.trunc(x), math.copysign(float(math.trunc(x)), x))
        num, den = rfloat.as_integer_ratio(x)
        assert (num.tolong(), den.tolong()) == x.as_integer_ratio()
    else:
        assert same_outcome(outcome(lambda: rfloat.float_to_rbigint(x).tolong()), outcome(int, x))
        assert same_float(rfloat.floor(x), x)


@many
@given(doubles)
def test_frexp_ldexp(x):
    m, e = rfloat.frexp(x)
    em, ee = math.frexp(x)
    assert same_float(m, em) and (e == ee or not math.isfinite(x))


@many
@given(doubles, st.integers(-2300, 2300))
def test_ldexp_matches_math(x, e):
    assert same_outcome(outcome(rfloat.ldexp, x, e), outcome(math.ldexp, x, e))


@many
@given(doubles, doubles)
@example(5.0, -3.0)
@example(-0.0, 1.0)
@example(1e308, 1e-308)
@example(5e-324, 1e308)
@example(1e308, 5e-324)
def test_fmod_mod_divmod(x, y):
    expected = outcome(math.fmod, x, y)
    if expected[0] == "raise":
        assert math.isnan(rfloat.fmod(x, y))
    else:
        assert same_float(rfloat.fmod(x, y), expected[1])
    assert same_outcome(outcome(rfloat.float_mod, x, y), outcome(lambda: x % y))
    ours = outcome(rfloat.float_divmod, x, y)
    theirs = outcome(divmod, x, y)
    if ours[0] == "ok" and theirs[0] == "ok":
        assert same_float(ours[1][0], theirs[1][0]) and same_float(ours[1][1], theirs[1][1])
    else:
        assert ours == theirs


@many
@given(doubles)
def test_float_hash_matches_cpython(x):
    if not math.isnan(x):
        assert rfloat.float_hash(x) == hash(x)


@many
@given(doubles, doubles)
def test_classification_and_copysign(x, y):
    assert rfloat.isnan(x) == math.isnan(x)
    assert rfloat.isinf(x) == math.isinf(x)
    assert rfloat.isfinite(x) == math.isfinite(x)
    assert same_float(rfloat.copysign(x, y), math.copysign(x, y)) or math.isnan(x)
    assert rfloat.signbit(x) == (math.copysign(1.0, x) < 0)


def test_zero_division():
    with pytest.raises(ZeroDivisionError):
        rfloat.float_mod(1.0, 0.0)
    with pytest.raises(ZeroDivisionError):
        rfloat.float_divmod(1.0, -0.0)


@many
@given(st.one_of(float_soup, st.text(max_size=20)))
def test_parse_error_messages_are_cpythons(text):
    try:
        expected = repr(float(text))
    except ValueError as exc:
        expected = str(exc)
    try:
        ours = rfloat.float_repr(rfloat.string_to_float(text))
    except ValueError as exc:
        ours = str(exc)
    assert ours == expected
