"""set and frozenset: a dict whose keys are the elements (values unused), so hashing and equality
follow the dict's rules and iteration order is insertion order."""

from __future__ import annotations

from languages.python.objspace import dictobject
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_SetObject(W_Root):
    def __init__(self, frozen: bool = False) -> None:
        self.w_dict = dictobject.W_DictObject()
        self.frozen = frozen

    def getclass(self) -> W_Root:
        if self.frozen:
            return w_frozenset
        return w_set


w_set = make_builtin_type("set", w_object)
w_frozenset = make_builtin_type("frozenset", w_object)
set_static_type(W_SetObject, w_set)


def add(w_set_: W_SetObject, w_item: W_Root) -> None:
    dictobject.setitem(w_set_.w_dict, w_item, w_None)


def contains(w_set_: W_SetObject, w_item: W_Root) -> bool:
    return dictobject.lookup(w_set_.w_dict, w_item) is not None


def items(w_set_: W_SetObject) -> list[W_Root]:
    return dictobject.keys(w_set_.w_dict)


def length(w_set_: W_SetObject) -> int:
    return w_set_.w_dict.used


def new_set(items_w: list[W_Root], frozen: bool) -> W_SetObject:
    w_result = W_SetObject(frozen)
    for w_item in items_w:
        add(w_result, w_item)
    return w_result
