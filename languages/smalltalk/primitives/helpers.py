"""Argument checks shared by the primitives: each answers the unboxed value or raises SomError.

Primitives never trust their arguments: a wrong kind of object is a SOM error naming the
primitive, never a Python exception or a crash.
"""

from languages.smalltalk import bigints
from languages.smalltalk.bigints import W_BigInteger
from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import (
    W_AbstractObject,
    W_Array,
    W_Class,
    W_Double,
    W_Integer,
    W_String,
    W_Symbol,
)


def describe(value: W_AbstractObject) -> str:
    return "an instance of %s" % value.get_class().class_name()


def wrong_argument(primitive: str, expected: str, value: W_AbstractObject) -> SomError:
    return SomError("%s: the argument must be %s, not %s" % (primitive, expected, describe(value)))


def int_value(value: W_AbstractObject, primitive: str) -> int:
    if isinstance(value, W_Integer):
        return value.value
    if isinstance(value, W_BigInteger):
        raise SomError("%s: the Integer argument is too large" % primitive)
    raise wrong_argument(primitive, "an Integer", value)


def string_value(value: W_AbstractObject, primitive: str) -> str:
    if isinstance(value, W_String):
        return value.value
    raise wrong_argument(primitive, "a String", value)


def symbol_arg(value: W_AbstractObject, primitive: str) -> W_Symbol:
    if isinstance(value, W_Symbol):
        return value
    raise wrong_argument(primitive, "a Symbol", value)


def array_arg(value: W_AbstractObject, primitive: str) -> W_Array:
    if isinstance(value, W_Array):
        return value
    raise wrong_argument(primitive, "an Array", value)


def class_arg(value: W_AbstractObject, primitive: str) -> W_Class:
    if isinstance(value, W_Class):
        return value
    raise wrong_argument(primitive, "a class", value)


def number_as_float(value: W_AbstractObject, primitive: str) -> float:
    if isinstance(value, W_Double):
        return value.value
    if isinstance(value, W_Integer):
        return float(value.value)
    if isinstance(value, W_BigInteger):
        return bigints.to_float(value.value)
    raise wrong_argument(primitive, "a number", value)


def receiver_float(receiver: W_AbstractObject, primitive: str) -> float:
    if isinstance(receiver, W_Double):
        return receiver.value
    raise SomError("%s: the receiver must be a Double, not %s" % (primitive, describe(receiver)))


def receiver_string(receiver: W_AbstractObject, primitive: str) -> str:
    if isinstance(receiver, W_String):
        return receiver.value
    raise SomError("%s: the receiver must be a String, not %s" % (primitive, describe(receiver)))


def receiver_array(receiver: W_AbstractObject, primitive: str) -> W_Array:
    if isinstance(receiver, W_Array):
        return receiver
    raise SomError("%s: the receiver must be an Array, not %s" % (primitive, describe(receiver)))


def receiver_class(receiver: W_AbstractObject, primitive: str) -> W_Class:
    if isinstance(receiver, W_Class):
        return receiver
    raise SomError("%s: the receiver must be a class, not %s" % (primitive, describe(receiver)))
