"""kit.rlib.rfloat on many inputs: every input line is a text to parse as float(); the output line
shows what rfloat makes of the value. reference.py computes the same with CPython's float.

Views: repr, %-formats with several precisions and flags, round(x, n), int(x), fmod, %, divmod,
hash, as_integer_ratio, floor/ceil/trunc, frexp, copysign/isinf/isnan, and libm functions.
"""

import math

from kit.rlib import rfloat

PRECISIONS = [0, 1, 3, 6, 12, 17]


def formats(x: float) -> list[str]:
    out: list[str] = []
    for code in ["e", "f", "g"]:
        for precision in PRECISIONS:
            out.append(rfloat.format_float(x, code, precision))
    out.append(rfloat.format_float(x, "E", 4, sign=True))
    out.append(rfloat.format_float(x, "G", 3, alternate=True))
    out.append(rfloat.format_float(x, "F", 2, space=True))
    return out


def roundings(x: float) -> list[str]:
    out: list[str] = []
    for ndigits in [0, 2, -2, 5, -20, 300]:
        try:
            out.append(rfloat.float_repr(rfloat.round_double(x, ndigits)))
        except OverflowError:
            out.append("OverflowError")
    return out


def integers(x: float) -> list[str]:
    out: list[str] = []
    try:
        out.append(rfloat.float_to_rbigint(x).str())
        num, den = rfloat.as_integer_ratio(x)
        out.append("%s/%s" % (num.str(), den.str()))
    except OverflowError:
        out.append("OverflowError")
    except ValueError:
        out.append("ValueError")
    out.append("hash=%d" % rfloat.float_hash(x))
    out.append("is_integer=%s" % ("True" if rfloat.is_integer(x) else "False"))
    return out


def arithmetic(x: float) -> list[str]:
    out: list[str] = []
    for y in [7.25, -0.5, 3.0]:
        out.append(rfloat.float_repr(rfloat.fmod(x, y)))
        out.append(rfloat.float_repr(rfloat.float_mod(x, y)))
        q, r = rfloat.float_divmod(x, y)
        out.append("%s,%s" % (rfloat.float_repr(q), rfloat.float_repr(r)))
    out.append(rfloat.float_repr(rfloat.copysign(1.5, x)))
    out.append("inf" if rfloat.isinf(x) else ("nan" if rfloat.isnan(x) else "finite"))
    return out


def finite_functions(x: float) -> list[str]:
    """Only for finite x: CPython's math raises where libm returns inf or nan."""
    out: list[str] = []
    for value in [rfloat.floor(x), rfloat.ceil(x), rfloat.trunc(x)]:
        out.append(rfloat.float_repr(value))
    mantissa, exponent = rfloat.frexp(x)
    out.append("%s*2**%d" % (rfloat.float_repr(mantissa), exponent))
    out.append(rfloat.float_repr(rfloat.ldexp(mantissa, exponent)))
    out.append(rfloat.float_repr(math.sqrt(abs(x))))
    if abs(x) < 700.0:
        out.append(rfloat.float_repr(math.exp(x)))
    if x > 0.0:
        out.append(rfloat.float_repr(math.log(x)))
    if abs(x) < 1e6:
        out.append(rfloat.float_repr(math.sin(x)) + "," + rfloat.float_repr(math.cos(x)))
    out.append(rfloat.float_repr(math.atan2(x, 2.0)))
    return out


def run_line(text: str) -> str:
    try:
        x = rfloat.string_to_float(text)
    except ValueError:
        return "ValueError"
    out = [rfloat.float_repr(x), rfloat.float_str(x)]
    out += formats(x)
    out += roundings(x)
    out += integers(x)
    out += arithmetic(x)
    if not rfloat.isinf(x) and not rfloat.isnan(x):
        out += finite_functions(x)
    return " ".join(out)


def run(lines: list[str]) -> None:
    for line in lines:
        print(run_line(line))
