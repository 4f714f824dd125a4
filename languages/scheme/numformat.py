"""Numbers to and from text: R7RS numeric syntax with prefixes and radixes, and flonum printing.

Flonums print as their shortest round-trip form (repr) adjusted to Scheme: 1e21, +inf.0, +nan.0.
"""

from __future__ import annotations

import math

from kit.rlib.rarithmetic import ovfcheck
from languages.scheme.numbers import (
    ZERO,
    W_Bignum,
    W_Fixnum,
    W_Flonum,
    W_Number,
    W_Ratnum,
    int_mul,
    int_pow,
    int_sign,
    int_to_string,
    make_bigint_from_str,
    make_int,
    make_rational,
    negate,
    to_exact,
    to_inexact,
)
from languages.scheme.objects import scheme_error

DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


# ---- printing -----------------------------------------------------------------------------------

def fixnum_to_string(value: int, radix: int) -> str:
    if value == 0:
        return "0"
    digits: list[str] = []
    negative = value < 0
    v = value
    while v != 0:
        if v < 0:
            # works on the negative side so that the most negative fixnum needs no negation
            d = (radix - v % radix) % radix
            v = (v + d) // radix
        else:
            d = v % radix
            v = v // radix
        digits.append(DIGITS[d])
    if negative:
        digits.append("-")
    digits.reverse()
    return "".join(digits)


def flonum_to_string(f: float) -> str:
    if math.isnan(f):
        return "+nan.0"
    if math.isinf(f):
        if f > 0.0:
            return "+inf.0"
        return "-inf.0"
    text = repr(f)
    epos = text.find("e")
    if epos < 0:
        if text.find(".") < 0:
            text += ".0"
        return text
    mantissa = text[:epos]
    exponent = text[epos + 1:]
    negative = exponent.startswith("-")
    if exponent.startswith("-") or exponent.startswith("+"):
        exponent = exponent[1:]
    exponent = exponent.lstrip("0")
    if exponent == "":
        exponent = "0"
    if negative:
        exponent = "-" + exponent
    return mantissa + "e" + exponent


def number_to_string(n: W_Number, radix: int) -> str:
    if isinstance(n, W_Fixnum):
        return fixnum_to_string(n.intval, radix)
    if isinstance(n, W_Bignum):
        return int_to_string(n, radix)
    if isinstance(n, W_Ratnum):
        return number_to_string(n.num, radix) + "/" + number_to_string(n.den, radix)
    if isinstance(n, W_Flonum):
        if radix != 10:
            if n.floatval == float_whole(n.floatval) and abs(n.floatval) < 9.0e18:
                return fixnum_to_string(int(n.floatval), radix) + "."
            raise scheme_error("number->string: inexact numbers are only written in radix 10", [n])
        return flonum_to_string(n.floatval)
    return "#<number>"


def float_whole(f: float) -> float:
    if math.isinf(f) or math.isnan(f):
        return 0.5
    return math.modf(f)[1]


# ---- parsing ------------------------------------------------------------------------------------

class NumberSyntax:
    """The pieces of a numeric literal after its prefixes."""

    def __init__(self, text: str, radix: int, exactness: str) -> None:
        self.text = text
        self.radix = radix
        self.exactness = exactness   # "", "e" or "i"


def split_prefixes(text: str, radix: int) -> NumberSyntax | None:
    exactness = ""
    seen_radix = False
    i = 0
    while i + 1 < len(text) and text[i] == "#":
        c = text[i + 1].lower()
        if c == "e" or c == "i":
            if exactness != "":
                return None
            exactness = c
        elif c == "x" or c == "b" or c == "o" or c == "d":
            if seen_radix:
                return None
            seen_radix = True
            if c == "x":
                radix = 16
            elif c == "b":
                radix = 2
            elif c == "o":
                radix = 8
            else:
                radix = 10
        else:
            return None
        i += 2
    return NumberSyntax(text[i:], radix, exactness)


def is_ascii_digit(c: str) -> bool:
    return "0" <= c <= "9"


def digit_value(c: str, radix: int) -> int:
    d = DIGITS.find(c.lower())
    if d < 0 or d >= radix:
        return -1
    return d


def parse_uinteger(text: str, radix: int) -> W_Number | None:
    if text == "":
        return None
    for c in text:
        if digit_value(c, radix) < 0:
            return None
    acc = 0
    for c in text:
        try:
            acc = ovfcheck(ovfcheck(acc * radix) + digit_value(c, radix))
        except OverflowError:
            return parse_big_uinteger(text, radix)
    return make_int(acc)


def parse_big_uinteger(text: str, radix: int) -> W_Number:
    return make_bigint_from_str(text, radix)


def is_decimal_syntax(text: str) -> bool:
    """digits with at most one '.', at least one digit, then an optional exponent e[sign]digits."""
    i = 0
    n = len(text)
    digits = 0
    dots = 0
    while i < n and (is_ascii_digit(text[i]) or text[i] == "."):
        if text[i] == ".":
            dots += 1
        else:
            digits += 1
        i += 1
    if digits == 0 or dots > 1:
        return False
    if i == n:
        return True
    if text[i] != "e" and text[i] != "E":
        return False
    i += 1
    if i < n and (text[i] == "+" or text[i] == "-"):
        i += 1
    if i == n:
        return False
    while i < n:
        if not is_ascii_digit(text[i]):
            return False
        i += 1
    return True


def exact_decimal(text: str) -> W_Number:
    """The exact value of a decimal literal like 1.25e3 (for #e prefixes)."""
    epos = text.lower().find("e")
    exponent = 0
    mantissa = text
    if epos >= 0:
        mantissa = text[:epos]
        exptext = text[epos + 1:]
        negative = exptext.startswith("-")
        if exptext.startswith("-") or exptext.startswith("+"):
            exptext = exptext[1:]
        exponent = int(exptext) if len(exptext) < 6 else 99999
        if negative:
            exponent = -exponent
    dot = mantissa.find(".")
    if dot >= 0:
        exponent -= len(mantissa) - dot - 1
        mantissa = mantissa[:dot] + mantissa[dot + 1:]
    value = parse_uinteger(mantissa, 10)
    if value is None:
        value = ZERO
    if exponent >= 0:
        return int_mul(value, int_pow(make_int(10), exponent))
    return make_rational(value, int_pow(make_int(10), -exponent))


def parse_ureal(text: str, radix: int, exactness: str) -> W_Number | None:
    if text == "inf.0":
        return W_Flonum(math.inf)
    if text == "nan.0":
        return W_Flonum(math.nan)
    slash = text.find("/")
    if slash >= 0:
        num = parse_uinteger(text[:slash], radix)
        den = parse_uinteger(text[slash + 1:], radix)
        if num is None:
            return None
        if den is None:
            return None
        if int_sign(den) == 0:
            if exactness == "i":
                return W_Flonum(math.nan if int_sign(num) == 0 else math.inf)
            raise scheme_error("division by zero in numeric literal", [])
        return make_rational(num, den)
    whole = parse_uinteger(text, radix)
    if whole is not None:
        return whole
    if radix != 10 or not is_decimal_syntax(text):
        return None
    if exactness == "e":
        return exact_decimal(text)
    return W_Flonum(float(text))


def parse_number(text: str, radix: int) -> W_Number | None:
    """The number that `text` denotes, or None when it is not numeric syntax (then it is a symbol)."""
    syntax = split_prefixes(text, radix)
    if syntax is None:
        return None
    body = syntax.text
    negative = False
    if body.startswith("+") or body.startswith("-"):
        negative = body.startswith("-")
        body = body[1:]
        if body == "":
            return None
    elif body == "inf.0" or body == "nan.0":
        return None
    value = parse_ureal(body, syntax.radix, syntax.exactness)
    if value is None:
        return None
    if negative:
        value = negate(value)
    if syntax.exactness == "e":
        return to_exact(value)
    if syntax.exactness == "i":
        return to_inexact(value)
    return value


def looks_like_complex(text: str) -> bool:
    """A token such as 1+2i or -i that R7RS reads as a complex number (which we do not support)."""
    if len(text) < 2 or not text.endswith("i"):
        return False
    first = text[0]
    if not (is_ascii_digit(first) or first == "+" or first == "-" or first == "."):
        return False
    body = text[:len(text) - 1]
    if body == "+" or body == "-":
        return True
    for c in body:
        if not (is_ascii_digit(c) or c == "+" or c == "-" or c == "." or c == "/" or c == "e" or c == "@"):
            return False
    return True

