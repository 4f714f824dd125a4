"""Primitives of Integer: arithmetic with overflow into big integers, bits, conversions.

Receivers and arguments may be machine integers (W_Integer) or big ones (W_BigInteger); mixed
Integer/Double arithmetic answers Doubles. `/` floors, `//` divides as Doubles, `%` takes the
sign of the divisor and `rem:` the sign of the dividend.
"""

import math

from kit.rlib.rarithmetic import intmask, r_uint
from languages.smalltalk import bigints, numbers
from languages.smalltalk.bigints import W_BigInteger
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Double, W_Integer, W_String, boolean, nil
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.double_prims import NAN, float_divide, float_modulo
from languages.smalltalk.primitives.helpers import describe, int_value, string_value, wrong_argument
from languages.smalltalk.state import vm


def check_receiver(receiver: W_AbstractObject, name: str) -> None:
    if not bigints.is_integer(receiver):
        raise SomError("%s: the receiver must be an Integer, not %s" % (name, describe(receiver)))


def integer_as_float(value: W_AbstractObject) -> float:
    if isinstance(value, W_Integer):
        return float(value.value)
    assert isinstance(value, W_BigInteger)
    return bigints.to_float(value.value)


def arithmetic(receiver: W_AbstractObject, arg: W_AbstractObject, op: int, name: str) -> W_AbstractObject:
    """+ - * with any mix of small and big Integers and Doubles."""
    check_receiver(receiver, name)
    if isinstance(receiver, W_Integer):
        if isinstance(arg, W_Integer):
            if op == bigints.OP_ADD:
                return numbers.add(receiver.value, arg.value)
            if op == bigints.OP_SUB:
                return numbers.subtract(receiver.value, arg.value)
            return numbers.multiply(receiver.value, arg.value)
    if isinstance(arg, W_Double):
        a = integer_as_float(receiver)
        if op == bigints.OP_ADD:
            return W_Double(a + arg.value)
        if op == bigints.OP_SUB:
            return W_Double(a - arg.value)
        return W_Double(a * arg.value)
    if not bigints.is_integer(arg):
        raise wrong_argument(name, "a number", arg)
    return bigints.big_binary(op, receiver, arg, name)


@primitive("Integer", "+")
def integer_add(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return arithmetic(receiver, args[0], bigints.OP_ADD, "Integer>>#+")


@primitive("Integer", "-")
def integer_subtract(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return arithmetic(receiver, args[0], bigints.OP_SUB, "Integer>>#-")


@primitive("Integer", "*")
def integer_multiply(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return arithmetic(receiver, args[0], bigints.OP_MUL, "Integer>>#*")


def division(receiver: W_AbstractObject, arg: W_AbstractObject, op: int, name: str) -> W_AbstractObject:
    """/ % rem: (an integer result) for small and big Integers; Double arguments divide as Doubles."""
    check_receiver(receiver, name)
    if isinstance(receiver, W_Integer):
        if isinstance(arg, W_Integer):
            if op == bigints.OP_FLOOR_DIV:
                return numbers.floor_divide(receiver.value, arg.value)
            if op == bigints.OP_MOD:
                return numbers.floor_modulo(receiver.value, arg.value)
            return numbers.truncated_remainder(receiver.value, arg.value)
    if isinstance(arg, W_Double):
        a = integer_as_float(receiver)
        if op == bigints.OP_FLOOR_DIV:
            return W_Double(float_divide(a, arg.value))
        return W_Double(float_modulo(a, arg.value))
    if not bigints.is_integer(arg):
        raise wrong_argument(name, "a number", arg)
    return bigints.big_binary(op, receiver, arg, name)


@primitive("Integer", "/")
def integer_divide(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return division(receiver, args[0], bigints.OP_FLOOR_DIV, "Integer>>#/")


@primitive("Integer", "%")
def integer_modulo(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return division(receiver, args[0], bigints.OP_MOD, "Integer>>#%")


@primitive("Integer", "rem:")
def integer_remainder(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    if isinstance(args[0], W_Double):
        raise wrong_argument("Integer>>#rem:", "an Integer", args[0])
    return division(receiver, args[0], bigints.OP_REM, "Integer>>#rem:")


@primitive("Integer", "//")
def integer_double_divide(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    check_receiver(receiver, "Integer>>#//")
    arg = args[0]
    if isinstance(arg, W_Double):
        return W_Double(float_divide(integer_as_float(receiver), arg.value))
    if not bigints.is_integer(arg):
        raise wrong_argument("Integer>>#//", "a number", arg)
    return W_Double(float_divide(integer_as_float(receiver), integer_as_float(arg)))


def bitwise(receiver: W_AbstractObject, arg: W_AbstractObject, op: int, name: str) -> W_AbstractObject:
    check_receiver(receiver, name)
    if isinstance(receiver, W_Integer):
        if isinstance(arg, W_Integer):
            if op == bigints.OP_AND:
                return W_Integer(receiver.value & arg.value)
            return W_Integer(receiver.value ^ arg.value)
    return bigints.big_binary(op, receiver, arg, name)


@primitive("Integer", "&")
def integer_and(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return bitwise(receiver, args[0], bigints.OP_AND, "Integer>>#&")


@primitive("Integer", "bitXor:")
def integer_xor(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return bitwise(receiver, args[0], bigints.OP_XOR, "Integer>>#bitXor:")


@primitive("Integer", "<<")
def integer_shift_left(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    check_receiver(receiver, "Integer>>#<<")
    count = int_value(args[0], "Integer>>#<<")
    if isinstance(receiver, W_Integer):
        return numbers.shift_left(receiver.value, count)
    assert isinstance(receiver, W_BigInteger)
    return bigints.shift_left(receiver.value, count)


@primitive("Integer", ">>>")
def integer_unsigned_shift_right(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    """A logical shift of the 64-bit pattern for machine integers; big ones shift arithmetically."""
    check_receiver(receiver, "Integer>>#>>>")
    count = int_value(args[0], "Integer>>#>>>")
    if count < 0:
        raise SomError("Integer>>#>>>: negative shift count %d" % count)
    if isinstance(receiver, W_BigInteger):
        return bigints.shift_left(receiver.value, -count)
    assert isinstance(receiver, W_Integer)
    if count >= 64:
        return W_Integer(0)
    return W_Integer(intmask(r_uint(receiver.value) >> count))


@primitive("Integer", "sqrt")
def integer_sqrt(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    check_receiver(receiver, "Integer>>#sqrt")
    if isinstance(receiver, W_BigInteger):
        return bigints.square_root(receiver.value)
    assert isinstance(receiver, W_Integer)
    a = receiver.value
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
    a = int_value(receiver, "Integer>>#atRandom")
    if a < 1:
        raise SomError("Integer>>#atRandom: the receiver must be positive, not %d" % a)
    vm.random_seed = intmask(vm.random_seed * 1103515245 + 12345) & 0x7FFFFFFF
    return W_Integer(vm.random_seed % a + 1)


def compare(receiver: W_AbstractObject, arg: W_AbstractObject, name: str) -> int:
    """-1, 0 or 1 comparing an Integer with a number; -2 when the argument is not a number
    (or a NaN Double)."""
    check_receiver(receiver, name)
    if isinstance(receiver, W_Integer):
        if isinstance(arg, W_Integer):
            if receiver.value < arg.value:
                return -1
            return 0 if receiver.value == arg.value else 1
    if isinstance(arg, W_Double):
        a = integer_as_float(receiver)
        if a < arg.value:
            return -1
        if a == arg.value:
            return 0
        if a > arg.value:
            return 1
        return -2
    left = bigints.as_big(receiver)
    right = bigints.as_big(arg)
    if left is None or right is None:
        return -2
    return bigints.compare(left, right)


@primitive("Integer", "=")
def integer_equals(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return boolean(compare(receiver, args[0], "Integer>>#=") == 0)


@primitive("Integer", "<")
def integer_less(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    arg = args[0]
    if not (bigints.is_integer(arg) or isinstance(arg, W_Double)):
        raise wrong_argument("Integer>>#<", "a number", arg)
    return boolean(compare(receiver, arg, "Integer>>#<") == -1)


@primitive("Integer", "asString")
def integer_as_string(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    check_receiver(receiver, "Integer>>#asString")
    if isinstance(receiver, W_BigInteger):
        return W_String(bigints.to_string(receiver.value))
    assert isinstance(receiver, W_Integer)
    return W_String(str(receiver.value))


@primitive("Integer", "asDouble")
def integer_as_double(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    check_receiver(receiver, "Integer>>#asDouble")
    return W_Double(integer_as_float(receiver))


def low_32_bits(receiver: W_AbstractObject, name: str) -> int:
    check_receiver(receiver, name)
    if isinstance(receiver, W_BigInteger):
        return bigints.low_32_bits(receiver.value)
    assert isinstance(receiver, W_Integer)
    return receiver.value & 0xFFFFFFFF


@primitive("Integer", "as32BitSignedValue")
def integer_as_32bit_signed(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    a = low_32_bits(receiver, "Integer>>#as32BitSignedValue")
    if a >= 0x80000000:
        a -= 0x100000000
    return W_Integer(a)


@primitive("Integer", "as32BitUnsignedValue")
def integer_as_32bit_unsigned(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(low_32_bits(receiver, "Integer>>#as32BitUnsignedValue"))


@primitive("Integer class", "fromString:")
def integer_from_string(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    text = string_value(args[0], "Integer class>>#fromString:")
    if len(text) == 1:
        # one digit (a parser reading a number character by character): no strip, no copies
        code = ord(text[0])
        if 48 <= code and code <= 57:
            return W_Integer(code - 48)
    text = text.strip()
    negative = False
    digits = text
    if text.startswith("-"):
        negative = True
        digits = text[1:]
    elif text.startswith("+"):
        digits = text[1:]
    if len(digits) == 0:
        return nil()
    for ch in digits:
        if ch < "0" or ch > "9":
            return nil()
    return numbers.integer_literal(digits, negative)
