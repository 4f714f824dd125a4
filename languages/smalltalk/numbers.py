"""Integer arithmetic with SOM's rules: machine words that overflow into big integers.

Every primitive that can overflow goes through here. Until `kit.rlib.rbigint` is available the
big-integer side is a clear SOM error ("integer overflow"), never a wrong result.
"""

from kit.rlib.rarithmetic import ovfcheck
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Integer


def integer_overflow(what: str) -> SomError:
    return SomError("integer overflow in %s: big integers are not available in this VM yet" % what)


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


def integer_literal(text: str, negative: bool) -> "W_AbstractObject | None":
    """A SOM integer from decimal digits (the sign is separate); None if it cannot be made."""
    try:
        return W_Integer(parse_decimal(text, negative))
    except OverflowError:
        return None


def add(a: int, b: int) -> W_AbstractObject:
    try:
        return W_Integer(ovfcheck(a + b))
    except OverflowError:
        raise integer_overflow("%d + %d" % (a, b)) from None


def subtract(a: int, b: int) -> W_AbstractObject:
    try:
        return W_Integer(ovfcheck(a - b))
    except OverflowError:
        raise integer_overflow("%d - %d" % (a, b)) from None


def multiply(a: int, b: int) -> W_AbstractObject:
    try:
        return W_Integer(ovfcheck(a * b))
    except OverflowError:
        raise integer_overflow("%d * %d" % (a, b)) from None


def shift_left(a: int, b: int) -> W_AbstractObject:
    if b < 0:
        return W_Integer(a >> min(-b, 63))
    if a == 0:
        return W_Integer(0)
    if b < 63:
        shifted = a << b
        if (shifted >> b) == a:
            return W_Integer(shifted)
    raise integer_overflow("%d << %d" % (a, b))


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
    try:
        while exponent > 0:
            if exponent & 1:
                result = ovfcheck(result * base)
            exponent >>= 1
            if exponent > 0:
                base = ovfcheck(base * base)
    except OverflowError:
        raise integer_overflow("raisedTo:") from None
    return W_Integer(result)


def negate(a: int) -> W_AbstractObject:
    return subtract(0, a)
