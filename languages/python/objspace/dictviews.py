"""dict.keys(), .values() and .items(): live views with len, iteration (forward and reversed),
membership, repr, and for keys and items the set operators and comparisons."""

from __future__ import annotations

from languages.python.objspace import dictobject, intobject, iterobject, ops, setobject, strobject
from languages.python.objspace.dictobject import W_DictObject
from languages.python.objspace.gateway import method
from languages.python.objspace.root import W_Root, set_static_type, w_NotImplemented
from languages.python.objspace.setobject import W_SetObject
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_DictView(W_Root):
    def __init__(self, w_dict_: W_DictObject, kind: int) -> None:
        self.w_dict = w_dict_
        self.kind = kind

    def getclass(self) -> W_Root:
        if self.kind == iterobject.KEYS:
            return w_dict_keys
        if self.kind == iterobject.VALUES:
            return w_dict_values
        return w_dict_items


w_dict_keys = make_builtin_type("dict_keys", w_object, base_ok=False)
w_dict_values = make_builtin_type("dict_values", w_object, base_ok=False)
w_dict_items = make_builtin_type("dict_items", w_object, base_ok=False)
set_static_type(W_DictView, w_dict_keys)


def view_of(args_w: list[W_Root | None]) -> W_DictView:
    w_self = args_w[0]
    assert isinstance(w_self, W_DictView)
    return w_self


def arg(args_w: list[W_Root | None], i: int) -> W_Root:
    w_value = args_w[i]
    assert w_value is not None
    return w_value


@method(w_dict_items, "__iter__", "self")
@method(w_dict_values, "__iter__", "self")
@method(w_dict_keys, "__iter__", "self")
def view_iter(args_w: list[W_Root | None]) -> W_Root:
    w_view = view_of(args_w)
    return iterobject.W_DictIterObject(w_view.w_dict, w_view.kind)


@method(w_dict_items, "__reversed__", "self")
@method(w_dict_values, "__reversed__", "self")
@method(w_dict_keys, "__reversed__", "self")
def view_reversed(args_w: list[W_Root | None]) -> W_Root:
    w_view = view_of(args_w)
    return iterobject.W_DictReverseIterObject(w_view.w_dict, w_view.kind)


@method(w_dict_items, "__len__", "self")
@method(w_dict_values, "__len__", "self")
@method(w_dict_keys, "__len__", "self")
def view_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(view_of(args_w).w_dict.used)


@method(w_dict_items, "__repr__", "self")
@method(w_dict_values, "__repr__", "self")
@method(w_dict_keys, "__repr__", "self")
def view_repr(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace.listmethods import repr_items
    w_view = view_of(args_w)
    items_w = ops.unpack_iterable(w_view)
    return strobject.newstr("%s(%s)" % (ops.type_name(w_view), repr_items(w_view, items_w, "[", "]")))


def item_in_view(w_view: W_DictView, w_item: W_Root) -> bool:
    from languages.python.objspace import tupleobject
    if w_view.kind == iterobject.KEYS:
        return dictobject.lookup(w_view.w_dict, w_item) is not None
    if w_view.kind == iterobject.ITEMS:
        if not isinstance(w_item, tupleobject.W_TupleObject) or len(w_item.items_w) != 2:
            return False
        w_value = dictobject.lookup(w_view.w_dict, w_item.items_w[0])
        return w_value is not None and ops.eq_w(w_value, w_item.items_w[1])
    w_iter = iterobject.W_DictIterObject(w_view.w_dict, w_view.kind)
    while True:
        w_next = w_iter.next_w()
        if w_next is None:
            return False
        if ops.eq_w(w_next, w_item):
            return True


@method(w_dict_items, "__contains__", "self, key, /")
@method(w_dict_values, "__contains__", "self, key, /")
@method(w_dict_keys, "__contains__", "self, key, /")
def view_contains(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(item_in_view(view_of(args_w), arg(args_w, 1)))


# ---- keys and items as sets -------------------------------------------------------------------------

def set_of(w_obj: W_Root) -> W_SetObject:
    w_result = W_SetObject(False)
    setobject.update(w_result, w_obj)
    return w_result


def set_operands(args_w: list[W_Root | None], reflected: bool) -> tuple[W_Root, W_Root]:
    if reflected:
        return arg(args_w, 1), arg(args_w, 0)
    return arg(args_w, 0), arg(args_w, 1)


def view_intersection(w_a: W_Root, w_b: W_Root) -> W_Root:
    w_result = W_SetObject(False)
    if isinstance(w_a, W_DictView):
        w_iter = ops.iter(w_b)
        while True:
            w_item = ops.next(w_iter)
            if w_item is None:
                return w_result
            if item_in_view(w_a, w_item):
                setobject.add(w_result, w_item)
    from languages.python.objspace import setmethods
    return setmethods.intersection(set_of(w_a), w_b)


def is_iterable(w_obj: W_Root) -> bool:
    w_type_ = ops.type_of(w_obj)
    return w_type_.lookup("__iter__") is not None or w_type_.lookup("__getitem__") is not None


def view_binary(args_w: list[W_Root | None], op: int, reflected: bool) -> W_Root:
    from languages.python.objspace import setmethods
    w_a, w_b = set_operands(args_w, reflected)
    if not is_iterable(w_a) or not is_iterable(w_b):
        return w_NotImplemented
    if op == 0:
        return view_intersection(w_a, w_b)
    w_result = set_of(w_a)
    if op == 1:
        setobject.update(w_result, w_b)
    elif op == 2:
        setmethods.difference_update(w_result, w_b)
    else:
        setmethods.symmetric_difference_update(w_result, w_b)
    return w_result


@method(w_dict_items, "__and__", "self, other, /")
@method(w_dict_keys, "__and__", "self, other, /")
def view_and(args_w: list[W_Root | None]) -> W_Root:
    return view_binary(args_w, 0, False)


@method(w_dict_items, "__rand__", "self, other, /")
@method(w_dict_keys, "__rand__", "self, other, /")
def view_rand(args_w: list[W_Root | None]) -> W_Root:
    return view_binary(args_w, 0, True)


@method(w_dict_items, "__or__", "self, other, /")
@method(w_dict_keys, "__or__", "self, other, /")
def view_or(args_w: list[W_Root | None]) -> W_Root:
    return view_binary(args_w, 1, False)


@method(w_dict_items, "__ror__", "self, other, /")
@method(w_dict_keys, "__ror__", "self, other, /")
def view_ror(args_w: list[W_Root | None]) -> W_Root:
    return view_binary(args_w, 1, True)


@method(w_dict_items, "__sub__", "self, other, /")
@method(w_dict_keys, "__sub__", "self, other, /")
def view_sub(args_w: list[W_Root | None]) -> W_Root:
    return view_binary(args_w, 2, False)


@method(w_dict_items, "__rsub__", "self, other, /")
@method(w_dict_keys, "__rsub__", "self, other, /")
def view_rsub(args_w: list[W_Root | None]) -> W_Root:
    return view_binary(args_w, 2, True)


@method(w_dict_items, "__xor__", "self, other, /")
@method(w_dict_keys, "__xor__", "self, other, /")
def view_xor(args_w: list[W_Root | None]) -> W_Root:
    return view_binary(args_w, 3, False)


@method(w_dict_items, "__rxor__", "self, other, /")
@method(w_dict_keys, "__rxor__", "self, other, /")
def view_rxor(args_w: list[W_Root | None]) -> W_Root:
    return view_binary(args_w, 3, True)


@method(w_dict_items, "isdisjoint", "self, other, /")
@method(w_dict_keys, "isdisjoint", "self, other, /")
def view_isdisjoint(args_w: list[W_Root | None]) -> W_Root:
    w_view = view_of(args_w)
    w_iter = ops.iter(arg(args_w, 1))
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return intobject.w_True
        if item_in_view(w_view, w_item):
            return intobject.w_False


def is_set_like(w_obj: W_Root) -> bool:
    if isinstance(w_obj, W_SetObject):
        return True
    return isinstance(w_obj, W_DictView) and w_obj.kind != iterobject.VALUES


def all_in(w_small: W_Root, w_big: W_Root) -> bool:
    w_iter = ops.iter(w_small)
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return True
        if not ops.contains(w_big, w_item):
            return False


def view_compare(args_w: list[W_Root | None], op: int) -> W_Root:
    w_self = view_of(args_w)
    w_other = arg(args_w, 1)
    if not is_set_like(w_other):
        return w_NotImplemented
    n = w_self.w_dict.used
    m = ops.len_w(w_other)
    if op == 1 or op == 2:
        equal = n == m and all_in(w_self, w_other)
        return intobject.newbool(equal if op == 1 else not equal)
    if op == 3:
        return intobject.newbool(n < m and all_in(w_self, w_other))
    if op == 4:
        return intobject.newbool(n <= m and all_in(w_self, w_other))
    if op == 5:
        return intobject.newbool(n > m and all_in(w_other, w_self))
    return intobject.newbool(n >= m and all_in(w_other, w_self))


@method(w_dict_items, "__eq__", "self, other, /")
@method(w_dict_keys, "__eq__", "self, other, /")
def view_eq(args_w: list[W_Root | None]) -> W_Root:
    return view_compare(args_w, 1)


@method(w_dict_items, "__ne__", "self, other, /")
@method(w_dict_keys, "__ne__", "self, other, /")
def view_ne(args_w: list[W_Root | None]) -> W_Root:
    return view_compare(args_w, 2)


@method(w_dict_items, "__lt__", "self, other, /")
@method(w_dict_keys, "__lt__", "self, other, /")
def view_lt(args_w: list[W_Root | None]) -> W_Root:
    return view_compare(args_w, 3)


@method(w_dict_items, "__le__", "self, other, /")
@method(w_dict_keys, "__le__", "self, other, /")
def view_le(args_w: list[W_Root | None]) -> W_Root:
    return view_compare(args_w, 4)


@method(w_dict_items, "__gt__", "self, other, /")
@method(w_dict_keys, "__gt__", "self, other, /")
def view_gt(args_w: list[W_Root | None]) -> W_Root:
    return view_compare(args_w, 5)


@method(w_dict_items, "__ge__", "self, other, /")
@method(w_dict_keys, "__ge__", "self, other, /")
def view_ge(args_w: list[W_Root | None]) -> W_Root:
    return view_compare(args_w, 6)
