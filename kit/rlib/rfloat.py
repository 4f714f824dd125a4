"""Floats for RPython programs: CPython's repr and %-formatting, parsing, rounding, fmod, hashing.

Everything is exact and pure RPython (no libc): digits come from kit.rlib.float_digits, parsing
from kit.rlib.float_parse, and float bits are taken apart arithmetically by kit.rlib.float_parts.
"""

from __future__ import annotations

from kit.rlib.float_digits import fixed_digits, shortest_digits, significant_digits
from kit.rlib.float_parse import parse_decimal, string_to_float
from kit.rlib.float_parts import (
    INF,
    MIN_EXP,
    NAN,
    compose,
    copysign,
    decompose,
    isfinite,
    isinf,
    isnan,
    ldexp_exact,
    signbit,
)
from kit.rlib.rbigint import rbigint

__all__ = ["INF", "NAN", "float_repr", "float_str", "format_float", "string_to_float", "parse_decimal",
           "round_double", "float_to_rbigint", "is_integer", "fmod", "float_mod", "float_divmod",
           "copysign", "isinf", "isnan", "isfinite", "signbit", "floor", "ceil", "trunc", "frexp",
           "ldexp", "float_hash", "as_integer_ratio"]

TWO52 = 4503599627370496.0
HASH_BITS = 61
HASH_MODULUS = (1 << HASH_BITS) - 1
HASH_INF = 314159


# ---- text ---------------------------------------------------------------------------------------------

def float_repr(x: float) -> str:
    """repr(x) exactly as CPython writes it: shortest round-trip digits."""
    return format_float(x, "r", 0, add_dot_0=True)


def float_str(x: float) -> str:
    """str(x): the same as repr(x) in Python 3."""
    return float_repr(x)


def format_float(x: float, code: str, precision: int, sign: bool = False, space: bool = False,
                 alternate: bool = False, add_dot_0: bool = False) -> str:
    """CPython's '%.{precision}{code}' % x for code in 'eEfFgG', or repr style for 'r'.

    sign: the '+' flag; space: the ' ' flag; alternate: the '#' flag (keep the point and, for
    'g', the trailing zeros); add_dot_0: write '1.0' rather than '1' (format() with no type).
    """
    upper = code == "E" or code == "F" or code == "G"
    if upper:
        code = chr(ord(code) + 32)
    if precision < 0:
        precision = 6
    negative = signbit(x) and not isnan(x)
    if negative:
        prefix = "-"
    elif sign:
        prefix = "+"
    elif space:
        prefix = " "
    else:
        prefix = ""
    if isnan(x):
        return prefix + ("NAN" if upper else "nan")
    if isinf(x):
        return prefix + ("INF" if upper else "inf")
    # decimal digits, as 0.DIGITS * 10**decpt, from the mode the format code needs
    if code == "e":
        precision += 1
    elif code == "g" and precision == 0:
        precision = 1
    if x == 0.0:
        digits = "0"
        decpt = 1
    else:
        c, q = decompose(abs(x))
        if code == "r":
            digits, decpt = shortest_digits(c, q)
        elif code == "f":
            digits, decpt = fixed_digits(c, q, precision)
        elif code == "e" or code == "g":
            digits, decpt = significant_digits(c, q, precision)
        else:
            raise ValueError("format_float: unknown format code")
    return prefix + _layout(digits, decpt, code, precision, alternate, add_dot_0, upper)


def _layout(digits: str, decpt: int, code: str, precision: int, alternate: bool, add_dot_0: bool,
            upper: bool) -> str:
    """Place the decimal point, zero padding and exponent around the digits, as CPython does."""
    ndigits = len(digits)
    use_exp = False
    # how many digit positions to show (before padding): up to `shown_end`
    shown_end = ndigits
    if code == "e":
        use_exp = True
        shown_end = precision
    elif code == "f":
        shown_end = decpt + precision
    elif code == "g":
        if decpt <= -4 or decpt > (precision - 1 if add_dot_0 else precision):
            use_exp = True
        if alternate:
            shown_end = precision
    else:   # 'r'
        if decpt <= -4 or decpt > 16:
            use_exp = True
    exponent = 0
    if use_exp:
        exponent = decpt - 1
        decpt = 1
    # digits are shown over [shown_start, shown_end) relative to the first digit, with the
    # point at decpt; extend the range so that it holds the point (and a digit after it)
    shown_start = decpt - 1 if decpt <= 0 else 0
    if not use_exp and add_dot_0:
        shown_end = max(shown_end, decpt + 1)
    else:
        shown_end = max(shown_end, decpt)
    parts: list[str] = []
    if decpt <= 0:
        parts.append("0" * (decpt - shown_start))
        parts.append(".")
        parts.append("0" * (-decpt))
    else:
        parts.append("0" * (-shown_start))
    if 0 < decpt <= ndigits:
        parts.append(digits[:decpt])
        parts.append(".")
        parts.append(digits[decpt:])
    else:
        parts.append(digits)
    if ndigits < decpt:
        parts.append("0" * (decpt - ndigits))
        parts.append(".")
        parts.append("0" * (shown_end - decpt))
    else:
        parts.append("0" * (shown_end - ndigits))
    text = "".join(parts)
    if text.endswith(".") and not alternate:
        text = text[:-1]
    if use_exp:
        text += "E" if upper else "e"
        if exponent < 0:
            text += "-"
            exponent = -exponent
        else:
            text += "+"
        if exponent < 10:
            text += "0"
        text += str(exponent)
    return text


# ---- rounding and integers ----------------------------------------------------------------------------

# CPython's limits for round(x, n): beyond them the answer is x itself or a signed zero
ROUND_NDIGITS_MAX = 323
ROUND_NDIGITS_MIN = -308


def round_double(x: float, ndigits: int) -> float:
    """Python's round(x, ndigits): half-even on the exact decimal value of x.

    OverflowError if the rounded value is too large for a float.
    """
    if not isfinite(x) or x == 0.0:
        return x
    if ndigits > ROUND_NDIGITS_MAX:
        return x
    if ndigits < ROUND_NDIGITS_MIN:
        return copysign(0.0, x)
    c, q = decompose(abs(x))
    digits, decpt = fixed_digits(c, q, ndigits)
    if digits == "":
        result = 0.0
    else:
        # digits * 10**(decpt - len(digits)) read back correctly rounded
        result = string_to_float(digits + "e" + str(decpt - len(digits)))
        if isinf(result):
            raise OverflowError("rounded value too large to represent")
    return copysign(result, x)


def float_to_rbigint(x: float) -> rbigint:
    """int(x) as an rbigint; OverflowError for infinities, ValueError for NaN."""
    return rbigint.fromfloat(x)


def is_integer(x: float) -> bool:
    return isfinite(x) and floor(x) == x


def trunc(x: float) -> float:
    """x rounded toward zero, as a float (keeps -0.0, inf and nan)."""
    if not isfinite(x) or abs(x) >= TWO52 or x == 0.0:
        return x
    return copysign(float(int(x)), x)


def floor(x: float) -> float:
    t = trunc(x)
    if t > x:
        return t - 1.0
    return t


def ceil(x: float) -> float:
    t = trunc(x)
    if t < x:
        return t + 1.0
    return t


def frexp(x: float) -> tuple[float, int]:
    """(m, e) with x == m * 2**e and 0.5 <= |m| < 1 (m = x for 0, inf and nan), like math.frexp."""
    if not isfinite(x) or x == 0.0:
        return x, 0
    c, q = decompose(abs(x))
    # c has b bits: x = (c / 2**b) * 2**(q + b)
    b = 0
    while (1 << b) <= c:
        b += 1
    m = ldexp_exact(float(c), -b)
    return (-m if x < 0.0 else m), q + b


def ldexp(x: float, e: int) -> float:
    """x * 2**e correctly rounded (like math.ldexp); OverflowError if the result overflows."""
    if not isfinite(x) or x == 0.0:
        return x
    if e > 2200:
        e = 2200
    elif e < -2200:
        e = -2200
    c, q = decompose(abs(x))
    q += e
    if q < MIN_EXP:
        # a subnormal result: round c to the bits that remain, half to even
        drop = MIN_EXP - q
        if drop > 54:
            c = 0
        else:
            low = c & ((1 << drop) - 1)
            c >>= drop
            half = 1 << (drop - 1)
            if low > half or (low == half and c & 1 == 1):
                c += 1
        q = MIN_EXP
    result = compose(c, q)
    if isinf(result):
        raise OverflowError("math range error")
    return copysign(result, x)


def as_integer_ratio(x: float) -> tuple[rbigint, rbigint]:
    """(numerator, denominator) in lowest terms with a positive denominator, like float.as_integer_ratio."""
    if isnan(x):
        raise ValueError("cannot convert NaN to integer ratio")
    if isinf(x):
        raise OverflowError("cannot convert Infinity to integer ratio")
    if x == 0.0:
        return rbigint.fromint(0), rbigint.fromint(1)
    c, q = decompose(abs(x))
    while c & 1 == 0 and q < 0:
        c >>= 1
        q += 1
    num = rbigint.fromint(-c if x < 0.0 else c)
    if q >= 0:
        return num.lshift(q), rbigint.fromint(1)
    return num, rbigint.fromint(1).lshift(-q)


# ---- remainders ---------------------------------------------------------------------------------------

def fmod(x: float, y: float) -> float:
    """C's fmod: x - n*y with n = trunc(x/y), exactly; the result has the sign of x.

    NaN for y == 0, for infinite x and for NaN operands (math.fmod raises ValueError there).
    """
    if isnan(x) or isnan(y) or isinf(x) or y == 0.0:
        return NAN
    if isinf(y):
        return x
    ax = abs(x)
    ay = abs(y)
    if ax < ay:
        return x
    cx, qx = decompose(ax)
    cy, qy = decompose(ay)
    # ax = cx * 2**qx with qx >= qy: reduce cx * 2**(qx-qy) modulo cy, nine bits at a time
    r = cx % cy
    shift = qx - qy
    while shift > 0:
        step = 9 if shift > 9 else shift
        r = (r << step) % cy          # r < 2**53, so r << 9 < 2**62
        shift -= step
    return copysign(compose(r, qy), x)


def float_mod(x: float, y: float) -> float:
    """Python's x % y for floats (the result has the sign of y); ZeroDivisionError for y == 0."""
    if y == 0.0:
        raise ZeroDivisionError("float modulo")
    mod = fmod(x, y)
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            mod += y
    else:
        mod = copysign(0.0, y)
    return mod


def float_divmod(x: float, y: float) -> tuple[float, float]:
    """Python's divmod(x, y) for floats: (floor quotient, remainder); ZeroDivisionError for y == 0."""
    if y == 0.0:
        raise ZeroDivisionError("float divmod()")
    mod = fmod(x, y)
    div = (x - mod) / y
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            mod += y
            div -= 1.0
    else:
        mod = copysign(0.0, y)
    if div != 0.0:
        floordiv = floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = copysign(0.0, x / y)
    return floordiv, mod


# ---- hashing --------------------------------------------------------------------------------------------

def float_hash(x: float) -> int:
    """CPython's hash(x) for a float (equal to the int's hash for integral values).

    NaN hashes by object identity in CPython; here it gives 0 and the caller decides.
    """
    if isnan(x):
        return 0
    if isinf(x):
        return HASH_INF if x > 0.0 else -HASH_INF
    if x == 0.0:
        return 0
    c, q = decompose(abs(x))
    # c * 2**q mod 2**61-1: multiplying by 2 is a rotation of 61 bits, and 2**61 == 1
    k = q % HASH_BITS
    h = c % HASH_MODULUS
    h = ((h & ((1 << (HASH_BITS - k)) - 1)) << k) | (h >> (HASH_BITS - k))
    if x < 0.0:
        h = -h
    if h == -1:
        h = -2
    return h
