"""The methods of bytes (held as an RPython str of characters 0-255): construction, repr, items
(ints) and slices, comparison, concatenation, searching, decode; and str.encode."""

from __future__ import annotations

from languages.python.objspace import errors, exceptions, intobject, iterobject, ops, sliceobject, strobject
from languages.python.objspace.bytesobject import W_BytesObject, bytes_repr, w_bytes
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.root import W_Root, w_None, w_NotImplemented


def self_data(args_w: list[W_Root | None]) -> str:
    w_self = args_w[0]
    assert isinstance(w_self, W_BytesObject)
    return w_self.value


def bytes_arg(args_w: list[W_Root | None], i: int) -> str:
    w_value = args_w[i]
    if not isinstance(w_value, W_BytesObject):
        raise errors.type_error("a bytes-like object is required, not '%s'" % ops.type_name(w_value))
    return w_value.value


def encoding_of(w_encoding: W_Root | None) -> str:
    if w_encoding is None or w_encoding is w_None:
        return "utf-8"
    encoding = ops.text_w(w_encoding, "encoding").lower().replace("_", "-")
    if encoding == "utf8":
        return "utf-8"
    if encoding == "latin1" or encoding == "iso-8859-1":
        return "latin-1"
    return encoding


def encode_text(text: str, encoding: str) -> str:
    """The bytes of `text` (one character per byte)."""
    if encoding == "utf-8":
        return text.encode("utf-8").decode("latin-1")
    if encoding == "ascii" or encoding == "latin-1":
        limit = 128 if encoding == "ascii" else 256
        for i in range(len(text)):
            if ord(text[i]) >= limit:
                raise errors.oper_error(
                    exceptions.w_UnicodeEncodeError,
                    "'%s' codec can't encode character '\\x%x' in position %d: ordinal not in range(%d)"
                    % (encoding, ord(text[i]), i, limit))
        return text
    raise errors.oper_error(exceptions.w_LookupError, "unknown encoding: %s" % encoding)


def decode_data(data: str, encoding: str) -> str:
    if encoding == "utf-8":
        try:
            return data.encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            raise errors.oper_error(exceptions.w_UnicodeDecodeError, "'utf-8' codec can't decode bytes") from None
    if encoding == "ascii" or encoding == "latin-1":
        if encoding == "ascii":
            for i in range(len(data)):
                if ord(data[i]) >= 128:
                    raise errors.oper_error(exceptions.w_UnicodeDecodeError,
                                            "'ascii' codec can't decode byte 0x%x in position %d: ordinal not in "
                                            "range(128)" % (ord(data[i]), i))
        return data
    raise errors.oper_error(exceptions.w_LookupError, "unknown encoding: %s" % encoding)


@staticmethod_(w_bytes, "__new__", "cls, source=None, encoding=None, errors=None")
def bytes_new(args_w: list[W_Root | None]) -> W_Root:
    w_source = args_w[1]
    if w_source is None:
        return W_BytesObject("")
    if isinstance(w_source, strobject.W_StrObject):
        if args_w[2] is None:
            raise errors.type_error("string argument without an encoding")
        return W_BytesObject(encode_text(w_source.value, encoding_of(args_w[2])))
    if isinstance(w_source, W_BytesObject):
        return W_BytesObject(w_source.value)
    if isinstance(w_source, intobject.W_AbstractIntObject):
        count = ops.int_w(w_source)
        if count < 0:
            raise errors.value_error("negative count")
        return W_BytesObject("\x00" * count)
    chars: list[str] = []
    for w_item in ops.unpack_iterable(w_source):
        value = ops.int_w(w_item)
        if value < 0 or value > 255:
            raise errors.value_error("bytes must be in range(0, 256)")
        chars.append(chr(value))
    return W_BytesObject("".join(chars))


@method(w_bytes, "__repr__", "self")
def bytes_repr_method(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr(bytes_repr(self_data(args_w), "b"))


@method(w_bytes, "__len__", "self")
def bytes_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(len(self_data(args_w)))


@method(w_bytes, "__hash__", "self")
def bytes_hash(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(strobject.hash_text(self_data(args_w)))


@method(w_bytes, "__iter__", "self")
def bytes_iter(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    items_w: list[W_Root] = [intobject.newint(ord(ch)) for ch in data]
    return iterobject.W_TupleIterObject(items_w)


@method(w_bytes, "__getitem__", "self, index, /")
def bytes_getitem(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    w_index = args_w[1]
    assert w_index is not None
    if isinstance(w_index, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_index, len(data))
        chars: list[str] = []
        index = s.start
        for _ in range(s.length):
            chars.append(data[index])
            index += s.step
        return W_BytesObject("".join(chars))
    index = ops.int_w(w_index)
    if index < 0:
        index += len(data)
    if index < 0 or index >= len(data):
        raise errors.index_error("index out of range")
    return intobject.newint(ord(data[index]))


@method(w_bytes, "__contains__", "self, sub, /")
def bytes_contains(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    w_sub = args_w[1]
    if isinstance(w_sub, intobject.W_AbstractIntObject):
        return intobject.newbool(data.find(chr(ops.int_w(w_sub))) >= 0)
    return intobject.newbool(data.find(bytes_arg(args_w, 1)) >= 0)


@method(w_bytes, "__add__", "self, other, /")
def bytes_add(args_w: list[W_Root | None]) -> W_Root:
    w_other = args_w[1]
    if not isinstance(w_other, W_BytesObject):
        return w_NotImplemented
    return W_BytesObject(self_data(args_w) + w_other.value)


@method(w_bytes, "__mul__", "self, times, /")
def bytes_mul(args_w: list[W_Root | None]) -> W_Root:
    return W_BytesObject(self_data(args_w) * max(0, ops.int_w(args_w[1])))


def bytes_compare(args_w: list[W_Root | None], op: int) -> W_Root:
    from languages.python.objspace import operators
    w_other = args_w[1]
    if not isinstance(w_other, W_BytesObject):
        return w_NotImplemented
    return intobject.newbool(operators.cmp_result(strobject.compare(self_data(args_w), w_other.value), op))


@method(w_bytes, "__eq__", "self, other, /")
def bytes_eq(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 1)


@method(w_bytes, "__ne__", "self, other, /")
def bytes_ne(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 2)


@method(w_bytes, "__lt__", "self, other, /")
def bytes_lt(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 3)


@method(w_bytes, "__le__", "self, other, /")
def bytes_le(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 4)


@method(w_bytes, "__gt__", "self, other, /")
def bytes_gt(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 5)


@method(w_bytes, "__ge__", "self, other, /")
def bytes_ge(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 6)


@method(w_bytes, "decode", "self, encoding=None, errors=None")
def bytes_decode(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr(decode_data(self_data(args_w), encoding_of(args_w[1])))


@method(w_bytes, "hex", "self")
def bytes_hex(args_w: list[W_Root | None]) -> W_Root:
    digits = "0123456789abcdef"
    pieces: list[str] = []
    for ch in self_data(args_w):
        pieces.append(digits[ord(ch) >> 4])
        pieces.append(digits[ord(ch) & 15])
    return strobject.newstr("".join(pieces))


@method(w_bytes, "join", "self, iterable, /")
def bytes_join(args_w: list[W_Root | None]) -> W_Root:
    pieces: list[str] = []
    w_iterable = args_w[1]
    assert w_iterable is not None
    for w_item in ops.unpack_iterable(w_iterable):
        if not isinstance(w_item, W_BytesObject):
            raise errors.type_error("sequence item: expected a bytes-like object, %s found" % ops.type_name(w_item))
        pieces.append(w_item.value)
    return W_BytesObject(self_data(args_w).join(pieces))


@method(w_bytes, "startswith", "self, prefix, /")
def bytes_startswith(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_data(args_w).startswith(bytes_arg(args_w, 1)))


@method(w_bytes, "endswith", "self, suffix, /")
def bytes_endswith(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_data(args_w).endswith(bytes_arg(args_w, 1)))


@method(w_bytes, "find", "self, sub, /")
def bytes_find(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_data(args_w).find(bytes_arg(args_w, 1)))


@method(w_bytes, "count", "self, sub, /")
def bytes_count(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_data(args_w).count(bytes_arg(args_w, 1)))


@method(w_bytes, "replace", "self, old, new, /")
def bytes_replace(args_w: list[W_Root | None]) -> W_Root:
    return W_BytesObject(self_data(args_w).replace(bytes_arg(args_w, 1), bytes_arg(args_w, 2)))


@method(w_bytes, "upper", "self")
def bytes_upper(args_w: list[W_Root | None]) -> W_Root:
    return W_BytesObject(self_data(args_w).upper())


@method(w_bytes, "lower", "self")
def bytes_lower(args_w: list[W_Root | None]) -> W_Root:
    return W_BytesObject(self_data(args_w).lower())


@method(strobject.w_str, "encode", "self, encoding=None, errors=None")
def str_encode(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert isinstance(w_self, strobject.W_StrObject)
    return W_BytesObject(encode_text(w_self.value, encoding_of(args_w[1])))
