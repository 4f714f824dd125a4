"""tuple: an immutable sequence of objects, hashed with CPython's xxHash-based algorithm."""

from __future__ import annotations

from kit.rlib.rarithmetic import intmask, r_uint
from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object

XXPRIME_1 = r_uint(11400714785074694791)
XXPRIME_2 = r_uint(14029467366897019727)
XXPRIME_5 = r_uint(2870177450012600261)


class W_TupleObject(W_Root):
    _immutable_fields_ = ["items_w[*]"]

    def __init__(self, items_w: list[W_Root]) -> None:
        self.items_w = items_w

    def length(self) -> int:
        return len(self.items_w)


class W_TupleObjectUser(UserMixin, W_TupleObject):
    def __init__(self, w_class: W_TypeObject, items_w: list[W_Root]) -> None:
        W_TupleObject.__init__(self, items_w)
        self.init_user(w_class)


w_tuple = make_builtin_type("tuple", w_object)
set_static_type(W_TupleObject, w_tuple)

EMPTY_TUPLE = W_TupleObject([])


def newtuple(items_w: list[W_Root]) -> W_TupleObject:
    if len(items_w) == 0:
        return EMPTY_TUPLE
    return W_TupleObject(items_w)


def tuple_hash(items_w: list[W_Root]) -> int:
    from languages.python.objspace import ops
    acc = XXPRIME_5
    for w_item in items_w:
        lane = r_uint(ops.hash_w(w_item))
        acc += lane * XXPRIME_2
        acc = (acc << 31) | (acc >> 33)
        acc *= XXPRIME_1
    acc += r_uint(len(items_w)) ^ (XXPRIME_5 ^ r_uint(3527539))
    if acc == r_uint(-1):
        return 1546275796
    return intmask(acc)


def getitem_index(w_tuple_: W_TupleObject, index: int) -> W_Root:
    from languages.python.objspace import errors
    items = w_tuple_.items_w
    if index < 0:
        index += len(items)
    if index < 0 or index >= len(items):
        raise errors.index_error("tuple index out of range")
    return items[index]
