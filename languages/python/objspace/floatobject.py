"""float: a machine double with CPython's repr, arithmetic corner cases, exact comparisons
against ints and hashing equal to int hashes for integral values.
"""

from __future__ import annotations

import math

from kit.rlib import rfloat
from kit.rlib.rbigint import rbigint
from languages.python.objspace import intobject
from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object


class W_FloatObject(W_Root):
    _immutable_fields_ = ["floatval"]

    def __init__(self, floatval: float) -> None:
        self.floatval = floatval


class W_FloatObjectUser(UserMixin, W_FloatObject):
    def __init__(self, w_class: W_TypeObject, floatval: float) -> None:
        W_FloatObject.__init__(self, floatval)
        self.init_user(w_class)


w_float = make_builtin_type("float", w_object)
set_static_type(W_FloatObject, w_float)


def newfloat(x: float) -> W_FloatObject:
    return W_FloatObject(x)


def float_repr(x: float) -> str:
    return rfloat.float_repr(x)


def truediv(a: float, b: float) -> float:
    from languages.python.objspace import errors
    if b == 0.0:
        raise errors.zero_division("float division by zero")
    return a / b


def floordiv(a: float, b: float) -> float:
    from languages.python.objspace import errors
    if b == 0.0:
        raise errors.zero_division("float floor division by zero")
    return rfloat.float_divmod(a, b)[0]


def mod(a: float, b: float) -> float:
    from languages.python.objspace import errors
    if b == 0.0:
        raise errors.zero_division("float modulo")
    return rfloat.float_mod(a, b)


def divmod_(a: float, b: float) -> tuple[float, float]:
    from languages.python.objspace import errors
    if b == 0.0:
        raise errors.zero_division("float divmod()")
    return rfloat.float_divmod(a, b)


def pow_(x: float, y: float) -> float:
    """x ** y as float_pow in CPython (the caller handles a negative base with a fractional
    exponent, which gives a complex)."""
    from languages.python.objspace import errors
    if y == 0.0:
        return 1.0
    if rfloat.isnan(x):
        return x
    if rfloat.isnan(y):
        return 1.0 if x == 1.0 else y
    if rfloat.isinf(y):
        ax = abs(x)
        if ax == 1.0:
            return 1.0
        if (y > 0.0) == (ax > 1.0):
            return rfloat.INF
        return 0.0
    if rfloat.isinf(x):
        odd = is_odd_integer(y)
        if y > 0.0:
            return x if odd else abs(x)
        return rfloat.copysign(0.0, x) if odd else 0.0
    if x == 0.0:
        if y < 0.0:
            raise errors.zero_division("0.0 cannot be raised to a negative power")
        if is_odd_integer(y):
            return x
        return 0.0
    negate = False
    if x < 0.0:
        negate = is_odd_integer(y)
        x = -x
    if x == 1.0:
        return -1.0 if negate else 1.0
    try:
        result = math.pow(x, y)
    except OverflowError:
        raise errors.overflow_error("(34, 'Numerical result out of range')") from None
    except ValueError:
        raise errors.value_error("math domain error") from None
    if rfloat.isinf(result):
        raise errors.overflow_error("(34, 'Numerical result out of range')")
    if negate:
        return -result
    return result


def is_odd_integer(y: float) -> bool:
    if not rfloat.is_integer(y):
        return False
    return rfloat.fmod(abs(y), 2.0) == 1.0


def compare_float_int(x: float, w_b: intobject.W_AbstractIntObject) -> int:
    """-1, 0, 1 comparing a (non-NaN) float with an int exactly."""
    if rfloat.isinf(x):
        return 1 if x > 0.0 else -1
    if isinstance(w_b, intobject.W_IntObject):
        b = w_b.intval
        if -(1 << 53) <= b <= (1 << 53):
            y = float(b)
            if x < y:
                return -1
            if x > y:
                return 1
            return 0
    floor_x = rfloat.floor(x)
    big = rbigint.fromfloat(floor_x)
    other = w_b.big()
    if big.lt(other):
        return -1
    if big.gt(other):
        return 1
    if x > floor_x:
        return 1
    return 0


def float_hash(x: float) -> int:
    return rfloat.float_hash(x)


def to_int(x: float) -> intobject.W_AbstractIntObject:
    """int(x): truncation toward zero; OverflowError / ValueError for inf / nan."""
    from languages.python.objspace import errors
    if rfloat.isnan(x):
        raise errors.value_error("cannot convert float NaN to integer")
    if rfloat.isinf(x):
        raise errors.overflow_error("cannot convert float infinity to integer")
    if -9.2e18 < x < 9.2e18:
        return intobject.newint(int(x))
    return intobject.newlong(rbigint.fromfloat(x))


def parse_float(text: str) -> float:
    from languages.python.objspace import errors
    try:
        return rfloat.string_to_float(text)
    except ValueError as e:
        raise errors.value_error(str(e)) from None


def round_float(x: float, ndigits: int) -> float:
    from languages.python.objspace import errors
    try:
        return rfloat.round_double(x, ndigits)
    except OverflowError:
        raise errors.overflow_error("rounded value too large to represent") from None


def round_half_even(x: float) -> float:
    """round(x) for a finite float: the nearest integer, ties to even."""
    floor_x = rfloat.floor(x)
    diff = x - floor_x
    if diff > 0.5:
        return floor_x + 1.0
    if diff < 0.5:
        return floor_x
    if rfloat.fmod(floor_x, 2.0) == 0.0:
        return floor_x
    return floor_x + 1.0


def float_hex(x: float) -> str:
    """float.hex(): '0x1.8000000000000p+0' style."""
    if rfloat.isnan(x):
        return "nan"
    if rfloat.isinf(x):
        return "inf" if x > 0.0 else "-inf"
    sign = "-" if rfloat.signbit(x) else ""
    if x == 0.0:
        return sign + "0x0.0p+0"
    m, e = rfloat.frexp(abs(x))
    # m in [0.5, 1): shift to [1, 2)
    m = m * 2.0
    e -= 1
    shift = 1
    if e < -1022:
        # subnormal: CPython writes 0x0.xxxp-1022
        m = rfloat.ldexp(m, e + 1022)
        e = -1022
        shift = 0
    digits = []
    lead = int(m)
    m -= float(lead)
    for _ in range(13):
        m *= 16.0
        d = int(m)
        digits.append("0123456789abcdef"[d])
        m -= float(d)
    if shift == 0:
        lead = 0
    return "%s0x%d.%sp%s%d" % (sign, lead, "".join(digits), "+" if e >= 0 else "-", abs(e))
