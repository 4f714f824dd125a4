"""str: immutable text (an RPython str of code points) with a cached hash; the basic operations
(concatenation, repetition, slicing, comparison) that the interpreter uses directly.
The methods of str live in strmethods.py, formatting in strformat.py.
"""

from __future__ import annotations

from kit.rlib.rarithmetic import intmask
from kit.rlib.unicodetext import repr_str as _repr_str
from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object


class W_StrObject(W_Root):
    _immutable_fields_ = ["value"]

    def __init__(self, value: str) -> None:
        self.value = value
        self.hash = -1


class W_StrObjectUser(UserMixin, W_StrObject):
    def __init__(self, w_class: W_TypeObject, value: str) -> None:
        W_StrObject.__init__(self, value)
        self.init_user(w_class)


w_str = make_builtin_type("str", w_object)
set_static_type(W_StrObject, w_str)

EMPTY = W_StrObject("")
CHARS = [W_StrObject(chr(i)) for i in range(256)]


def newstr(value: str) -> W_StrObject:
    if len(value) == 1:
        cp = ord(value[0])
        if cp < 256:
            return CHARS[cp]
    elif len(value) == 0:
        return EMPTY
    return W_StrObject(value)


def repr_str(value: str) -> str:
    return _repr_str(value)


def str_hash(w_s: W_StrObject) -> int:
    h = w_s.hash
    if h == -1:
        h = hash_text(w_s.value)
        w_s.hash = h
    return h


def hash_text(s: str) -> int:
    """A deterministic hash of text (CPython's is randomized per process anyway)."""
    if len(s) == 0:
        return 0
    h = intmask(0xcbf29ce484222325)
    for ch in s:
        h = intmask((h ^ ord(ch)) * 0x100000001b3)
    h = intmask(h ^ (h >> 29) ^ len(s))
    if h == -1:
        h = -2
    return h


def concat(w_a: W_StrObject, w_b: W_StrObject) -> W_StrObject:
    return newstr(w_a.value + w_b.value)


def repeat(value: str, times: int) -> str:
    from languages.python.objspace import errors
    if times <= 0 or len(value) == 0:
        return ""
    if times > 0 and len(value) > (1 << 40) // times:
        raise errors.memory_error()
    return value * times


def compare(a: str, b: str) -> int:
    if a == b:
        return 0
    if a < b:
        return -1
    return 1


def getitem_index(w_s: W_StrObject, index: int) -> W_StrObject:
    from languages.python.objspace import errors
    value = w_s.value
    n = len(value)
    if index < 0:
        index += n
    if index < 0 or index >= n:
        raise errors.index_error("string index out of range")
    return newstr(value[index])


def slice_text(value: str, start: int, stop: int, step: int, length: int) -> str:
    """value[start:stop:step] given normalized slice indices and the slice length."""
    if step == 1:
        if start >= stop:
            return ""
        return value[start:stop]
    chars = []
    i = start
    for _ in range(length):
        chars.append(value[i])
        i += step
    return "".join(chars)
