"""Primitives of Integer: arithmetic with overflow checks, bit operations, conversions.

Mixed Integer/Double arithmetic answers Doubles; `/` floors, `//` divides as Doubles, `%` takes
the sign of the divisor and `rem:` the sign of the dividend.
"""

import math

from kit.rlib.rarithmetic import intmask, r_uint
from languages.smalltalk import numbers
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Double, W_Integer, W_String, boolean, nil
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.double_prims import NAN, float_divide, float_modulo
from languages.smalltalk.primitives.helpers import int_value, receiver_int, string_value, wrong_argument
from languages.smalltalk.state import vm


@primitive("Integer", "+")
def integer_add(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#+")
    arg = args[0]
    if isinstance(arg, W_Integer):
        return numbers.add(a, arg.value)
    if isinstance(arg, W_Double):
        return W_Double(float(a) + arg.value)
    raise wrong_argument("Integer>>#+", "a number", arg)


@primitive("Integer", "-")
def integer_subtract(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#-")
    arg = args[0]
    if isinstance(arg, W_Integer):
        return numbers.subtract(a, arg.value)
    if isinstance(arg, W_Double):
        return W_Double(float(a) - arg.value)
    raise wrong_argument("Integer>>#-", "a number", arg)


@primitive("Integer", "*")
def integer_multiply(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#*")
    arg = args[0]
    if isinstance(arg, W_Integer):
        return numbers.multiply(a, arg.value)
    if isinstance(arg, W_Double):
        return W_Double(float(a) * arg.value)
    raise wrong_argument("Integer>>#*", "a number", arg)


@primitive("Integer", "/")
def integer_divide(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#/")
    arg = args[0]
    if isinstance(arg, W_Integer):
        return numbers.floor_divide(a, arg.value)
    if isinstance(arg, W_Double):
        return W_Double(float_divide(float(a), arg.value))
    raise wrong_argument("Integer>>#/", "a number", arg)


@primitive("Integer", "//")
def integer_double_divide(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#//")
    arg = args[0]
    if isinstance(arg, W_Integer):
        return W_Double(float_divide(float(a), float(arg.value)))
    if isinstance(arg, W_Double):
        return W_Double(float_divide(float(a), arg.value))
    raise wrong_argument("Integer>>#//", "a number", arg)


@primitive("Integer", "%")
def integer_modulo(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#%")
    arg = args[0]
    if isinstance(arg, W_Integer):
        return numbers.floor_modulo(a, arg.value)
    if isinstance(arg, W_Double):
        return W_Double(float_modulo(float(a), arg.value))
    raise wrong_argument("Integer>>#%", "a number", arg)


@primitive("Integer", "rem:")
def integer_remainder(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#rem:")
    return numbers.truncated_remainder(a, int_value(args[0], "Integer>>#rem:"))


@primitive("Integer", "&")
def integer_and(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(receiver_int(receiver, "Integer>>#&") & int_value(args[0], "Integer>>#&"))


@primitive("Integer", "bitXor:")
def integer_xor(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(receiver_int(receiver, "Integer>>#bitXor:") ^ int_value(args[0], "Integer>>#bitXor:"))


@primitive("Integer", "<<")
def integer_shift_left(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return numbers.shift_left(receiver_int(receiver, "Integer>>#<<"), int_value(args[0], "Integer>>#<<"))


@primitive("Integer", ">>>")
def integer_unsigned_shift_right(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#>>>")
    b = int_value(args[0], "Integer>>#>>>")
    if b < 0:
        raise SomError("Integer>>#>>>: negative shift count %d" % b)
    if b >= 64:
        return W_Integer(0)
    return W_Integer(intmask(r_uint(a) >> b))


@primitive("Integer", "sqrt")
def integer_sqrt(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#sqrt")
    if a < 0:
        return W_Double(NAN)
    root = math.sqrt(float(a))
    candidate = int(root)
    if candidate * candidate == a:
        return W_Integer(candidate)
    return W_Double(root)


@primitive("Integer", "atRandom")
def integer_at_random(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    """A pseudo-random integer between 1 and the receiver (a small linear congruential generator)."""
    a = receiver_int(receiver, "Integer>>#atRandom")
    if a < 1:
        raise SomError("Integer>>#atRandom: the receiver must be positive, not %d" % a)
    vm.random_seed = intmask(vm.random_seed * 1103515245 + 12345) & 0x7FFFFFFF
    return W_Integer(vm.random_seed % a + 1)


@primitive("Integer", "=")
def integer_equals(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#=")
    arg = args[0]
    if isinstance(arg, W_Integer):
        return boolean(a == arg.value)
    if isinstance(arg, W_Double):
        return boolean(float(a) == arg.value)
    return boolean(False)


@primitive("Integer", "<")
def integer_less(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#<")
    arg = args[0]
    if isinstance(arg, W_Integer):
        return boolean(a < arg.value)
    if isinstance(arg, W_Double):
        return boolean(float(a) < arg.value)
    raise wrong_argument("Integer>>#<", "a number", arg)


@primitive("Integer", "asString")
def integer_as_string(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_String(str(receiver_int(receiver, "Integer>>#asString")))


@primitive("Integer", "asDouble")
def integer_as_double(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Double(float(receiver_int(receiver, "Integer>>#asDouble")))


@primitive("Integer", "as32BitSignedValue")
def integer_as_32bit_signed(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = receiver_int(receiver, "Integer>>#as32BitSignedValue") & 0xFFFFFFFF
    if a >= 0x80000000:
        a -= 0x100000000
    return W_Integer(a)


@primitive("Integer", "as32BitUnsignedValue")
def integer_as_32bit_unsigned(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(receiver_int(receiver, "Integer>>#as32BitUnsignedValue") & 0xFFFFFFFF)


@primitive("Integer class", "fromString:")
def integer_from_string(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    text = string_value(args[0], "Integer class>>#fromString:").strip()
    negative = False
    digits = text
    if text.startswith("-"):
        negative = True
        digits = text[1:]
    elif text.startswith("+"):
        digits = text[1:]
    if len(digits) == 0 or not digits.isdigit():
        return nil()
    for ch in digits:
        if ch < "0" or ch > "9":
            return nil()
    value = numbers.integer_literal(digits, negative)
    if value is None:
        raise numbers.integer_overflow("Integer fromString: '%s'" % text)
    return value

