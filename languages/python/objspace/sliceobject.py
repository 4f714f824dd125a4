"""slice objects and the normalization of slice bounds against a sequence length."""

from __future__ import annotations

from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_SliceObject(W_Root):
    _immutable_fields_ = ["w_start", "w_stop", "w_step"]

    def __init__(self, w_start: W_Root, w_stop: W_Root, w_step: W_Root) -> None:
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step


w_slice = make_builtin_type("slice", w_object, base_ok=False)
set_static_type(W_SliceObject, w_slice)


class SliceIndices:
    def __init__(self, start: int, stop: int, step: int, length: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        self.length = length


def slice_index(w_value: W_Root) -> int:
    """A slice bound: an int or an object with __index__, clamped to the machine range."""
    from languages.python.objspace import errors, ops
    if not ops.is_index(w_value):
        raise errors.type_error("slice indices must be integers or None or have an __index__ method")
    return ops.clamped_index_w(w_value)


def indices(w_slice_: W_SliceObject, length: int) -> SliceIndices:
    """start, stop, step and the number of items of the slice over `length` items (CPython's rules)."""
    from languages.python.objspace import errors
    step = 1
    if w_slice_.w_step is not w_None:
        step = slice_index(w_slice_.w_step)
        if step == 0:
            raise errors.value_error("slice step cannot be zero")
    if step < 0:
        lower = -1
        upper = length - 1
    else:
        lower = 0
        upper = length
    if w_slice_.w_start is w_None:
        start = upper if step < 0 else lower
    else:
        start = slice_index(w_slice_.w_start)
        if start < 0:
            start += length
            if start < lower:
                start = lower
        elif start > upper:
            start = upper
    if w_slice_.w_stop is w_None:
        stop = lower if step < 0 else upper
    else:
        stop = slice_index(w_slice_.w_stop)
        if stop < 0:
            stop += length
            if stop < lower:
                stop = lower
        elif stop > upper:
            stop = upper
    count = 0
    if step < 0:
        if stop < start:
            count = (start - stop - 1) // (-step) + 1
    elif start < stop:
        count = (stop - start - 1) // step + 1
    return SliceIndices(start, stop, step, count)
