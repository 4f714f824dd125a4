"""Primitives of Double: IEEE arithmetic (division by zero gives infinities), rounding, printing.

Doubles print as the shortest text that reads back to the same value (Python's repr).
"""

import math

from kit.rlib.rbigint import rbigint
from languages.smalltalk import bigints
from languages.smalltalk.bigints import W_BigInteger
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Double, W_Integer, W_String, boolean, nil
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.helpers import number_as_float, receiver_float, string_value, wrong_argument

INFINITY = float("inf")
NAN = float("nan")
# the largest magnitude a Double can have and still convert to a machine integer
MAX_EXACT_INT = 9.2233720368547748e18
# from this magnitude on every Double is an integer
TWO_TO_52 = 4503599627370496.0


def float_divide(a: float, b: float) -> float:
    """IEEE division: x/0.0 is an infinity with the right sign, 0.0/0.0 is NaN."""
    if b == 0.0:
        if a == 0.0 or math.isnan(a):
            return NAN
        negative = (a < 0.0) != (math.copysign(1.0, b) < 0.0)
        return -INFINITY if negative else INFINITY
    return a / b


def float_modulo(a: float, b: float) -> float:
    """Double `%`: like C's fmod, the result has the sign of the dividend."""
    if b == 0.0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return NAN
    return math.fmod(a, b)


def float_to_integer(value: float, primitive_name: str) -> W_AbstractObject:
    if math.isnan(value) or math.isinf(value):
        raise SomError("%s: %s cannot be converted to an Integer" % (primitive_name, format_double(value)))
    if abs(value) > MAX_EXACT_INT:
        return bigints.normalize(rbigint.fromfloat(value))
    return W_Integer(int(value))


def format_double(value: float) -> str:
    return repr(value)


@primitive("Double", "+")
def double_add(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Double(receiver_float(receiver, "Double>>#+") + number_as_float(args[0], "Double>>#+"))


@primitive("Double", "-")
def double_subtract(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Double(receiver_float(receiver, "Double>>#-") - number_as_float(args[0], "Double>>#-"))


@primitive("Double", "*")
def double_multiply(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Double(receiver_float(receiver, "Double>>#*") * number_as_float(args[0], "Double>>#*"))


@primitive("Double", "//")
def double_divide(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_float(receiver, "Double>>#//")
    return W_Double(float_divide(a, number_as_float(args[0], "Double>>#//")))


@primitive("Double", "%")
def double_modulo(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_float(receiver, "Double>>#%")
    return W_Double(float_modulo(a, number_as_float(args[0], "Double>>#%")))


@primitive("Double", "sqrt")
def double_sqrt(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_float(receiver, "Double>>#sqrt")
    if a < 0.0:
        return W_Double(NAN)
    return W_Double(math.sqrt(a))


@primitive("Double", "round")
def double_round(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    """Rounds halves away from zero."""
    return float_to_integer(round_half_away(receiver_float(receiver, "Double>>#round")), "Double>>#round")


def round_half_away(a: float) -> float:
    """The nearest integral value, halves away from zero (without math.floor, whose result is
    an int in Python 3 and so overflows for huge Doubles)."""
    if math.isnan(a) or math.isinf(a) or abs(a) >= TWO_TO_52:
        return a  # already integral (or not a number)
    if a >= 0.0:
        return float(int(a + 0.5))
    return -float(int(-a + 0.5))


@primitive("Double", "asInteger")
def double_as_integer(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    """Truncates toward zero."""
    return float_to_integer(receiver_float(receiver, "Double>>#asInteger"), "Double>>#asInteger")


@primitive("Double", "cos")
def double_cos(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_float(receiver, "Double>>#cos")
    if math.isinf(a):
        return W_Double(NAN)
    return W_Double(math.cos(a))


@primitive("Double", "sin")
def double_sin(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_float(receiver, "Double>>#sin")
    if math.isinf(a):
        return W_Double(NAN)
    return W_Double(math.sin(a))


@primitive("Double", "=")
def double_equals(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_float(receiver, "Double>>#=")
    arg = args[0]
    if isinstance(arg, W_Double):
        return boolean(a == arg.value)
    if isinstance(arg, W_Integer):
        return boolean(a == float(arg.value))
    if isinstance(arg, W_BigInteger):
        return boolean(a == bigints.to_float(arg.value))
    return boolean(False)


@primitive("Double", "<")
def double_less(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_float(receiver, "Double>>#<")
    arg = args[0]
    if isinstance(arg, W_Double):
        return boolean(a < arg.value)
    if isinstance(arg, W_Integer):
        return boolean(a < float(arg.value))
    if isinstance(arg, W_BigInteger):
        return boolean(a < bigints.to_float(arg.value))
    raise wrong_argument("Double>>#<", "a number", arg)


@primitive("Double", "asString")
def double_as_string(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_String(format_double(receiver_float(receiver, "Double>>#asString")))


@primitive("Double class", "PositiveInfinity")
def double_positive_infinity(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Double(INFINITY)


@primitive("Double class", "fromString:")
def double_from_string(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    text = string_value(args[0], "Double class>>#fromString:").strip()
    if len(text) == 0:
        return nil()
    for ch in text:
        if not (("0" <= ch <= "9") or ch == "." or ch == "-" or ch == "+" or ch == "e" or ch == "E"):
            return nil()
    try:
        return W_Double(float(text))
    except ValueError:
        return nil()
