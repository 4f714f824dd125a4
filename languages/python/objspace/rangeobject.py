"""range objects: lazy arithmetic sequences with machine-int bounds, and their iterator."""

from __future__ import annotations

from languages.python.objspace.iterobject import W_AbstractIterator
from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_RangeObject(W_Root):
    _immutable_fields_ = ["start", "stop", "step", "length"]

    def __init__(self, start: int, stop: int, step: int) -> None:
        self.start = start
        self.stop = stop
        self.step = step
        self.length = range_length(start, stop, step)


class W_RangeIterObject(W_AbstractIterator):
    def __init__(self, current: int, step: int, remaining: int) -> None:
        self.current = current
        self.step = step
        self.remaining = remaining

    def next_w(self) -> W_Root | None:
        from languages.python.objspace import intobject
        if self.remaining <= 0:
            return None
        value = self.current
        self.current = value + self.step
        self.remaining -= 1
        return intobject.newint(value)

    def length_hint(self) -> int:
        return self.remaining


w_range = make_builtin_type("range", w_object, base_ok=False)
w_range_iterator = make_builtin_type("range_iterator", w_object, base_ok=False)
set_static_type(W_RangeObject, w_range)
set_static_type(W_RangeIterObject, w_range_iterator)


def range_length(start: int, stop: int, step: int) -> int:
    if step > 0:
        if start >= stop:
            return 0
        return (stop - start - 1) // step + 1
    if start <= stop:
        return 0
    return (start - stop - 1) // (-step) + 1


def item_at(w_range_: W_RangeObject, index: int) -> int:
    return w_range_.start + index * w_range_.step
