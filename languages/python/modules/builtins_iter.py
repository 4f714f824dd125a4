"""The iterator builtins — enumerate, zip, map, filter, reversed — and the iterator protocol
(__iter__ returning self, __next__ raising StopIteration) shared by every interp-level iterator.
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.objspace import errors, intobject, iterobject, listobject, ops, setobject, tupleobject
from languages.python.objspace.gateway import METHOD, W_BuiltinFunction, parse_spec, staticmethod_
from languages.python.objspace.iterobject import W_AbstractIterator
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import W_TypeObject, make_builtin_type, w_object

FUNCTIONS: list = []


def iterator_iter(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    return w_self


def iterator_next(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    w_value = ops.next(w_self)
    if w_value is None:
        raise errors.stop_iteration(None)
    return w_value


ITER_SELF = W_BuiltinFunction("__iter__", iterator_iter, parse_spec("self"), METHOD, None, "builtins", "")
NEXT = W_BuiltinFunction("__next__", iterator_next, parse_spec("self"), METHOD, None, "builtins", "")


@not_rpython
def make_iterator_type(w_type: W_TypeObject) -> None:
    w_type.dict_w["__iter__"] = ITER_SELF
    w_type.dict_w["__next__"] = NEXT


for _w_t in [iterobject.w_iterator, iterobject.w_list_iterator, iterobject.w_list_reverseiterator,
             iterobject.w_tuple_iterator, iterobject.w_str_iterator, iterobject.w_dict_keyiterator,
             iterobject.w_dict_reversekeyiterator, setobject.w_set_iterator]:
    make_iterator_type(_w_t)


class W_Enumerate(W_AbstractIterator):
    def __init__(self, w_iter: W_Root, w_count: W_Root) -> None:
        self.w_iter = w_iter
        self.w_count = w_count

    def next_w(self) -> W_Root | None:
        from languages.python.objspace import operators
        w_item = ops.next(self.w_iter)
        if w_item is None:
            return None
        w_count = self.w_count
        self.w_count = operators.binary_op(w_count, intobject.newint(1), operators.ADD)
        return tupleobject.newtuple([w_count, w_item])


class W_Zip(W_AbstractIterator):
    def __init__(self, iters_w: list[W_Root], strict: bool) -> None:
        self.iters_w = iters_w
        self.strict = strict

    def next_w(self) -> W_Root | None:
        if len(self.iters_w) == 0:
            return None
        items_w: list[W_Root] = []
        for i in range(len(self.iters_w)):
            w_item = ops.next(self.iters_w[i])
            if w_item is None:
                if self.strict:
                    self.check_strict(i)
                return None
            items_w.append(w_item)
        return tupleobject.newtuple(items_w)

    def check_strict(self, i: int) -> None:
        if i > 0:
            plural = "" if i == 1 else "s %d-%d" % (1, i)
            if i == 1:
                raise errors.value_error("zip() argument 2 is shorter than argument 1")
            raise errors.value_error("zip() argument %d is shorter than argument%s" % (i + 1, plural))
        for j in range(1, len(self.iters_w)):
            if ops.next(self.iters_w[j]) is not None:
                if j == 1:
                    raise errors.value_error("zip() argument 2 is longer than argument 1")
                raise errors.value_error("zip() argument %d is longer than arguments 1-%d" % (j + 1, j))


class W_Map(W_AbstractIterator):
    def __init__(self, w_func: W_Root, iters_w: list[W_Root]) -> None:
        self.w_func = w_func
        self.iters_w = iters_w

    def next_w(self) -> W_Root | None:
        args_w: list[W_Root] = []
        for w_iter in self.iters_w:
            w_item = ops.next(w_iter)
            if w_item is None:
                return None
            args_w.append(w_item)
        return ops.call_function(self.w_func, args_w)


class W_CallableIterator(W_AbstractIterator):
    """iter(callable, sentinel): calls until the result equals the sentinel."""

    def __init__(self, w_callable: W_Root, w_sentinel: W_Root) -> None:
        self.w_callable: W_Root | None = w_callable
        self.w_sentinel = w_sentinel

    def next_w(self) -> W_Root | None:
        w_callable = self.w_callable
        if w_callable is None:
            return None
        w_value = ops.call_function(w_callable, [])
        if ops.eq_w(w_value, self.w_sentinel):
            self.w_callable = None
            return None
        return w_value


w_callable_iterator = make_builtin_type("callable_iterator", w_object, base_ok=False)
set_static_type(W_CallableIterator, w_callable_iterator)
make_iterator_type(w_callable_iterator)


class W_Filter(W_AbstractIterator):
    def __init__(self, w_func: W_Root, w_iter: W_Root) -> None:
        self.w_func = w_func
        self.w_iter = w_iter

    def next_w(self) -> W_Root | None:
        while True:
            w_item = ops.next(self.w_iter)
            if w_item is None:
                return None
            if self.w_func is w_None:
                keep = ops.is_true(w_item)
            else:
                keep = ops.is_true(ops.call_function(self.w_func, [w_item]))
            if keep:
                return w_item


class W_Reversed(W_AbstractIterator):
    def __init__(self, w_seq: W_Root, length: int) -> None:
        self.w_seq = w_seq
        self.index = length - 1

    def next_w(self) -> W_Root | None:
        if self.index < 0:
            return None
        w_item = ops.getitem(self.w_seq, intobject.newint(self.index))
        self.index -= 1
        return w_item


w_enumerate = make_builtin_type("enumerate", w_object)
w_zip = make_builtin_type("zip", w_object)
w_map = make_builtin_type("map", w_object)
w_filter = make_builtin_type("filter", w_object)
w_reversed = make_builtin_type("reversed", w_object)
set_static_type(W_Enumerate, w_enumerate)
set_static_type(W_Zip, w_zip)
set_static_type(W_Map, w_map)
set_static_type(W_Filter, w_filter)
set_static_type(W_Reversed, w_reversed)
from languages.python.objspace import rangeobject  # noqa: E402

for _w_t in [w_enumerate, w_zip, w_map, w_filter, w_reversed, rangeobject.w_range_iterator]:
    make_iterator_type(_w_t)


@staticmethod_(w_enumerate, "__new__", "cls, iterable, start=None")
def enumerate_new(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[1]
    assert w_iterable is not None
    w_start = args_w[2]
    if w_start is None:
        w_start = intobject.newint(0)
    return W_Enumerate(ops.iter(w_iterable), ops.index_w(w_start))


@staticmethod_(w_zip, "__new__", "cls, *iterables, strict=None")
def zip_new(args_w: list[W_Root | None]) -> W_Root:
    w_iterables = args_w[1]
    assert isinstance(w_iterables, tupleobject.W_TupleObject)
    iters_w: list[W_Root] = []
    for w_iterable in w_iterables.items_w:
        iters_w.append(ops.iter(w_iterable))
    w_strict = args_w[2]
    return W_Zip(iters_w, w_strict is not None and ops.is_true(w_strict))


@staticmethod_(w_map, "__new__", "cls, /, *args")
def map_new(args_w: list[W_Root | None]) -> W_Root:
    w_args = args_w[1]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    if len(w_args.items_w) < 2:
        raise errors.type_error("map() must have at least two arguments.")
    w_func = w_args.items_w[0]
    iters_w: list[W_Root] = []
    for i in range(1, len(w_args.items_w)):
        iters_w.append(ops.iter(w_args.items_w[i]))
    return W_Map(w_func, iters_w)


@staticmethod_(w_filter, "__new__", "cls, function, iterable, /")
def filter_new(args_w: list[W_Root | None]) -> W_Root:
    w_func = args_w[1]
    w_iterable = args_w[2]
    assert w_func is not None and w_iterable is not None
    return W_Filter(w_func, ops.iter(w_iterable))


@staticmethod_(w_reversed, "__new__", "cls, sequence, /")
def reversed_new(args_w: list[W_Root | None]) -> W_Root:
    w_seq = args_w[1]
    assert w_seq is not None
    if isinstance(w_seq, listobject.W_ListObject) and not w_seq._user_:
        return iterobject.W_ListReverseIterObject(w_seq)
    w_method = ops.type_of(w_seq).lookup("__reversed__")
    if w_method is not None:
        return ops.call_function(w_method, [w_seq])
    if ops.type_of(w_seq).lookup("__getitem__") is None:
        raise errors.type_error("'%s' object is not reversible" % ops.type_name(w_seq))
    return W_Reversed(w_seq, ops.len_w(w_seq))
