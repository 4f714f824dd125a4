"""Primitives of Array: indexed access (1-based, bounds-checked), length, and allocation.

`Array new: n` answers an array of n nils; subclasses of Array allocate instances of themselves.
"""

from languages.smalltalk.errors import SomError
from languages.smalltalk.objects import W_AbstractObject, W_Array, W_Integer, nil
from languages.smalltalk.primitives import primitive
from languages.smalltalk.primitives.helpers import int_value, receiver_array, receiver_class


def checked_index(array: W_Array, index: W_AbstractObject, name: str) -> int:
    i = int_value(index, name)
    if i < 1 or i > len(array.items):
        raise SomError("%s: index %d is out of bounds for an array of length %d" % (name, i, len(array.items)))
    return i - 1


@primitive("Array", "at:")
def array_at(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    array = receiver_array(receiver, "Array>>#at:")
    return array.items[checked_index(array, args[0], "Array>>#at:")]


@primitive("Array", "at:put:")
def array_at_put(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    array = receiver_array(receiver, "Array>>#at:put:")
    array.items[checked_index(array, args[0], "Array>>#at:put:")] = args[1]
    return args[1]


@primitive("Array", "length")
def array_length(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    return W_Integer(len(receiver_array(receiver, "Array>>#length").items))


@primitive("Array class", "new:")
def array_new(receiver: W_AbstractObject, args: list) -> W_AbstractObject:
    cls = receiver_class(receiver, "Array class>>#new:")
    length = int_value(args[0], "Array class>>#new:")
    if length < 0:
        raise SomError("Array class>>#new:: negative length %d" % length)
    return W_Array([nil()] * length, cls)
