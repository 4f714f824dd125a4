"""str: immutable text (an RPython str of code points) with a cached hash; the basic operations
(concatenation, repetition, slicing, comparison) that the interpreter uses directly.
The methods of str live in strmethods.py, formatting in strformat.py.
"""

from __future__ import annotations

from kit.rlib import jit
from kit.rlib.rarithmetic import intmask, r_uint
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


class InternTable:
    """The str objects of names the interpreter looks up by their text (attribute and global
    names): each is built and hashed once. Bounded: the table starts over when it is full."""

    LIMIT = 20000

    def __init__(self) -> None:
        self.strings: dict[str, W_StrObject] = {}


intern_table = InternTable()


@jit.elidable
def interned(value: str) -> W_StrObject:
    """A str object for `value` whose hash is already computed (the same object each time)."""
    w_s = intern_table.strings.get(value, None)
    if w_s is None:
        if len(intern_table.strings) >= InternTable.LIMIT:
            intern_table.strings = {}
        w_s = W_StrObject(value)
        str_hash(w_s)
        intern_table.strings[value] = w_s
    return w_s


def repr_str(value: str) -> str:
    return _repr_str(value)


def str_hash(w_s: W_StrObject) -> int:
    h = w_s.hash
    if h == -1:
        h = hash_text(w_s.value)
        w_s.hash = h
    return h


def hash_text(s: str) -> int:
    """CPython's hash of a str when hash randomization is off (PYTHONHASHSEED=0): SipHash-1-3
    with a zero key over the string's canonical storage (1, 2 or 4 bytes per code point)."""
    if len(s) == 0:
        return 0
    widest = 0
    for ch in s:
        widest = max(widest, ord(ch))
    width = 1 if widest < 256 else (2 if widest < 65536 else 4)
    return siphash13_codepoints(s, width)


def hash_bytes(data: str) -> int:
    """CPython's hash of bytes (one char per byte) with hash randomization off."""
    if len(data) == 0:
        return 0
    return siphash13_codepoints(data, 1)


def rotl(x: r_uint, bits: int) -> r_uint:
    return (x << bits) | (x >> (64 - bits))


class SipState:
    def __init__(self) -> None:
        self.v0 = r_uint(0x736f6d6570736575)
        self.v1 = r_uint(0x646f72616e646f6d)
        self.v2 = r_uint(0x6c7967656e657261)
        self.v3 = r_uint(0x7465646279746573)

    def round(self) -> None:
        self.v0 += self.v1
        self.v1 = rotl(self.v1, 13)
        self.v1 ^= self.v0
        self.v0 = rotl(self.v0, 32)
        self.v2 += self.v3
        self.v3 = rotl(self.v3, 16)
        self.v3 ^= self.v2
        self.v0 += self.v3
        self.v3 = rotl(self.v3, 21)
        self.v3 ^= self.v0
        self.v2 += self.v1
        self.v1 = rotl(self.v1, 17)
        self.v1 ^= self.v2
        self.v2 = rotl(self.v2, 32)

    def block(self, m: r_uint) -> None:
        self.v3 ^= m
        self.round()
        self.v0 ^= m


def siphash13_codepoints(s: str, width: int) -> int:
    """SipHash-1-3 (zero key) of the little-endian bytes of s, `width` bytes per code point."""
    state = SipState()
    total = len(s) * width
    word = r_uint(0)
    filled = 0
    for ch in s:
        code = ord(ch)
        for _ in range(width):
            word |= r_uint(code & 0xFF) << (8 * filled)
            code >>= 8
            filled += 1
            if filled == 8:
                state.block(word)
                word = r_uint(0)
                filled = 0
    last = word | (r_uint(total & 0xFF) << 56)
    state.block(last)
    state.v2 ^= r_uint(0xFF)
    state.round()
    state.round()
    state.round()
    h = intmask(state.v0 ^ state.v1 ^ state.v2 ^ state.v3)
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
