"""list: a resizable array of objects (an RPython list of W_Root) and its core operations."""

from __future__ import annotations

from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object


class W_ListObject(W_Root):
    def __init__(self, items_w: list[W_Root]) -> None:
        self.items_w = items_w

    def length(self) -> int:
        return len(self.items_w)


class W_ListObjectUser(UserMixin, W_ListObject):
    def __init__(self, w_class: W_TypeObject) -> None:
        W_ListObject.__init__(self, [])
        self.init_user(w_class)


w_list = make_builtin_type("list", w_object)
set_static_type(W_ListObject, w_list)


def newlist(items_w: list[W_Root]) -> W_ListObject:
    return W_ListObject(items_w)


def getitem_index(w_list_: W_ListObject, index: int) -> W_Root:
    from languages.python.objspace import errors
    items = w_list_.items_w
    if index < 0:
        index += len(items)
    if index < 0 or index >= len(items):
        raise errors.index_error("list index out of range")
    return items[index]


def setitem_index(w_list_: W_ListObject, index: int, w_value: W_Root) -> None:
    from languages.python.objspace import errors
    items = w_list_.items_w
    if index < 0:
        index += len(items)
    if index < 0 or index >= len(items):
        raise errors.index_error("list assignment index out of range")
    items[index] = w_value
