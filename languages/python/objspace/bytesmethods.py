"""The methods bytes and bytearray share for construction, repr, items (ints) and slices,
comparison, concatenation, repetition, `%`, hex/fromhex, join and decode; and str.encode.
(Searching, splitting and case methods are in bytestext.py; bytearray's mutations in
bytearraymethods.py.) Both hold bytes as RPython str/list items of characters 0-255.
"""

from __future__ import annotations

from kit.rlib import runicode
from languages.python.objspace import errors, exceptions, intobject, iterobject, ops, sliceobject, strobject, widecodecs
from languages.python.objspace.bytesobject import (
    W_BytearrayObject,
    W_BytesObject,
    buffer_w,
    bytes_repr,
    data_of,
    is_bytes_like,
    w_bytearray,
    w_bytes,
)
from languages.python.objspace.gateway import classmethod_, method, staticmethod_
from languages.python.objspace.root import W_Root, w_None, w_NotImplemented
from languages.python.objspace.typeobject import W_TypeObject


def self_data(args_w: list[W_Root | None]) -> str:
    w_self = args_w[0]
    assert w_self is not None
    return data_of(w_self)


def arg_data(args_w: list[W_Root | None], i: int) -> str:
    w_value = args_w[i]
    assert w_value is not None
    return buffer_w(w_value)


def wrap_like(w_self: W_Root | None, data: str) -> W_Root:
    """A new object of w_self's builtin kind (bytes or bytearray) holding `data`."""
    if isinstance(w_self, W_BytearrayObject):
        return W_BytearrayObject([ch for ch in data])
    return W_BytesObject(data)


# ---- codecs -------------------------------------------------------------------------------------------

def encoding_of(w_encoding: W_Root | None) -> str:
    if w_encoding is None or w_encoding is w_None:
        return "utf-8"
    name = ops.text_w(w_encoding, "encode() argument 'encoding'").lower().replace("_", "-")
    if name == "utf8" or name == "u8" or name == "utf":
        return "utf-8"
    if name == "latin1" or name == "iso-8859-1" or name == "iso8859-1" or name == "8859" or name == "l1" or \
            name == "latin":
        return "latin-1"
    if name == "us-ascii" or name == "646":
        return "ascii"
    return name


def errors_of(w_errors: W_Root | None) -> str:
    if w_errors is None or w_errors is w_None:
        return "strict"
    return ops.text_w(w_errors, "encode() argument 'errors'")


def codec_error(e: runicode.RUnicodeError, decoding: bool, w_object: W_Root) -> errors.OperationError:
    """The UnicodeDecodeError/UnicodeEncodeError for a codec failure, with CPython's fields."""
    from languages.python.objspace import exceptionkinds
    w_type = exceptions.w_UnicodeDecodeError if decoding else exceptions.w_UnicodeEncodeError
    return errors.OperationError(exceptionkinds.new_unicode_error(
        w_type, e.encoding, w_object, e.start, e.end, e.reason))


def encode_text(text: str, encoding: str, error_mode: str) -> str:
    """The bytes of `text` (one character per byte)."""
    if error_mode not in ("strict", "replace", "ignore", "surrogateescape", "surrogatepass", "backslashreplace",
                          "xmlcharrefreplace"):
        raise errors.oper_error(exceptions.w_LookupError, "unknown error handler name '%s'" % error_mode)
    try:
        if encoding == "utf-8":
            return runicode.encode_utf_8(text, error_mode).decode("latin-1")
        if encoding == "ascii":
            return runicode.encode_ascii(text, error_mode).decode("latin-1")
        if encoding == "latin-1":
            return runicode.encode_latin_1(text, error_mode).decode("latin-1")
        size, order, known = widecodecs.wide_codec(encoding)
        if known:
            return widecodecs.encode_wide(text, size, order, error_mode)
    except runicode.RUnicodeError as e:
        raise codec_error(e, False, strobject.newstr(text)) from None
    raise errors.oper_error(exceptions.w_LookupError, "unknown encoding: %s" % encoding)


def decode_data(data: str, encoding: str, error_mode: str) -> str:
    if error_mode not in ("strict", "replace", "ignore", "surrogateescape", "surrogatepass", "backslashreplace"):
        raise errors.oper_error(exceptions.w_LookupError, "unknown error handler name '%s'" % error_mode)
    raw = data.encode("latin-1")
    try:
        if encoding == "utf-8":
            return runicode.decode_utf_8(raw, error_mode)
        if encoding == "ascii":
            return runicode.decode_ascii(raw, error_mode)
        if encoding == "latin-1":
            return runicode.decode_latin_1(raw)
        size, order, known = widecodecs.wide_codec(encoding)
        if known:
            return widecodecs.decode_wide(data, size, order, error_mode)
    except runicode.RUnicodeError as e:
        raise codec_error(e, True, W_BytesObject(data)) from None
    raise errors.oper_error(exceptions.w_LookupError, "unknown encoding: %s" % encoding)


def decode_object(w_obj: W_Root | None, w_encoding: W_Root | None, w_errors: W_Root | None) -> str:
    """str(obj, encoding, errors)."""
    if w_obj is None:
        return ""
    if isinstance(w_obj, strobject.W_StrObject):
        raise errors.type_error("decoding str is not supported")
    if not is_bytes_like(w_obj):
        raise errors.type_error("decoding to str: need a bytes-like object, %s found" % ops.type_name(w_obj))
    return decode_data(data_of(w_obj), encoding_of(w_encoding), errors_of(w_errors))


@method(strobject.w_str, "encode", "self, encoding=None, errors=None")
def str_encode(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert isinstance(w_self, strobject.W_StrObject)
    return W_BytesObject(encode_text(w_self.value, encoding_of(args_w[1]), errors_of(args_w[2])))


@method(w_bytearray, "decode", "self, encoding=None, errors=None")
@method(w_bytes, "decode", "self, encoding=None, errors=None")
def bytes_decode(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr(decode_data(self_data(args_w), encoding_of(args_w[1]), errors_of(args_w[2])))


# ---- construction -------------------------------------------------------------------------------------

def bytes_from(w_source: W_Root | None, w_encoding: W_Root | None, w_errors: W_Root | None, name: str) -> str:
    """The bytes that bytes(...)/bytearray(...) build from their arguments."""
    if w_source is None:
        if w_encoding is not None or w_errors is not None:
            raise errors.type_error("encoding or errors without sequence argument")
        return ""
    if isinstance(w_source, strobject.W_StrObject):
        if w_encoding is None:
            raise errors.type_error("string argument without an encoding")
        return encode_text(w_source.value, encoding_of(w_encoding), errors_of(w_errors))
    if w_encoding is not None:
        raise errors.type_error("encoding without a string argument")
    if w_errors is not None:
        raise errors.type_error("errors without a string argument")
    if is_bytes_like(w_source):
        return data_of(w_source)
    if name == "bytes":
        w_method = ops.type_of(w_source).lookup("__bytes__")
        if w_method is not None:
            w_result = ops.call_function(w_method, [w_source])
            if not isinstance(w_result, W_BytesObject):
                raise errors.type_error("__bytes__ returned non-bytes (type %s)" % ops.type_name(w_result))
            return w_result.value
    if isinstance(w_source, intobject.W_AbstractIntObject) or ops.type_of(w_source).lookup("__index__") is not None:
        count = ops.int_w(w_source)
        if count < 0:
            raise errors.value_error("negative count")
        return "\x00" * count
    w_type_ = ops.type_of(w_source)
    if w_type_.lookup("__iter__") is None and w_type_.lookup("__getitem__") is None:
        raise errors.type_error("cannot convert '%s' object to %s" % (w_type_.name, name))
    chars: list[str] = []
    for w_item in ops.unpack_iterable(w_source):
        value = ops.int_w(w_item)
        if value < 0 or value > 255:
            raise errors.value_error("bytes must be in range(0, 256)")
        chars.append(chr(value))
    return "".join(chars)


def byte_value(w_item: W_Root) -> int:
    """An int in range(256) from an int-like item (bytes(), bytearray.append...)."""
    value = ops.int_w(w_item)
    if value < 0 or value > 255:
        raise errors.value_error("byte must be in range(0, 256)")
    return value


@staticmethod_(w_bytes, "__new__", "cls, source=None, encoding=None, errors=None")
def bytes_new(args_w: list[W_Root | None]) -> W_Root:
    data = bytes_from(args_w[1], args_w[2], args_w[3], "bytes")
    w_cls = args_w[0]
    if w_cls is w_bytes or w_cls is None:
        return W_BytesObject(data)
    from languages.python.objspace.bytesobject import W_BytesObjectUser
    assert isinstance(w_cls, W_TypeObject)
    return W_BytesObjectUser(w_cls, data)


@staticmethod_(w_bytearray, "__new__", "cls, *args, **kwargs")
def bytearray_new(args_w: list[W_Root | None]) -> W_Root:
    w_cls = args_w[0]
    if w_cls is w_bytearray or w_cls is None:
        return W_BytearrayObject([])
    from languages.python.objspace.bytesobject import W_BytearrayObjectUser
    assert isinstance(w_cls, W_TypeObject)
    return W_BytearrayObjectUser(w_cls, [])


@method(w_bytearray, "__init__", "self, source=None, encoding=None, errors=None")
def bytearray_init(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert isinstance(w_self, W_BytearrayObject)
    data = bytes_from(args_w[1], args_w[2], args_w[3], "bytearray")
    w_self.data = [ch for ch in data]
    return w_None


@classmethod_(w_bytearray, "fromhex", "cls, string, /")
@classmethod_(w_bytes, "fromhex", "cls, string, /")
def bytes_fromhex(args_w: list[W_Root | None]) -> W_Root:
    text = ops.text_w(args_w[1], "fromhex() argument")
    chars: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == " " or text[i] == "\t" or text[i] == "\n" or text[i] == "\r" or text[i] == "\x0b" or \
                text[i] == "\x0c":
            i += 1
            continue
        high = hex_digit(text[i])
        if high < 0:
            raise errors.value_error("non-hexadecimal number found in fromhex() arg at position %d" % i)
        if i + 1 >= n:
            raise errors.value_error("non-hexadecimal number found in fromhex() arg at position %d" % (i + 1))
        low = hex_digit(text[i + 1])
        if low < 0:
            raise errors.value_error("non-hexadecimal number found in fromhex() arg at position %d" % (i + 1))
        chars.append(chr(high * 16 + low))
        i += 2
    w_cls = args_w[0]
    if w_cls is w_bytearray:
        return W_BytearrayObject(chars)
    if w_cls is w_bytes:
        return W_BytesObject("".join(chars))
    assert w_cls is not None
    return ops.call_function(w_cls, [W_BytesObject("".join(chars))])


def hex_digit(ch: str) -> int:
    if "0" <= ch <= "9":
        return ord(ch) - 48
    if "a" <= ch <= "f":
        return ord(ch) - 87
    if "A" <= ch <= "F":
        return ord(ch) - 55
    return -1


@method(w_bytearray, "hex", "self, sep=None, bytes_per_sep=None")
@method(w_bytes, "hex", "self, sep=None, bytes_per_sep=None")
def bytes_hex(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    digits = "0123456789abcdef"
    sep = ""
    w_sep = args_w[1]
    if w_sep is not None and w_sep is not w_None:
        if isinstance(w_sep, strobject.W_StrObject):
            sep = w_sep.value
        else:
            sep = buffer_w(w_sep)
        if len(sep) != 1:
            raise errors.value_error("sep must be length 1.")
    group = 1
    if args_w[2] is not None:
        group = ops.int_w(args_w[2])
    pieces: list[str] = []
    n = len(data)
    for i in range(n):
        if sep != "" and i > 0 and group != 0:
            # groups count from the right for a positive bytes_per_sep, from the left otherwise
            if (group > 0 and (n - i) % group == 0) or (group < 0 and i % (-group) == 0):
                pieces.append(sep)
        ch = data[i]
        pieces.append(digits[ord(ch) >> 4])
        pieces.append(digits[ord(ch) & 15])
    return strobject.newstr("".join(pieces))


# ---- basic protocol -----------------------------------------------------------------------------------

@method(w_bytes, "__repr__", "self")
def bytes_repr_method(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr(bytes_repr(self_data(args_w), "b"))


@method(w_bytearray, "__repr__", "self")
def bytearray_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    assert w_self is not None
    name = ops.type_name(w_self)
    return strobject.newstr(name + "(" + bytes_repr(self_data(args_w), "b", True) + ")")


@method(w_bytes, "__bytes__", "self")
def bytes_bytes(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    if isinstance(w_self, W_BytesObject) and not w_self._user_:
        return w_self
    return W_BytesObject(self_data(args_w))


@method(w_bytes, "__getnewargs__", "self")
def bytes_getnewargs(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import tupleobject
    return tupleobject.newtuple([W_BytesObject(self_data(args_w))])


@method(w_bytearray, "__len__", "self")
@method(w_bytes, "__len__", "self")
def bytes_len(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    if isinstance(w_self, W_BytearrayObject):
        return intobject.newint(len(w_self.data))
    return intobject.newint(len(self_data(args_w)))


@method(w_bytes, "__hash__", "self")
def bytes_hash(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(strobject.hash_bytes(self_data(args_w)))


@method(w_bytes, "__iter__", "self")
def bytes_iter(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    items_w: list[W_Root] = [intobject.newint(ord(ch)) for ch in data]
    return iterobject.W_TupleIterObject(items_w)


@method(w_bytearray, "__getitem__", "self, index, /")
@method(w_bytes, "__getitem__", "self, index, /")
def bytes_getitem(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    w_index = args_w[1]
    assert w_index is not None
    if isinstance(w_index, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_index, len(data))
        return wrap_like(args_w[0], strobject.slice_text(data, s.start, s.stop, s.step, s.length))
    if not isinstance(w_index, intobject.W_AbstractIntObject) and ops.type_of(w_index).lookup("__index__") is None:
        name = "bytearray" if isinstance(args_w[0], W_BytearrayObject) else "byte"
        raise errors.type_error("%s indices must be integers or slices, not %s" % (name, ops.type_name(w_index)))
    index = ops.item_index_w(w_index)
    if index < 0:
        index += len(data)
    if index < 0 or index >= len(data):
        if isinstance(args_w[0], W_BytearrayObject):
            raise errors.index_error("bytearray index out of range")
        raise errors.index_error("index out of range")
    return intobject.newint(ord(data[index]))


def sub_arg(args_w: list[W_Root | None], i: int) -> str:
    """A subsequence argument of searching methods: bytes-like, or an int for one byte."""
    w_sub = args_w[i]
    assert w_sub is not None
    if isinstance(w_sub, intobject.W_AbstractIntObject):
        return chr(byte_value(w_sub))
    if not is_bytes_like(w_sub) and ops.type_of(w_sub).lookup("__index__") is not None:
        return chr(byte_value(w_sub))
    if not is_bytes_like(w_sub):
        raise errors.type_error("argument should be integer or bytes-like object, not '%s'" % ops.type_name(w_sub))
    return data_of(w_sub)


@method(w_bytearray, "__contains__", "self, sub, /")
@method(w_bytes, "__contains__", "self, sub, /")
def bytes_contains(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_data(args_w).find(sub_arg(args_w, 1)) >= 0)


@method(w_bytearray, "__add__", "self, other, /")
@method(w_bytes, "__add__", "self, other, /")
def bytes_add(args_w: list[W_Root | None]) -> W_Root:
    w_other = args_w[1]
    assert w_other is not None
    if not is_bytes_like(w_other):
        if isinstance(args_w[0], W_BytearrayObject) or ops.type_of(w_other).lookup("__radd__") is None:
            raise errors.type_error("can't concat %s to %s" % (ops.type_name(w_other), ops.type_name(args_w[0])))
        return w_NotImplemented
    return wrap_like(args_w[0], self_data(args_w) + data_of(w_other))


def repeat_count(w_times: W_Root | None) -> int:
    assert w_times is not None
    return max(0, ops.int_w(w_times))


@method(w_bytearray, "__rmul__", "self, times, /")
@method(w_bytes, "__rmul__", "self, times, /")
@method(w_bytearray, "__mul__", "self, times, /")
@method(w_bytes, "__mul__", "self, times, /")
def bytes_mul(args_w: list[W_Root | None]) -> W_Root:
    w_times = args_w[1]
    assert w_times is not None
    if not isinstance(w_times, intobject.W_AbstractIntObject) and ops.type_of(w_times).lookup("__index__") is None:
        return w_NotImplemented
    return wrap_like(args_w[0], strobject.repeat(self_data(args_w), repeat_count(w_times)))


@method(w_bytearray, "__mod__", "self, values, /")
@method(w_bytes, "__mod__", "self, values, /")
def bytes_mod(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import strformat
    w_values = args_w[1]
    assert w_values is not None
    return wrap_like(args_w[0], strformat.percent_format(self_data(args_w), w_values, True))


@method(w_bytearray, "__rmod__", "self, values, /")
@method(w_bytes, "__rmod__", "self, values, /")
def bytes_rmod(args_w: list[W_Root | None]) -> W_Root:
    return w_NotImplemented


def bytes_compare(args_w: list[W_Root | None], op: int) -> W_Root:
    from languages.python.objspace import operators
    w_other = args_w[1]
    assert w_other is not None
    if not is_bytes_like(w_other):
        return w_NotImplemented
    return intobject.newbool(operators.cmp_result(strobject.compare(self_data(args_w), data_of(w_other)), op))


@method(w_bytearray, "__eq__", "self, other, /")
@method(w_bytes, "__eq__", "self, other, /")
def bytes_eq(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 1)


@method(w_bytearray, "__ne__", "self, other, /")
@method(w_bytes, "__ne__", "self, other, /")
def bytes_ne(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 2)


@method(w_bytearray, "__lt__", "self, other, /")
@method(w_bytes, "__lt__", "self, other, /")
def bytes_lt(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 3)


@method(w_bytearray, "__le__", "self, other, /")
@method(w_bytes, "__le__", "self, other, /")
def bytes_le(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 4)


@method(w_bytearray, "__gt__", "self, other, /")
@method(w_bytes, "__gt__", "self, other, /")
def bytes_gt(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 5)


@method(w_bytearray, "__ge__", "self, other, /")
@method(w_bytes, "__ge__", "self, other, /")
def bytes_ge(args_w: list[W_Root | None]) -> W_Root:
    return bytes_compare(args_w, 6)


@method(w_bytearray, "join", "self, iterable_of_bytes, /")
@method(w_bytes, "join", "self, iterable_of_bytes, /")
def bytes_join(args_w: list[W_Root | None]) -> W_Root:
    pieces: list[str] = []
    w_iterable = args_w[1]
    assert w_iterable is not None
    items_w = ops.fixedview(w_iterable)
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not is_bytes_like(w_item):
            raise errors.type_error("sequence item %d: expected a bytes-like object, %s found"
                                    % (i, ops.type_name(w_item)))
        pieces.append(data_of(w_item))
    return wrap_like(args_w[0], self_data(args_w).join(pieces))
