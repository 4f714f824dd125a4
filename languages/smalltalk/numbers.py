"""Integer arithmetic with SOM's rules on machine words, overflowing into big integers.

Every Integer primitive on two machine words goes through here; an overflow computes the exact
result with rbigint (see bigints.py), so Integers are unbounded.
"""

from kit.rlib.rarithmetic import ovfcheck
from kit.rlib.rbigint import rbigint
from languages.smalltalk import bigints
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Integer


def parse_decimal(text: str, negative: bool) -> int:
    """The value of a run of decimal digits; raises OverflowError beyond a machine word."""
    value = 0
    for ch in text:
        digit = ord(ch) - ord("0")
        if negative:
            value = ovfcheck(ovfcheck(value * 10) - digit)
        else:
            value = ovfcheck(ovfcheck(value * 10) + digit)
    return value


def integer_literal(text: str, negative: bool) -> W_AbstractObject:
    """A SOM integer from decimal digits (the sign is separate)."""
    try:
        return W_Integer(parse_decimal(text, negative))
    except OverflowError:
        return bigints.from_decimal(text, negative)


def big(a: int) -> rbigint:
    return rbigint.fromint(a)


def add(a: int, b: int) -> W_AbstractObject:
    try:
        return W_Integer(ovfcheck(a + b))
    except OverflowError:
        return bigints.binary(bigints.OP_ADD, big(a), big(b))


def subtract(a: int, b: int) -> W_AbstractObject:
    try:
        return W_Integer(ovfcheck(a - b))
    except OverflowError:
        return bigints.binary(bigints.OP_SUB, big(a), big(b))


def multiply(a: int, b: int) -> W_AbstractObject:
    try:
        return W_Integer(ovfcheck(a * b))
    except OverflowError:
        return bigints.binary(bigints.OP_MUL, big(a), big(b))


def shift_left(a: int, b: int) -> W_AbstractObject:
    if b < 0:
        return W_Integer(a >> min(-b, 63))
    if a == 0:
        return W_Integer(0)
    if b < 63:
        shifted = a << b
        if (shifted >> b) == a:
            return W_Integer(shifted)
    return bigints.shift_left(big(a), b)


def floor_divide(a: int, b: int) -> W_AbstractObject:
    """SOM's Integer `/`: division rounding toward negative infinity."""
    if b == 0:
        raise SomError("division by zero: %d / 0" % a)
    if b == -1:
        return subtract(0, a)
    return W_Integer(a // b)


def floor_modulo(a: int, b: int) -> W_AbstractObject:
    """SOM's Integer `%`: the remainder has the sign of the divisor."""
    if b == 0:
        raise SomError("division by zero: %d %% 0" % a)
    if b == -1:
        return W_Integer(0)
    return W_Integer(a % b)


def truncated_remainder(a: int, b: int) -> W_AbstractObject:
    """SOM's Integer `rem:`: the remainder has the sign of the dividend."""
    if b == 0:
        raise SomError("division by zero: %d rem: 0" % a)
    if b == -1:
        return W_Integer(0)
    r = a % b
    if r != 0 and (r < 0) != (a < 0):
        r -= b
    return W_Integer(r)


def power(base: int, exponent: int) -> W_AbstractObject:
    """`raisedTo:` for a non-negative integer exponent, by repeated squaring."""
    result = 1
    b = base
    e = exponent
    try:
        while e > 0:
            if e & 1:
                result = ovfcheck(result * b)
            e >>= 1
            if e > 0:
                b = ovfcheck(b * b)
    except OverflowError:
        return bigints.power(big(base), big(exponent))
    return W_Integer(result)


def negate(a: int) -> W_AbstractObject:
    return subtract(0, a)
