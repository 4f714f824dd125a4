"""bytes and bytearray: byte strings held as RPython str with one character (0-255) per byte,
so they share the text algorithms of str; bytearray is the mutable variant (a list of chars).
"""

from __future__ import annotations

from languages.python.objspace.root import W_Root, set_static_type
from languages.python.objspace.typeobject import UserMixin, W_TypeObject, make_builtin_type, w_object


class W_BytesObject(W_Root):
    _immutable_fields_ = ["value"]

    def __init__(self, value: str) -> None:
        self.value = value


class W_BytesObjectUser(UserMixin, W_BytesObject):
    def __init__(self, w_class: W_TypeObject, value: str) -> None:
        W_BytesObject.__init__(self, value)
        self.init_user(w_class)


class W_BytearrayObject(W_Root):
    def __init__(self, data: list[str]) -> None:
        self.data = data


class W_BytearrayObjectUser(UserMixin, W_BytearrayObject):
    def __init__(self, w_class: W_TypeObject, data: list[str]) -> None:
        W_BytearrayObject.__init__(self, data)
        self.init_user(w_class)


w_bytes = make_builtin_type("bytes", w_object)
w_bytearray = make_builtin_type("bytearray", w_object)
set_static_type(W_BytesObject, w_bytes)
set_static_type(W_BytearrayObject, w_bytearray)


def newbytes(value: str) -> W_BytesObject:
    return W_BytesObject(value)


def bytes_repr(value: str, prefix: str, escape_single: bool = False) -> str:
    """repr of bytes: b'...' (or bytearray(b'...'), which escapes ' even inside "...") with
    CPython's escapes and quote choice."""
    quote = "'"
    if "'" in value and '"' not in value:
        quote = '"'
    parts = [prefix, quote]
    for ch in value:
        c = ord(ch)
        if ch == quote or ch == "\\" or (escape_single and ch == "'"):
            parts.append("\\" + ch)
        elif ch == "\t":
            parts.append("\\t")
        elif ch == "\n":
            parts.append("\\n")
        elif ch == "\r":
            parts.append("\\r")
        elif c < 32 or c >= 127:
            parts.append("\\x" + "0123456789abcdef"[c >> 4] + "0123456789abcdef"[c & 15])
        else:
            parts.append(ch)
    parts.append(quote)
    return "".join(parts)


def newbytearray(value: str) -> W_BytearrayObject:
    return W_BytearrayObject([ch for ch in value])


def is_bytes_like(w_obj: W_Root) -> bool:
    return isinstance(w_obj, W_BytesObject) or isinstance(w_obj, W_BytearrayObject)


def data_of(w_obj: W_Root) -> str:
    """The bytes of a bytes or bytearray object, one char per byte."""
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    assert isinstance(w_obj, W_BytearrayObject)
    return "".join(w_obj.data)


def buffer_w(w_obj: W_Root) -> str:
    """The bytes of a bytes-like argument; TypeError otherwise."""
    from languages.python.objspace import errors, ops
    if isinstance(w_obj, W_BytesObject):
        return w_obj.value
    if isinstance(w_obj, W_BytearrayObject):
        return "".join(w_obj.data)
    raise errors.type_error("a bytes-like object is required, not '%s'" % ops.type_name(w_obj))


def bytes_of_percent_arg(w_obj: W_Root) -> str:
    """What b'%s' and b'%b' insert: a bytes-like value, or the result of __bytes__."""
    from languages.python.objspace import errors, ops
    if is_bytes_like(w_obj):
        return data_of(w_obj)
    w_method = ops.type_of(w_obj).lookup("__bytes__")
    if w_method is not None:
        w_result = ops.call_function(w_method, [w_obj])
        if not isinstance(w_result, W_BytesObject):
            raise errors.type_error("__bytes__ returned non-bytes (type %s)" % ops.type_name(w_result))
        return w_result.value
    raise errors.type_error("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'"
                            % ops.type_name(w_obj))
