"""The methods of range (construction, items and slices, search, equality and hashing, the start/
stop/step attributes) and of slice (construction, repr, attributes, indices(), comparison)."""

from __future__ import annotations

from languages.python.objspace import errors, intobject, ops, rangeobject, sliceobject, strobject, tupleobject
from languages.python.objspace.descriptors import getset
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.rangeobject import W_RangeObject, w_range
from languages.python.objspace.root import W_Root, w_None, w_NotImplemented
from languages.python.objspace.sliceobject import W_SliceObject, w_slice


def self_range(args_w: list[W_Root | None]) -> W_RangeObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_RangeObject)
    return w_self


def range_bound(w_value: W_Root | None) -> int:
    assert w_value is not None
    if not isinstance(w_value, intobject.W_AbstractIntObject) and ops.type_of(w_value).lookup("__index__") is None:
        raise errors.type_error("'%s' object cannot be interpreted as an integer" % ops.type_name(w_value))
    return ops.int_w(w_value)


@staticmethod_(w_range, "__new__", "cls, start, stop=None, step=None, /")
def range_new(args_w: list[W_Root | None]) -> W_Root:
    w_stop = args_w[2]
    if w_stop is None:
        return W_RangeObject(0, range_bound(args_w[1]), 1)
    step = 1
    if args_w[3] is not None:
        step = range_bound(args_w[3])
        if step == 0:
            raise errors.value_error("range() arg 3 must not be zero")
    return W_RangeObject(range_bound(args_w[1]), range_bound(w_stop), step)


@method(w_range, "__iter__", "self")
def range_iter(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_range(args_w)
    return rangeobject.W_RangeIterObject(w_self.start, w_self.step, w_self.length)


@method(w_range, "__reversed__", "self")
def range_reversed(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_range(args_w)
    last = rangeobject.item_at(w_self, w_self.length - 1)
    return rangeobject.W_RangeIterObject(last, -w_self.step, w_self.length)


@method(w_range, "__len__", "self")
def range_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_range(args_w).length)


@method(w_range, "__bool__", "self")
def range_bool(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_range(args_w).length > 0)


@method(w_range, "__getitem__", "self, index, /")
def range_getitem(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_range(args_w)
    w_index = args_w[1]
    assert w_index is not None
    if isinstance(w_index, W_SliceObject):
        s = sliceobject.indices(w_index, w_self.length)
        start = rangeobject.item_at(w_self, s.start)
        step = w_self.step * s.step
        stop = rangeobject.item_at(w_self, s.stop)
        return W_RangeObject(start, stop, step)
    if not isinstance(w_index, intobject.W_AbstractIntObject) and ops.type_of(w_index).lookup("__index__") is None:
        raise errors.type_error("range indices must be integers or slices, not %s" % ops.type_name(w_index))
    index = ops.item_index_w(w_index)
    if index < 0:
        index += w_self.length
    if index < 0 or index >= w_self.length:
        raise errors.index_error("range object index out of range")
    return intobject.newint(rangeobject.item_at(w_self, index))


def position_of(w_self: W_RangeObject, w_value: W_Root) -> int:
    """The index of w_value in the range, -1 when absent (ints by arithmetic, others by ==)."""
    if isinstance(w_value, intobject.W_IntObject) and not w_value._user_:
        value = w_value.intval
        if w_self.step > 0:
            inside = w_self.start <= value < w_self.stop
        else:
            inside = w_self.stop < value <= w_self.start
        offset = value - w_self.start
        if inside and offset % w_self.step == 0:
            return offset // w_self.step
        return -1
    if isinstance(w_value, intobject.W_AbstractIntObject) and not w_value._user_:
        return -1
    for i in range(w_self.length):
        if ops.eq_w(intobject.newint(rangeobject.item_at(w_self, i)), w_value):
            return i
    return -1


@method(w_range, "__contains__", "self, value, /")
def range_contains(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    return intobject.newbool(position_of(self_range(args_w), w_value) >= 0)


@method(w_range, "index", "self, value, /")
def range_index(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    position = position_of(self_range(args_w), w_value)
    if position < 0:
        raise errors.value_error("%s is not in range" % ops.repr_w(w_value))
    return intobject.newint(position)


@method(w_range, "count", "self, value, /")
def range_count(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[1]
    assert w_value is not None
    w_self = self_range(args_w)
    if isinstance(w_value, intobject.W_AbstractIntObject) and not w_value._user_:
        return intobject.newint(1 if position_of(w_self, w_value) >= 0 else 0)
    count = 0
    for i in range(w_self.length):
        if ops.eq_w(intobject.newint(rangeobject.item_at(w_self, i)), w_value):
            count += 1
    return intobject.newint(count)


@method(w_range, "__repr__", "self")
def range_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_range(args_w)
    if w_self.step == 1:
        return strobject.newstr("range(%d, %d)" % (w_self.start, w_self.stop))
    return strobject.newstr("range(%d, %d, %d)" % (w_self.start, w_self.stop, w_self.step))


def same_sequence(w_a: W_RangeObject, w_b: W_RangeObject) -> bool:
    """Ranges are equal when they produce the same numbers."""
    if w_a.length != w_b.length:
        return False
    if w_a.length == 0:
        return True
    if w_a.start != w_b.start:
        return False
    return w_a.length == 1 or w_a.step == w_b.step


@method(w_range, "__eq__", "self, other, /")
def range_eq(args_w: list[W_Root | None]) -> W_Root:
    w_other = args_w[1]
    if not isinstance(w_other, W_RangeObject):
        return w_NotImplemented
    return intobject.newbool(same_sequence(self_range(args_w), w_other))


@method(w_range, "__ne__", "self, other, /")
def range_ne(args_w: list[W_Root | None]) -> W_Root:
    w_other = args_w[1]
    if not isinstance(w_other, W_RangeObject):
        return w_NotImplemented
    return intobject.newbool(not same_sequence(self_range(args_w), w_other))


@method(w_range, "__hash__", "self")
def range_hash(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_range(args_w)
    items_w: list[W_Root] = [intobject.newint(w_self.length), w_None, w_None]
    if w_self.length > 0:
        items_w[1] = intobject.newint(w_self.start)
        if w_self.length > 1:
            items_w[2] = intobject.newint(w_self.step)
    return intobject.newint(ops.hash_w(tupleobject.newtuple(items_w)))


def range_start(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_RangeObject)
    return intobject.newint(w_obj.start)


def range_stop(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_RangeObject)
    return intobject.newint(w_obj.stop)


def range_step(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_RangeObject)
    return intobject.newint(w_obj.step)


getset(w_range, "start", range_start)
getset(w_range, "stop", range_stop)
getset(w_range, "step", range_step)


# ---- slice --------------------------------------------------------------------------------------------

def self_slice(args_w: list[W_Root | None]) -> W_SliceObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_SliceObject)
    return w_self


def or_none(w_value: W_Root | None) -> W_Root:
    if w_value is None:
        return w_None
    return w_value


@staticmethod_(w_slice, "__new__", "cls, start, stop=None, step=None, /")
def slice_new(args_w: list[W_Root | None]) -> W_Root:
    if args_w[2] is None:
        return W_SliceObject(w_None, or_none(args_w[1]), w_None)
    return W_SliceObject(or_none(args_w[1]), or_none(args_w[2]), or_none(args_w[3]))


@method(w_slice, "__repr__", "self")
def slice_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_slice(args_w)
    return strobject.newstr("slice(%s, %s, %s)" % (ops.repr_w(w_self.w_start), ops.repr_w(w_self.w_stop),
                                                 ops.repr_w(w_self.w_step)))


@method(w_slice, "indices", "self, length, /")
def slice_indices(args_w: list[W_Root | None]) -> W_Root:
    length = ops.int_w(args_w[1])
    if length < 0:
        raise errors.value_error("length should not be negative")
    s = sliceobject.indices(self_slice(args_w), length)
    return tupleobject.newtuple([intobject.newint(s.start), intobject.newint(s.stop), intobject.newint(s.step)])


def slice_tuple(w_slice_: W_SliceObject) -> W_Root:
    return tupleobject.newtuple([w_slice_.w_start, w_slice_.w_stop, w_slice_.w_step])


def slice_compare(args_w: list[W_Root | None], op: int) -> W_Root:
    from languages.python.objspace import operators
    w_other = args_w[1]
    if not isinstance(w_other, W_SliceObject):
        return w_NotImplemented
    return operators.compare(slice_tuple(self_slice(args_w)), slice_tuple(w_other), op)


@method(w_slice, "__eq__", "self, other, /")
def slice_eq(args_w: list[W_Root | None]) -> W_Root:
    return slice_compare(args_w, 1)


@method(w_slice, "__ne__", "self, other, /")
def slice_ne(args_w: list[W_Root | None]) -> W_Root:
    return slice_compare(args_w, 2)


@method(w_slice, "__lt__", "self, other, /")
def slice_lt(args_w: list[W_Root | None]) -> W_Root:
    return slice_compare(args_w, 3)


@method(w_slice, "__le__", "self, other, /")
def slice_le(args_w: list[W_Root | None]) -> W_Root:
    return slice_compare(args_w, 4)


@method(w_slice, "__gt__", "self, other, /")
def slice_gt(args_w: list[W_Root | None]) -> W_Root:
    return slice_compare(args_w, 5)


@method(w_slice, "__ge__", "self, other, /")
def slice_ge(args_w: list[W_Root | None]) -> W_Root:
    return slice_compare(args_w, 6)


def slice_start(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_SliceObject)
    return w_obj.w_start


def slice_stop(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_SliceObject)
    return w_obj.w_stop


def slice_step(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_SliceObject)
    return w_obj.w_step


getset(w_slice, "start", slice_start)
getset(w_slice, "stop", slice_stop)
getset(w_slice, "step", slice_step)
