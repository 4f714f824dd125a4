"""The methods of list and tuple: construction, repr, items and slices, concatenation, comparison,
and list's mutators (append, pop, insert, sort — a stable merge sort — ...)."""

from __future__ import annotations

from languages.python.objspace import errors, intobject, iterobject, operators, ops, sliceobject, strobject
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.listobject import W_ListObject, w_list
from languages.python.objspace.root import W_Root, w_None, w_NotImplemented
from languages.python.objspace.tupleobject import W_TupleObject, newtuple, w_tuple
from languages.python.objspace.typeobject import W_TypeObject


def self_list(args_w: list[W_Root | None]) -> W_ListObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_ListObject)
    return w_self


def self_tuple(args_w: list[W_Root | None]) -> W_TupleObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_TupleObject)
    return w_self


def arg(args_w: list[W_Root | None], i: int) -> W_Root:
    w_value = args_w[i]
    assert w_value is not None
    return w_value


class ReprGuard:
    """Objects whose repr is being computed (a list containing itself shows [...])."""

    def __init__(self) -> None:
        self.active: list[W_Root] = []


repr_guard = ReprGuard()


def repr_items(w_self: W_Root, items_w: list[W_Root], open_: str, close: str) -> str:
    for w_active in repr_guard.active:
        if w_active is w_self:
            return open_ + "..." + close
    repr_guard.active.append(w_self)
    try:
        pieces = [ops.repr_w(w_item) for w_item in items_w]
    finally:
        repr_guard.active.pop()
    return open_ + ", ".join(pieces) + close


def sequence_getitem(items_w: list[W_Root], w_index: W_Root, what: str) -> tuple[bool, W_Root | None,
                                                                                  list[W_Root]]:
    """items[index] (False, item, _) or items[slice] (True, None, the slice's items)."""
    if isinstance(w_index, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_index, len(items_w))
        if s.step == 1:
            if s.length == 0:
                return True, None, []
            start = s.start
            stop = start + s.length
            assert start >= 0 and stop >= start
            return True, None, items_w[start:stop]
        result: list[W_Root] = []
        index = s.start
        for _ in range(s.length):
            result.append(items_w[index])
            index += s.step
        return True, None, result
    if not isinstance(w_index, intobject.W_AbstractIntObject) and \
            ops.type_of(w_index).lookup("__index__") is None:
        raise errors.type_error("%s indices must be integers or slices, not %s" % (what, ops.type_name(w_index)))
    index = ops.item_index_w(w_index)
    if index < 0:
        index += len(items_w)
    if index < 0 or index >= len(items_w):
        raise errors.index_error("%s index out of range" % what)
    return False, items_w[index], []


def compare_sequences(items_a: list[W_Root], items_b: list[W_Root], op: int) -> bool:
    n = min(len(items_a), len(items_b))
    for i in range(n):
        w_a = items_a[i]
        w_b = items_b[i]
        if w_a is not w_b and not ops.eq_w(w_a, w_b):
            if op == operators.EQ:
                return False
            if op == operators.NE:
                return True
            return operators.compare_w(w_a, w_b, op)
    return operators.cmp_result(len(items_a) - len(items_b), op)


def repeat_items(items_w: list[W_Root], w_times: W_Root) -> list[W_Root]:
    times = ops.int_w(w_times)
    if times > 0 and len(items_w) > (1 << 40) // times:
        raise errors.memory_error()
    result: list[W_Root] = []
    for _ in range(times):
        result.extend(items_w)
    return result


# ---- list ---------------------------------------------------------------------------------------------

@staticmethod_(w_list, "__new__", "cls, *args, **kwargs")
def list_new(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    if w_cls is w_list:
        return W_ListObject([])
    from languages.python.objspace.listobject import W_ListObjectUser
    assert isinstance(w_cls, W_TypeObject)
    return W_ListObjectUser(w_cls)


@method(w_list, "__init__", "self, iterable=None, /")
def list_init(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_list(args_w)
    w_iterable = args_w[1]
    if w_iterable is None:
        w_self.items_w = []
    else:
        w_self.items_w = ops.unpack_iterable(w_iterable)
    return w_None


@method(w_list, "__repr__", "self")
def list_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_list(args_w)
    return strobject.newstr(repr_items(w_self, w_self.items_w, "[", "]"))


@method(w_list, "__len__", "self")
def list_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(len(self_list(args_w).items_w))


@method(w_list, "__iter__", "self")
def list_iter(args_w: list[W_Root | None]) -> W_Root:
    return iterobject.W_ListIterObject(self_list(args_w))


@method(w_list, "__reversed__", "self")
def list_reversed(args_w: list[W_Root | None]) -> W_Root:
    return iterobject.W_ListReverseIterObject(self_list(args_w))


@method(w_tuple, "__getnewargs__", "self")
def tuple_getnewargs(args_w: list[W_Root | None]) -> W_Root:
    return newtuple([newtuple(list(self_tuple(args_w).items_w))])


@method(w_list, "__getitem__", "self, index, /")
def list_getitem(args_w: list[W_Root | None]) -> W_Root:
    is_slice, w_item, items_w = sequence_getitem(self_list(args_w).items_w, arg(args_w, 1), "list")
    if is_slice:
        return W_ListObject(items_w)
    assert w_item is not None
    return w_item


@method(w_list, "__setitem__", "self, index, value, /")
def list_setitem(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_list(args_w)
    w_index = arg(args_w, 1)
    w_value = arg(args_w, 2)
    items = w_self.items_w
    if isinstance(w_index, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_index, len(items))
        new_w = ops.unpack_iterable(w_value)
        if s.step == 1:
            start = s.start
            stop = max(start, s.stop)
            w_self.items_w = items[:start] + new_w + items[stop:]
            return w_None
        if len(new_w) != s.length:
            raise errors.value_error("attempt to assign sequence of size %d to extended slice of size %d"
                                     % (len(new_w), s.length))
        index = s.start
        for w_new in new_w:
            items[index] = w_new
            index += s.step
        return w_None
    index = ops.int_w(w_index)
    if index < 0:
        index += len(items)
    if index < 0 or index >= len(items):
        raise errors.index_error("list assignment index out of range")
    items[index] = w_value
    return w_None


@method(w_list, "__delitem__", "self, index, /")
def list_delitem(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_list(args_w)
    w_index = arg(args_w, 1)
    items = w_self.items_w
    if isinstance(w_index, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_index, len(items))
        doomed = [False] * len(items)
        index = s.start
        for _ in range(s.length):
            doomed[index] = True
            index += s.step
        w_self.items_w = [items[i] for i in range(len(items)) if not doomed[i]]
        return w_None
    index = ops.int_w(w_index)
    if index < 0:
        index += len(items)
    if index < 0 or index >= len(items):
        raise errors.index_error("list assignment index out of range")
    del items[index]
    return w_None


@method(w_list, "__contains__", "self, value, /")
def list_contains(args_w: list[W_Root | None]) -> W_Root:
    w_value = arg(args_w, 1)
    for w_item in self_list(args_w).items_w:
        if w_item is w_value or ops.eq_w(w_item, w_value):
            return intobject.w_True
    return intobject.w_False


@method(w_list, "__add__", "self, other, /")
def list_add(args_w: list[W_Root | None]) -> W_Root:
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_ListObject):
        raise errors.type_error('can only concatenate list (not "%s") to list' % ops.type_name(w_other))
    return W_ListObject(self_list(args_w).items_w + w_other.items_w)


@method(w_list, "__iadd__", "self, other, /")
def list_iadd(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_list(args_w)
    w_self.items_w.extend(ops.unpack_iterable(arg(args_w, 1)))
    return w_self


@method(w_list, "__imul__", "self, times, /")
def list_imul(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_list(args_w)
    w_times = arg(args_w, 1)
    if not isinstance(w_times, intobject.W_AbstractIntObject) and ops.type_of(w_times).lookup("__index__") is None:
        return w_NotImplemented
    w_self.items_w = repeat_items(w_self.items_w, w_times)
    return w_self


@method(w_list, "__mul__", "self, times, /")
def list_mul(args_w: list[W_Root | None]) -> W_Root:
    if not ops.is_index(args_w[1]):
        return w_NotImplemented
    return W_ListObject(repeat_items(self_list(args_w).items_w, arg(args_w, 1)))


@method(w_list, "__rmul__", "self, times, /")
def list_rmul(args_w: list[W_Root | None]) -> W_Root:
    if not ops.is_index(args_w[1]):
        return w_NotImplemented
    return W_ListObject(repeat_items(self_list(args_w).items_w, arg(args_w, 1)))


def list_compare(args_w: list[W_Root | None], op: int) -> W_Root:
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_ListObject):
        return w_NotImplemented
    return intobject.newbool(compare_sequences(self_list(args_w).items_w, w_other.items_w, op))


@method(w_list, "append", "self, object, /")
def list_append(args_w: list[W_Root | None]) -> W_Root:
    self_list(args_w).items_w.append(arg(args_w, 1))
    return w_None


@method(w_list, "extend", "self, iterable, /")
def list_extend(args_w: list[W_Root | None]) -> W_Root:
    self_list(args_w).items_w.extend(ops.unpack_iterable(arg(args_w, 1)))
    return w_None


@method(w_list, "insert", "self, index, object, /")
def list_insert(args_w: list[W_Root | None]) -> W_Root:
    items = self_list(args_w).items_w
    index = ops.int_w(arg(args_w, 1))
    if index < 0:
        index = max(0, index + len(items))
    index = min(index, len(items))
    items.insert(index, arg(args_w, 2))
    return w_None


@method(w_list, "pop", "self, index=None, /")
def list_pop(args_w: list[W_Root | None]) -> W_Root:
    items = self_list(args_w).items_w
    if len(items) == 0:
        raise errors.index_error("pop from empty list")
    w_index = args_w[1]
    index = len(items) - 1
    if w_index is not None:
        index = ops.int_w(w_index)
        if index < 0:
            index += len(items)
        if index < 0 or index >= len(items):
            raise errors.index_error("pop index out of range")
    return items.pop(index)


@method(w_list, "remove", "self, value, /")
def list_remove(args_w: list[W_Root | None]) -> W_Root:
    items = self_list(args_w).items_w
    w_value = arg(args_w, 1)
    for i in range(len(items)):
        if items[i] is w_value or ops.eq_w(items[i], w_value):
            del items[i]
            return w_None
    raise errors.value_error("list.remove(x): x not in list")


def index_bounds(args_w: list[W_Root | None], n: int) -> tuple[int, int]:
    """The start and stop arguments of index(), clamped like slice bounds."""
    start = 0
    stop = n
    if args_w[2] is not None:
        start = ops.clamped_index_w(arg(args_w, 2))
        if start < 0:
            start = max(0, start + n)
    if args_w[3] is not None:
        stop = ops.clamped_index_w(arg(args_w, 3))
        if stop < 0:
            stop = max(0, stop + n)
    return start, stop


def find_item(items: list[W_Root], w_value: W_Root, start: int, stop: int) -> int:
    i = start
    while i < stop and i < len(items):
        if items[i] is w_value or ops.eq_w(items[i], w_value):
            return i
        i += 1
    return -1


@method(w_list, "index", "self, value, start=None, stop=None, /")
def list_index(args_w: list[W_Root | None]) -> W_Root:
    items = self_list(args_w).items_w
    w_value = arg(args_w, 1)
    start, stop = index_bounds(args_w, len(items))
    i = find_item(items, w_value, start, stop)
    if i < 0:
        raise errors.value_error("%s is not in list" % ops.repr_w(w_value))
    return intobject.newint(i)


@method(w_list, "count", "self, value, /")
def list_count(args_w: list[W_Root | None]) -> W_Root:
    w_value = arg(args_w, 1)
    count = 0
    for w_item in self_list(args_w).items_w:
        if w_item is w_value or ops.eq_w(w_item, w_value):
            count += 1
    return intobject.newint(count)


@method(w_list, "reverse", "self")
def list_reverse(args_w: list[W_Root | None]) -> W_Root:
    self_list(args_w).items_w.reverse()
    return w_None


@method(w_list, "copy", "self")
def list_copy(args_w: list[W_Root | None]) -> W_Root:
    return W_ListObject(list(self_list(args_w).items_w))


@method(w_list, "clear", "self")
def list_clear(args_w: list[W_Root | None]) -> W_Root:
    self_list(args_w).items_w = []
    return w_None


@method(w_list, "sort", "self, *, key=None, reverse=None")
def list_sort(args_w: list[W_Root | None]) -> W_Root:
    sort_list(self_list(args_w), args_w[1], args_w[2])
    return w_None


def sort_list(w_list_: W_ListObject, w_key: W_Root | None, w_reverse: W_Root | None) -> None:
    """A stable merge sort by `key` (reverse keeps stability, as CPython's does)."""
    items = w_list_.items_w
    keys_w = items
    if w_key is not None and w_key is not w_None:
        keys_w = [ops.call_function(w_key, [w_item]) for w_item in items]
    reverse = w_reverse is not None and ops.is_true(w_reverse)
    order = [i for i in range(len(items))]
    if reverse:
        order.reverse()
    if len(order) < 64:
        order = small_sort(order, keys_w)
    else:
        order = merge_sort(order, keys_w)
    if reverse:
        order.reverse()
    w_list_.items_w = [items[i] for i in order]


def small_sort(order: list[int], keys_w: list[W_Root]) -> list[int]:
    """What CPython's timsort does below 64 items, comparison for comparison: the natural run at
    the start (a strictly descending one reversed), then binary insertion of the rest."""
    n = len(order)
    if n < 2:
        return order
    run = 2
    if operators.compare_w(keys_w[order[1]], keys_w[order[0]], operators.LT):
        while run < n and operators.compare_w(keys_w[order[run]], keys_w[order[run - 1]], operators.LT):
            run += 1
        head = order[:run]
        head.reverse()
        order = head + order[run:]
    else:
        while run < n and not operators.compare_w(keys_w[order[run]], keys_w[order[run - 1]], operators.LT):
            run += 1
    for start in range(run, n):
        pivot = order[start]
        low = 0
        high = start
        while low < high:
            middle = low + ((high - low) >> 1)
            if operators.compare_w(keys_w[pivot], keys_w[order[middle]], operators.LT):
                high = middle
            else:
                low = middle + 1
        j = start
        while j > low:
            order[j] = order[j - 1]
            j -= 1
        order[low] = pivot
    return order


def merge_sort(order: list[int], keys_w: list[W_Root]) -> list[int]:
    n = len(order)
    if n <= 1:
        return order
    middle = n // 2
    left = merge_sort(order[:middle], keys_w)
    right = merge_sort(order[middle:], keys_w)
    result: list[int] = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if operators.compare_w(keys_w[right[j]], keys_w[left[i]], operators.LT):
            result.append(right[j])
            j += 1
        else:
            result.append(left[i])
            i += 1
    while i < len(left):
        result.append(left[i])
        i += 1
    while j < len(right):
        result.append(right[j])
        j += 1
    return result


# ---- tuple --------------------------------------------------------------------------------------------

@staticmethod_(w_tuple, "__new__", "cls, iterable=None, /")
def tuple_new(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[1]
    items_w: list[W_Root] = []
    if w_iterable is not None:
        items_w = ops.unpack_iterable(w_iterable)
    w_cls = args_w[0]
    if w_cls is w_tuple:
        return newtuple(items_w)
    from languages.python.objspace.tupleobject import W_TupleObjectUser
    assert isinstance(w_cls, W_TypeObject)
    return W_TupleObjectUser(w_cls, items_w)


@method(w_tuple, "__repr__", "self")
def tuple_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_tuple(args_w)
    if len(w_self.items_w) == 1:
        return strobject.newstr("(" + ops.repr_w(w_self.items_w[0]) + ",)")
    return strobject.newstr(repr_items(w_self, w_self.items_w, "(", ")"))


@method(w_tuple, "__len__", "self")
def tuple_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(len(self_tuple(args_w).items_w))


@method(w_tuple, "__iter__", "self")
def tuple_iter(args_w: list[W_Root | None]) -> W_Root:
    return iterobject.W_TupleIterObject(self_tuple(args_w).items_w)


@method(w_tuple, "__getitem__", "self, index, /")
def tuple_getitem(args_w: list[W_Root | None]) -> W_Root:
    is_slice, w_item, items_w = sequence_getitem(self_tuple(args_w).items_w, arg(args_w, 1), "tuple")
    if is_slice:
        return newtuple(items_w)
    assert w_item is not None
    return w_item


@method(w_tuple, "__contains__", "self, value, /")
def tuple_contains(args_w: list[W_Root | None]) -> W_Root:
    w_value = arg(args_w, 1)
    for w_item in self_tuple(args_w).items_w:
        if w_item is w_value or ops.eq_w(w_item, w_value):
            return intobject.w_True
    return intobject.w_False


@method(w_tuple, "__hash__", "self")
def tuple_hash(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import tupleobject
    return intobject.newint(tupleobject.tuple_hash(self_tuple(args_w).items_w))


@method(w_tuple, "__add__", "self, other, /")
def tuple_add(args_w: list[W_Root | None]) -> W_Root:
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_TupleObject):
        raise errors.type_error('can only concatenate tuple (not "%s") to tuple' % ops.type_name(w_other))
    return newtuple(self_tuple(args_w).items_w + w_other.items_w)


@method(w_tuple, "__mul__", "self, times, /")
def tuple_mul(args_w: list[W_Root | None]) -> W_Root:
    if not ops.is_index(args_w[1]):
        return w_NotImplemented
    return newtuple(repeat_items(self_tuple(args_w).items_w, arg(args_w, 1)))


@method(w_tuple, "__rmul__", "self, times, /")
def tuple_rmul(args_w: list[W_Root | None]) -> W_Root:
    if not ops.is_index(args_w[1]):
        return w_NotImplemented
    return newtuple(repeat_items(self_tuple(args_w).items_w, arg(args_w, 1)))


def tuple_compare(args_w: list[W_Root | None], op: int) -> W_Root:
    w_other = arg(args_w, 1)
    if not isinstance(w_other, W_TupleObject):
        return w_NotImplemented
    return intobject.newbool(compare_sequences(self_tuple(args_w).items_w, w_other.items_w, op))


@method(w_tuple, "index", "self, value, start=None, stop=None, /")
def tuple_index(args_w: list[W_Root | None]) -> W_Root:
    items = self_tuple(args_w).items_w
    w_value = arg(args_w, 1)
    start, stop = index_bounds(args_w, len(items))
    i = find_item(items, w_value, start, stop)
    if i < 0:
        raise errors.value_error("tuple.index(x): x not in tuple")
    return intobject.newint(i)


@method(w_tuple, "count", "self, value, /")
def tuple_count(args_w: list[W_Root | None]) -> W_Root:
    w_value = arg(args_w, 1)
    count = 0
    for w_item in self_tuple(args_w).items_w:
        if w_item is w_value or ops.eq_w(w_item, w_value):
            count += 1
    return intobject.newint(count)


@method(w_list, "__eq__", "self, other, /")
def list_cmp_eq(args_w: list[W_Root | None]) -> W_Root:
    return list_compare(args_w, 1)


@method(w_tuple, "__eq__", "self, other, /")
def tuple_cmp_eq(args_w: list[W_Root | None]) -> W_Root:
    return tuple_compare(args_w, 1)


@method(w_list, "__ne__", "self, other, /")
def list_cmp_ne(args_w: list[W_Root | None]) -> W_Root:
    return list_compare(args_w, 2)


@method(w_tuple, "__ne__", "self, other, /")
def tuple_cmp_ne(args_w: list[W_Root | None]) -> W_Root:
    return tuple_compare(args_w, 2)


@method(w_list, "__lt__", "self, other, /")
def list_cmp_lt(args_w: list[W_Root | None]) -> W_Root:
    return list_compare(args_w, 3)


@method(w_tuple, "__lt__", "self, other, /")
def tuple_cmp_lt(args_w: list[W_Root | None]) -> W_Root:
    return tuple_compare(args_w, 3)


@method(w_list, "__le__", "self, other, /")
def list_cmp_le(args_w: list[W_Root | None]) -> W_Root:
    return list_compare(args_w, 4)


@method(w_tuple, "__le__", "self, other, /")
def tuple_cmp_le(args_w: list[W_Root | None]) -> W_Root:
    return tuple_compare(args_w, 4)


@method(w_list, "__gt__", "self, other, /")
def list_cmp_gt(args_w: list[W_Root | None]) -> W_Root:
    return list_compare(args_w, 5)


@method(w_tuple, "__gt__", "self, other, /")
def tuple_cmp_gt(args_w: list[W_Root | None]) -> W_Root:
    return tuple_compare(args_w, 5)


@method(w_list, "__ge__", "self, other, /")
def list_cmp_ge(args_w: list[W_Root | None]) -> W_Root:
    return list_compare(args_w, 6)


@method(w_tuple, "__ge__", "self, other, /")
def tuple_cmp_ge(args_w: list[W_Root | None]) -> W_Root:
    return tuple_compare(args_w, 6)
