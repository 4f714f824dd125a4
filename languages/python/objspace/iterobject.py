"""Iterators over the builtin sequences and the sequence protocol (__getitem__ with 0, 1, 2...)."""

from __future__ import annotations

from languages.python.objspace import dictobject, errors, exceptions, listobject, strobject, tupleobject
from languages.python.objspace.root import OperationError, W_Root, set_static_type
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_AbstractIterator(W_Root):
    """An interp-level iterator: next_w() returns the next item or None at the end."""

    def next_w(self) -> W_Root | None:
        raise NotImplementedError

    def length_hint(self) -> int:
        return 0


class W_SeqIterObject(W_AbstractIterator):
    """iter() of an object that only has __getitem__."""

    def __init__(self, w_seq: W_Root) -> None:
        self.w_seq: W_Root | None = w_seq
        self.index = 0

    def next_w(self) -> W_Root | None:
        from languages.python.objspace import intobject, ops
        w_seq = self.w_seq
        if w_seq is None:
            return None
        try:
            w_item = ops.getitem(w_seq, intobject.newint(self.index))
        except OperationError as e:
            if errors.matches(e, exceptions.w_IndexError) or errors.matches(e, exceptions.w_StopIteration):
                self.w_seq = None
                return None
            raise
        self.index += 1
        return w_item


class W_ListIterObject(W_AbstractIterator):
    def __init__(self, w_list: listobject.W_ListObject) -> None:
        self.w_list: listobject.W_ListObject | None = w_list
        self.index = 0

    def next_w(self) -> W_Root | None:
        w_list = self.w_list
        if w_list is None:
            return None
        index = self.index
        if index >= len(w_list.items_w):
            self.w_list = None
            return None
        self.index = index + 1
        return w_list.items_w[index]

    def length_hint(self) -> int:
        w_list = self.w_list
        if w_list is None:
            return 0
        return max(0, len(w_list.items_w) - self.index)


class W_ListReverseIterObject(W_AbstractIterator):
    def __init__(self, w_list: listobject.W_ListObject) -> None:
        self.w_list: listobject.W_ListObject | None = w_list
        self.index = len(w_list.items_w) - 1

    def next_w(self) -> W_Root | None:
        w_list = self.w_list
        if w_list is None:
            return None
        index = self.index
        if index < 0 or index >= len(w_list.items_w):
            self.w_list = None
            return None
        self.index = index - 1
        return w_list.items_w[index]

    def length_hint(self) -> int:
        if self.w_list is None:
            return 0
        return self.index + 1


class W_TupleIterObject(W_AbstractIterator):
    def __init__(self, items_w: list[W_Root]) -> None:
        self.items_w = items_w
        self.index = 0

    def next_w(self) -> W_Root | None:
        index = self.index
        if index >= len(self.items_w):
            return None
        self.index = index + 1
        return self.items_w[index]

    def length_hint(self) -> int:
        return max(0, len(self.items_w) - self.index)


class W_StrIterObject(W_AbstractIterator):
    def __init__(self, value: str) -> None:
        self.value = value
        self.index = 0

    def next_w(self) -> W_Root | None:
        index = self.index
        if index >= len(self.value):
            return None
        self.index = index + 1
        return strobject.newstr(self.value[index])

    def length_hint(self) -> int:
        return max(0, len(self.value) - self.index)


# what a dict iterator yields
KEYS = 0
VALUES = 1
ITEMS = 2


class W_DictIterObject(W_AbstractIterator):
    def __init__(self, w_dict: dictobject.W_DictObject, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind
        self.position = 0
        self.expected_size = w_dict.used
        self.remaining = w_dict.used

    def next_w(self) -> W_Root | None:
        w_dict = self.w_dict
        if w_dict.used != self.expected_size:
            self.expected_size = -1
            raise errors.runtime_error("dictionary changed size during iteration")
        position = dictobject.next_entry(w_dict, self.position)
        if position >= len(w_dict.keys_w):
            self.position = position
            return None
        self.position = position + 1
        self.remaining -= 1
        w_key = w_dict.keys_w[position]
        w_value = w_dict.values_w[position]
        assert w_key is not None and w_value is not None
        if self.kind == KEYS:
            return w_key
        if self.kind == VALUES:
            return w_value
        return tupleobject.newtuple([w_key, w_value])

    def length_hint(self) -> int:
        return max(0, self.remaining)


class W_DictReverseIterObject(W_AbstractIterator):
    def __init__(self, w_dict: dictobject.W_DictObject, kind: int) -> None:
        self.w_dict = w_dict
        self.kind = kind
        self.position = len(w_dict.keys_w) - 1
        self.expected_size = w_dict.used

    def next_w(self) -> W_Root | None:
        w_dict = self.w_dict
        if w_dict.used != self.expected_size:
            raise errors.runtime_error("dictionary changed size during iteration")
        position = self.position
        while position >= 0 and (position >= len(w_dict.keys_w) or w_dict.keys_w[position] is None):
            position -= 1
        if position < 0:
            self.position = -1
            return None
        self.position = position - 1
        w_key = w_dict.keys_w[position]
        w_value = w_dict.values_w[position]
        assert w_key is not None and w_value is not None
        if self.kind == KEYS:
            return w_key
        if self.kind == VALUES:
            return w_value
        return tupleobject.newtuple([w_key, w_value])


w_iterator = make_builtin_type("iterator", w_object, base_ok=False)
w_list_iterator = make_builtin_type("list_iterator", w_object, base_ok=False)
w_list_reverseiterator = make_builtin_type("list_reverseiterator", w_object, base_ok=False)
w_tuple_iterator = make_builtin_type("tuple_iterator", w_object, base_ok=False)
w_str_iterator = make_builtin_type("str_ascii_iterator", w_object, base_ok=False)
w_dict_keyiterator = make_builtin_type("dict_keyiterator", w_object, base_ok=False)
w_dict_reversekeyiterator = make_builtin_type("dict_reversekeyiterator", w_object, base_ok=False)
set_static_type(W_AbstractIterator, w_iterator)
set_static_type(W_SeqIterObject, w_iterator)
set_static_type(W_ListIterObject, w_list_iterator)
set_static_type(W_ListReverseIterObject, w_list_reverseiterator)
set_static_type(W_TupleIterObject, w_tuple_iterator)
set_static_type(W_StrIterObject, w_str_iterator)
set_static_type(W_DictIterObject, w_dict_keyiterator)
set_static_type(W_DictReverseIterObject, w_dict_reversekeyiterator)
