"""The methods of bytearray that change it: item and slice assignment and deletion, append,
extend, insert, pop, remove, reverse, clear, copy, += and *=; and its live iterator."""

from __future__ import annotations

from languages.python.objspace import errors, intobject, iterobject, ops, sliceobject, strobject
from languages.python.objspace.bytesmethods import byte_value
from languages.python.objspace.bytesobject import W_BytearrayObject, data_of, is_bytes_like, w_bytearray
from languages.python.objspace.gateway import method
from languages.python.objspace.root import W_Root, w_None


def self_array(args_w: list[W_Root | None]) -> W_BytearrayObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_BytearrayObject)
    return w_self


class W_BytearrayIterator(iterobject.W_AbstractIterator):
    """iter(bytearray): reads the array as it changes."""

    def __init__(self, w_array: W_BytearrayObject) -> None:
        self.w_array = w_array
        self.index = 0

    def next_w(self) -> W_Root | None:
        data = self.w_array.data
        if self.index >= len(data):
            return None
        ch = data[self.index]
        self.index += 1
        return intobject.newint(ord(ch))

    def length_hint(self) -> int:
        return max(0, len(self.w_array.data) - self.index)


@method(w_bytearray, "__iter__", "self")
def bytearray_iter(args_w: list[W_Root | None]) -> W_Root:
    return W_BytearrayIterator(self_array(args_w))


def bytes_of_values(w_values: W_Root) -> list[str]:
    """The bytes assigned to a slice or given to extend(): bytes-like, or an iterable of ints."""
    if is_bytes_like(w_values):
        return [ch for ch in data_of(w_values)]
    if isinstance(w_values, strobject.W_StrObject):
        raise errors.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    chars: list[str] = []
    for w_item in ops.unpack_iterable(w_values):
        chars.append(chr(byte_value(w_item)))
    return chars


def index_of(w_array: W_BytearrayObject, w_index: W_Root) -> int:
    if not isinstance(w_index, intobject.W_AbstractIntObject) and ops.type_of(w_index).lookup("__index__") is None:
        raise errors.type_error("bytearray indices must be integers or slices, not %s" % ops.type_name(w_index))
    index = ops.item_index_w(w_index)
    if index < 0:
        index += len(w_array.data)
    if index < 0 or index >= len(w_array.data):
        raise errors.index_error("bytearray index out of range")
    return index


@method(w_bytearray, "__setitem__", "self, index, value, /")
def bytearray_setitem(args_w: list[W_Root | None]) -> W_Root:
    w_array = self_array(args_w)
    w_index = args_w[1]
    w_value = args_w[2]
    assert w_index is not None and w_value is not None
    if isinstance(w_index, sliceobject.W_SliceObject):
        chars = bytes_of_values(w_value)
        s = sliceobject.indices(w_index, len(w_array.data))
        if s.step == 1:
            stop = max(s.start, s.stop)
            w_array.data = w_array.data[:s.start] + chars + w_array.data[stop:]
            return w_None
        if len(chars) != s.length:
            raise errors.value_error("attempt to assign bytes of size %d to extended slice of size %d"
                                     % (len(chars), s.length))
        index = s.start
        for ch in chars:
            w_array.data[index] = ch
            index += s.step
        return w_None
    w_array.data[index_of(w_array, w_index)] = chr(byte_value(w_value))
    return w_None


@method(w_bytearray, "__delitem__", "self, index, /")
def bytearray_delitem(args_w: list[W_Root | None]) -> W_Root:
    w_array = self_array(args_w)
    w_index = args_w[1]
    assert w_index is not None
    if isinstance(w_index, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_index, len(w_array.data))
        if s.length == 0:
            return w_None
        doomed = [False] * len(w_array.data)
        index = s.start
        for _ in range(s.length):
            doomed[index] = True
            index += s.step
        w_array.data = [w_array.data[i] for i in range(len(w_array.data)) if not doomed[i]]
        return w_None
    del w_array.data[index_of(w_array, w_index)]
    return w_None


@method(w_bytearray, "append", "self, item, /")
def bytearray_append(args_w: list[W_Root | None]) -> W_Root:
    w_item = args_w[1]
    assert w_item is not None
    self_array(args_w).data.append(chr(byte_value(w_item)))
    return w_None


@method(w_bytearray, "extend", "self, iterable_of_ints, /")
def bytearray_extend(args_w: list[W_Root | None]) -> W_Root:
    w_values = args_w[1]
    assert w_values is not None
    if isinstance(w_values, intobject.W_AbstractIntObject):
        raise errors.type_error("can't extend bytearray with int")
    w_array = self_array(args_w)
    w_array.data = w_array.data + bytes_of_values(w_values)
    return w_None


@method(w_bytearray, "insert", "self, index, item, /")
def bytearray_insert(args_w: list[W_Root | None]) -> W_Root:
    w_array = self_array(args_w)
    index = ops.int_w(args_w[1])
    w_item = args_w[2]
    assert w_item is not None
    n = len(w_array.data)
    if index < 0:
        index = max(0, index + n)
    if index > n:
        index = n
    w_array.data.insert(index, chr(byte_value(w_item)))
    return w_None


@method(w_bytearray, "pop", "self, index=None, /")
def bytearray_pop(args_w: list[W_Root | None]) -> W_Root:
    w_array = self_array(args_w)
    n = len(w_array.data)
    if n == 0:
        raise errors.index_error("pop from empty bytearray")
    index = n - 1
    if args_w[1] is not None:
        index = ops.int_w(args_w[1])
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise errors.index_error("pop index out of range")
    return intobject.newint(ord(w_array.data.pop(index)))


@method(w_bytearray, "remove", "self, value, /")
def bytearray_remove(args_w: list[W_Root | None]) -> W_Root:
    w_array = self_array(args_w)
    w_value = args_w[1]
    assert w_value is not None
    ch = chr(byte_value(w_value))
    for i in range(len(w_array.data)):
        if w_array.data[i] == ch:
            del w_array.data[i]
            return w_None
    raise errors.value_error("value not found in bytearray")


@method(w_bytearray, "reverse", "self")
def bytearray_reverse(args_w: list[W_Root | None]) -> W_Root:
    self_array(args_w).data.reverse()
    return w_None


@method(w_bytearray, "clear", "self")
def bytearray_clear(args_w: list[W_Root | None]) -> W_Root:
    self_array(args_w).data = []
    return w_None


@method(w_bytearray, "copy", "self")
def bytearray_copy(args_w: list[W_Root | None]) -> W_Root:
    return W_BytearrayObject(list(self_array(args_w).data))


@method(w_bytearray, "__iadd__", "self, other, /")
def bytearray_iadd(args_w: list[W_Root | None]) -> W_Root:
    w_array = self_array(args_w)
    w_other = args_w[1]
    assert w_other is not None
    if not is_bytes_like(w_other):
        raise errors.type_error("can't concat %s to bytearray" % ops.type_name(w_other))
    w_array.data = w_array.data + [ch for ch in data_of(w_other)]
    return w_array


@method(w_bytearray, "__imul__", "self, times, /")
def bytearray_imul(args_w: list[W_Root | None]) -> W_Root:
    w_array = self_array(args_w)
    times = ops.int_w(args_w[1])
    if times <= 0:
        w_array.data = []
    else:
        w_array.data = w_array.data * times
    return w_array


@method(w_bytearray, "__alloc__", "self")
def bytearray_alloc(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(len(self_array(args_w).data) + 1)
