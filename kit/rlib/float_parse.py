"""Correctly rounded text-to-double conversion (Python's float(text) and strtod), in RPython.

Short inputs take Clinger's fast path (one exact float operation), up to 18 significant digits
the Eisel-Lemire algorithm (kit.rlib.float_lemire: 128-bit products with a table of powers of
five); longer ones are decided exactly with rbigint: an integer product for positive exponents,
a correctly rounded quotient for negative ones.
"""

from __future__ import annotations

from kit.rlib.bigtext import is_space
from kit.rlib.float_digits import pow10_big
from kit.rlib.float_lemire import eisel_lemire
from kit.rlib.float_parts import INF, NAN
from kit.rlib.rbigint import rbigint
from kit.rlib.unicodedb import transform_decimal_and_space
from kit.rlib.unicodetext import repr_str

# Decimal digits beyond this many cannot change the rounding (halfway points between doubles
# have at most 767 significant digits), except through being non-zero: a sticky digit stands in.
MAX_SIGNIFICANT = 800
# 10**k for k <= 22 is an exact double
EXACT_POW10 = [10.0 ** k for k in range(23)]


class DecimalNumber:
    """The parsed form: (-1)**negative * 0.DIGITS * 10**... as digits (str) and exponent (int).

    value = int(digits) * 10**exponent; digits has no leading zeros ("" for zero).
    """

    def __init__(self, negative: bool, digits: str, exponent: int, special: str) -> None:
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
        self.special = special          # "", "inf" or "nan"


def _is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _lower_ascii(s: str) -> str:
    chars = [" "] * len(s)
    for i in range(len(s)):
        ch = s[i]
        if "A" <= ch <= "Z":
            ch = chr(ord(ch) + 32)
        chars[i] = ch
    return "".join(chars)


def _scan_digits(s: str, i: int, end: int, out: list[str]) -> int:
    """Read digits with single underscores between them from s[i:end] into out; return the end.

    Returns -1 if an underscore is misplaced (not between two digits).
    """
    start = i
    while i < end:
        ch = s[i]
        if _is_digit(ch):
            out.append(ch)
        elif ch == "_":
            if i == start or i + 1 >= end or not _is_digit(s[i + 1]) or not _is_digit(s[i - 1]):
                return -1
        else:
            break
        i += 1
    return i


def parse_decimal(text: str) -> DecimalNumber:
    """Parse Python float() syntax (Unicode digits and spaces included); ValueError otherwise."""
    s = transform_decimal_and_space(text)
    start = 0
    end = len(s)
    while start < end and is_space(s[start]):
        start += 1
    while end > start and is_space(s[end - 1]):
        end -= 1
    negative = False
    i = start
    if i < end and (s[i] == "+" or s[i] == "-"):
        negative = s[i] == "-"
        i += 1
    rest = _lower_ascii(s[i:end])
    if rest == "inf" or rest == "infinity":
        return DecimalNumber(negative, "", 0, "inf")
    if rest == "nan":
        return DecimalNumber(negative, "", 0, "nan")
    intpart: list[str] = []
    fracpart: list[str] = []
    j = _scan_digits(s, i, end, intpart)
    if j < 0:
        raise _bad(text)
    i = j
    if i < end and s[i] == ".":
        i += 1
        if i < end and s[i] == "_":
            raise _bad(text)
        j = _scan_digits(s, i, end, fracpart)
        if j < 0:
            raise _bad(text)
        i = j
    if not intpart and not fracpart:
        raise _bad(text)
    exponent = 0
    if i < end and (s[i] == "e" or s[i] == "E"):
        i += 1
        exp_negative = False
        if i < end and (s[i] == "+" or s[i] == "-"):
            exp_negative = s[i] == "-"
            i += 1
        expdigits: list[str] = []
        j = _scan_digits(s, i, end, expdigits)
        if j < 0 or not expdigits:
            raise _bad(text)
        i = j
        for ch in expdigits:
            if exponent < 100000000:          # beyond this the value is 0 or inf anyway
                exponent = exponent * 10 + (ord(ch) - 48)
        if exp_negative:
            exponent = -exponent
    if i != end:
        raise _bad(text)
    return _normalize(negative, intpart, fracpart, exponent)


def _bad(s: str) -> ValueError:
    return ValueError("could not convert string to float: %s" % repr_str(s))


def _normalize(negative: bool, intpart: list[str], fracpart: list[str], exponent: int) -> DecimalNumber:
    """Join the digits, drop leading and trailing zeros, cap the digit count with a sticky digit."""
    exponent -= len(fracpart)
    digits = intpart + fracpart
    first = 0
    while first < len(digits) and digits[first] == "0":
        first += 1
    last = len(digits)
    while last > first and digits[last - 1] == "0":
        last -= 1
        exponent += 1
    if first == last:
        return DecimalNumber(negative, "", 0, "")
    if last - first > MAX_SIGNIFICANT:
        # the dropped digits are not all zero (trailing zeros are gone): keep a sticky 1
        exponent += last - first - MAX_SIGNIFICANT - 1
        kept = digits[first:first + MAX_SIGNIFICANT]
        kept.append("1")
        return DecimalNumber(negative, "".join(kept), exponent, "")
    return DecimalNumber(negative, "".join(digits[first:last]), exponent, "")


def decimal_to_float(number: DecimalNumber) -> float:
    """The double nearest to the parsed number (ties to even), with its sign."""
    if number.special == "inf":
        value = INF
    elif number.special == "nan":
        value = NAN
    else:
        value = _magnitude(number.digits, number.exponent)
    return -value if number.negative else value


def _magnitude(digits: str, exponent: int) -> float:
    n = len(digits)
    if n == 0:
        return 0.0
    if n + exponent > 310:          # >= 10**309: beyond the largest double
        return INF
    if n + exponent < -325:         # < 10**-325: below half the smallest subnormal
        return 0.0
    if n <= 18:
        mantissa = 0
        i = 0
        while i < n:
            mantissa = mantissa * 10 + (ord(digits[i]) - 48)
            i += 1
        return _from_mantissa(mantissa, n, exponent)
    big = rbigint.fromstr(digits)
    if exponent >= 0:
        try:
            return big.mul(pow10_big(exponent)).tofloat()
        except OverflowError:
            return INF
    try:
        return big.truediv(pow10_big(-exponent))
    except OverflowError:
        return INF


def _from_mantissa(mantissa: int, n: int, exponent: int) -> float:
    """mantissa * 10**exponent for a mantissa of n <= 18 decimal digits (mantissa < 10**n)."""
    if mantissa == 0:
        return 0.0
    if n <= 15:
        if 0 <= exponent <= 22:
            return float(mantissa) * EXACT_POW10[exponent]
        if -22 <= exponent < 0:
            return float(mantissa) / EXACT_POW10[-exponent]
        if 22 < exponent <= 22 + 15 - n:
            # move some of the power into the mantissa, which stays exact (below 10**15)
            return float(mantissa * 10 ** (exponent - 22)) * EXACT_POW10[22]
    return eisel_lemire(mantissa, exponent)


def _is_ascii_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def _plain_to_float(s: str) -> tuple[bool, float]:
    """(True, float(s)) when s is plain ASCII `[+-]DIGITS[.DIGITS][(e|E)[+-]DIGITS]` with at most 18
    significant digits, read in one pass; (False, 0.0) for anything else (the general parser)."""
    n = len(s)
    i = 0
    negative = False
    if i < n and (s[i] == "+" or s[i] == "-"):
        negative = s[i] == "-"
        i += 1
    mantissa = 0
    significant = 0             # digits from the first non-zero one on
    exponent = 0
    digits = 0
    while i < n and _is_ascii_digit(s[i]):
        d = ord(s[i]) - 48
        if mantissa != 0 or d != 0:
            significant += 1
            mantissa = mantissa * 10 + d
        digits += 1
        i += 1
    if i < n and s[i] == ".":
        i += 1
        while i < n and _is_ascii_digit(s[i]):
            d = ord(s[i]) - 48
            if mantissa != 0 or d != 0:
                significant += 1
                mantissa = mantissa * 10 + d
            exponent -= 1
            digits += 1
            i += 1
    if digits == 0 or significant > 18:
        return False, 0.0
    if i < n and (s[i] == "e" or s[i] == "E"):
        i += 1
        exp_negative = False
        if i < n and (s[i] == "+" or s[i] == "-"):
            exp_negative = s[i] == "-"
            i += 1
        value = 0
        exp_digits = 0
        while i < n and _is_ascii_digit(s[i]) and exp_digits < 6:
            value = value * 10 + (ord(s[i]) - 48)
            exp_digits += 1
            i += 1
        if exp_digits == 0:
            return False, 0.0
        exponent += -value if exp_negative else value
    if i != n:
        return False, 0.0
    magnitude = _from_mantissa(mantissa, significant, exponent)
    return True, -magnitude if negative else magnitude


def string_to_float(s: str) -> float:
    """Python's float(s) for text: correctly rounded; ValueError on bad text."""
    plain, value = _plain_to_float(s)
    if plain:
        return value
    return decimal_to_float(parse_decimal(s))
