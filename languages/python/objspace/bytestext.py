"""The methods bytes and bytearray share for searching (find/index/count/startswith with ranges),
replacing, splitting, stripping, padding, ASCII case mapping and predicates, and translate.
Each returns the kind of its receiver (bytes or bytearray).
"""

from __future__ import annotations

from languages.python.objspace import errors, intobject, ops, strtext, tupleobject
from languages.python.objspace.bytesmethods import arg_data, self_data, sub_arg, wrap_like
from languages.python.objspace.bytesobject import (
    W_BytesObject,
    buffer_w,
    data_of,
    is_bytes_like,
    w_bytearray,
    w_bytes,
)
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.listobject import W_ListObject
from languages.python.objspace.root import W_Root, w_None
from languages.python.objspace.strmethods import search_bounds


def wrap_parts(w_self: W_Root | None, parts: list[str]) -> W_Root:
    return W_ListObject([wrap_like(w_self, part) for part in parts])


def is_ascii_space(ch: str) -> bool:
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\x0b" or ch == "\x0c"


def is_lower(ch: str) -> bool:
    return "a" <= ch <= "z"


def is_upper(ch: str) -> bool:
    return "A" <= ch <= "Z"


def is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


def optional_bytes(args_w: list[W_Root | None], i: int) -> str | None:
    w_value = args_w[i]
    if w_value is None or w_value is w_None:
        return None
    return buffer_w(w_value)


# ---- searching ------------------------------------------------------------------------------------------

def find_in(args_w: list[W_Root | None], from_right: bool) -> int:
    data = self_data(args_w)
    sub = sub_arg(args_w, 1)
    start, end = search_bounds(args_w, 2, len(data))
    if start > end or end - start < len(sub):
        return -1
    if from_right:
        return data.rfind(sub, start, end)
    return data.find(sub, start, end)


@method(w_bytearray, "find", "self, sub, start=None, end=None, /")
@method(w_bytes, "find", "self, sub, start=None, end=None, /")
def bytes_find(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(find_in(args_w, False))


@method(w_bytearray, "rfind", "self, sub, start=None, end=None, /")
@method(w_bytes, "rfind", "self, sub, start=None, end=None, /")
def bytes_rfind(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(find_in(args_w, True))


@method(w_bytearray, "index", "self, sub, start=None, end=None, /")
@method(w_bytes, "index", "self, sub, start=None, end=None, /")
def bytes_index(args_w: list[W_Root | None]) -> W_Root:
    position = find_in(args_w, False)
    if position < 0:
        raise errors.value_error("subsection not found")
    return intobject.newint(position)


@method(w_bytearray, "rindex", "self, sub, start=None, end=None, /")
@method(w_bytes, "rindex", "self, sub, start=None, end=None, /")
def bytes_rindex(args_w: list[W_Root | None]) -> W_Root:
    position = find_in(args_w, True)
    if position < 0:
        raise errors.value_error("subsection not found")
    return intobject.newint(position)


@method(w_bytearray, "count", "self, sub, start=None, end=None, /")
@method(w_bytes, "count", "self, sub, start=None, end=None, /")
def bytes_count(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    sub = sub_arg(args_w, 1)
    start, end = search_bounds(args_w, 2, len(data))
    if start > end:
        return intobject.newint(0)
    if sub == "":
        return intobject.newint(end - start + 1)
    return intobject.newint(data.count(sub, start, end))


def prefix_check(args_w: list[W_Root | None], at_start: bool) -> W_Root:
    data = self_data(args_w)
    name = "startswith" if at_start else "endswith"
    w_prefix = args_w[1]
    assert w_prefix is not None
    candidates: list[str] = []
    if isinstance(w_prefix, tupleobject.W_TupleObject):
        for w_item in w_prefix.items_w:
            candidates.append(buffer_w(w_item))
    elif is_bytes_like(w_prefix):
        candidates.append(data_of(w_prefix))
    else:
        raise errors.type_error("%s first arg must be bytes or a tuple of bytes, not %s"
                                % (name, ops.type_name(w_prefix)))
    start, end = search_bounds(args_w, 2, len(data))
    for candidate in candidates:
        if start > len(data) or end - start < len(candidate):
            continue
        if at_start:
            stop = start + len(candidate)
            if data[start:stop] == candidate:
                return intobject.w_True
        else:
            stop = end - len(candidate)
            assert stop >= 0
            if data[stop:end] == candidate:
                return intobject.w_True
    return intobject.w_False


@method(w_bytearray, "startswith", "self, prefix, start=None, end=None, /")
@method(w_bytes, "startswith", "self, prefix, start=None, end=None, /")
def bytes_startswith(args_w: list[W_Root | None]) -> W_Root:
    return prefix_check(args_w, True)


@method(w_bytearray, "endswith", "self, suffix, start=None, end=None, /")
@method(w_bytes, "endswith", "self, suffix, start=None, end=None, /")
def bytes_endswith(args_w: list[W_Root | None]) -> W_Root:
    return prefix_check(args_w, False)


@method(w_bytearray, "replace", "self, old, new, count=None, /")
@method(w_bytes, "replace", "self, old, new, count=None, /")
def bytes_replace(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import strmethods, strobject
    data = self_data(args_w)
    text_args: list[W_Root | None] = [strobject.newstr(data), strobject.newstr(arg_data(args_w, 1)),
                                      strobject.newstr(arg_data(args_w, 2)), args_w[3]]
    w_result = strmethods.str_replace(text_args)
    assert isinstance(w_result, strobject.W_StrObject)
    return wrap_like(args_w[0], w_result.value)


@method(w_bytearray, "removeprefix", "self, prefix, /")
@method(w_bytes, "removeprefix", "self, prefix, /")
def bytes_removeprefix(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    prefix = arg_data(args_w, 1)
    if prefix != "" and data.startswith(prefix):
        return wrap_like(args_w[0], data[len(prefix):])
    return wrap_like(args_w[0], data)


@method(w_bytearray, "removesuffix", "self, suffix, /")
@method(w_bytes, "removesuffix", "self, suffix, /")
def bytes_removesuffix(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    suffix = arg_data(args_w, 1)
    if suffix != "" and data.endswith(suffix):
        end = len(data) - len(suffix)
        assert end >= 0
        return wrap_like(args_w[0], data[:end])
    return wrap_like(args_w[0], data)


# ---- splitting ------------------------------------------------------------------------------------------

def split_whitespace(data: str, maxsplit: int, from_right: bool) -> list[str]:
    parts: list[str] = []
    n = len(data)
    if not from_right:
        i = 0
        while True:
            while i < n and is_ascii_space(data[i]):
                i += 1
            if i >= n:
                break
            if maxsplit >= 0 and len(parts) == maxsplit:
                parts.append(data[i:])
                break
            start = i
            while i < n and not is_ascii_space(data[i]):
                i += 1
            parts.append(data[start:i])
        return parts
    i = n
    while True:
        while i > 0 and is_ascii_space(data[i - 1]):
            i -= 1
        if i <= 0:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            parts.append(data[:i])
            break
        end = i
        while i > 0 and not is_ascii_space(data[i - 1]):
            i -= 1
        parts.append(data[i:end])
    parts.reverse()
    return parts


def split_common(args_w: list[W_Root | None], from_right: bool) -> W_Root:
    data = self_data(args_w)
    sep = optional_bytes(args_w, 1)
    maxsplit = strtext.optional_int(args_w, 2, -1)
    if sep is None:
        return wrap_parts(args_w[0], split_whitespace(data, maxsplit, from_right))
    if sep == "":
        raise errors.value_error("empty separator")
    if from_right:
        return wrap_parts(args_w[0], strtext.rsplit_on(data, sep, maxsplit))
    return wrap_parts(args_w[0], strtext.split_on(data, sep, maxsplit))


@method(w_bytearray, "split", "self, sep=None, maxsplit=None")
@method(w_bytes, "split", "self, sep=None, maxsplit=None")
def bytes_split(args_w: list[W_Root | None]) -> W_Root:
    return split_common(args_w, False)


@method(w_bytearray, "rsplit", "self, sep=None, maxsplit=None")
@method(w_bytes, "rsplit", "self, sep=None, maxsplit=None")
def bytes_rsplit(args_w: list[W_Root | None]) -> W_Root:
    return split_common(args_w, True)


@method(w_bytearray, "splitlines", "self, keepends=None")
@method(w_bytes, "splitlines", "self, keepends=None")
def bytes_splitlines(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    keep = args_w[1] is not None and ops.is_true(args_w[1])
    parts: list[str] = []
    start = 0
    i = 0
    n = len(data)
    while i < n:
        if data[i] == "\n" or data[i] == "\r":
            end = i
            if data[i] == "\r" and i + 1 < n and data[i + 1] == "\n":
                i += 1
            parts.append(data[start:i + 1] if keep else data[start:end])
            start = i + 1
        i += 1
    if start < n:
        parts.append(data[start:n])
    return wrap_parts(args_w[0], parts)


def partition(args_w: list[W_Root | None], from_right: bool) -> W_Root:
    data = self_data(args_w)
    sep = arg_data(args_w, 1)
    if sep == "":
        raise errors.value_error("empty separator")
    w_self = args_w[0]
    position = data.rfind(sep) if from_right else data.find(sep)
    if position < 0:
        if from_right:
            return tupleobject.newtuple([wrap_like(w_self, ""), wrap_like(w_self, ""), wrap_like(w_self, data)])
        return tupleobject.newtuple([wrap_like(w_self, data), wrap_like(w_self, ""), wrap_like(w_self, "")])
    end = position + len(sep)
    return tupleobject.newtuple([wrap_like(w_self, data[:position]), wrap_like(w_self, sep),
                                 wrap_like(w_self, data[end:])])


@method(w_bytearray, "partition", "self, sep, /")
@method(w_bytes, "partition", "self, sep, /")
def bytes_partition(args_w: list[W_Root | None]) -> W_Root:
    return partition(args_w, False)


@method(w_bytearray, "rpartition", "self, sep, /")
@method(w_bytes, "rpartition", "self, sep, /")
def bytes_rpartition(args_w: list[W_Root | None]) -> W_Root:
    return partition(args_w, True)


# ---- stripping and padding ------------------------------------------------------------------------------

def strip(data: str, chars: str | None, left: bool, right: bool) -> str:
    start = 0
    end = len(data)
    if left:
        while start < end and (is_ascii_space(data[start]) if chars is None else chars.find(data[start]) >= 0):
            start += 1
    if right:
        while end > start and (is_ascii_space(data[end - 1]) if chars is None else chars.find(data[end - 1]) >= 0):
            end -= 1
    return data[start:end]


@method(w_bytearray, "strip", "self, bytes=None, /")
@method(w_bytes, "strip", "self, bytes=None, /")
def bytes_strip(args_w: list[W_Root | None]) -> W_Root:
    return wrap_like(args_w[0], strip(self_data(args_w), optional_bytes(args_w, 1), True, True))


@method(w_bytearray, "lstrip", "self, bytes=None, /")
@method(w_bytes, "lstrip", "self, bytes=None, /")
def bytes_lstrip(args_w: list[W_Root | None]) -> W_Root:
    return wrap_like(args_w[0], strip(self_data(args_w), optional_bytes(args_w, 1), True, False))


@method(w_bytearray, "rstrip", "self, bytes=None, /")
@method(w_bytes, "rstrip", "self, bytes=None, /")
def bytes_rstrip(args_w: list[W_Root | None]) -> W_Root:
    return wrap_like(args_w[0], strip(self_data(args_w), optional_bytes(args_w, 1), False, True))


def fill_byte(args_w: list[W_Root | None], i: int) -> str:
    w_fill = args_w[i]
    if w_fill is None:
        return " "
    if not is_bytes_like(w_fill) or len(data_of(w_fill)) != 1:
        raise errors.type_error("argument %d must be a byte string of length 1, not %s" % (i, ops.type_name(w_fill)))
    return data_of(w_fill)


def justify(args_w: list[W_Root | None], how: int) -> W_Root:
    data = self_data(args_w)
    width = ops.int_w(args_w[1])
    fill = fill_byte(args_w, 2)
    padding = width - len(data)
    if padding <= 0:
        return wrap_like(args_w[0], data)
    if how < 0:
        return wrap_like(args_w[0], data + fill * padding)
    if how > 0:
        return wrap_like(args_w[0], fill * padding + data)
    left = padding // 2 + (padding & width & 1)
    return wrap_like(args_w[0], fill * left + data + fill * (padding - left))


@method(w_bytearray, "ljust", "self, width, fillchar=None, /")
@method(w_bytes, "ljust", "self, width, fillchar=None, /")
def bytes_ljust(args_w: list[W_Root | None]) -> W_Root:
    return justify(args_w, -1)


@method(w_bytearray, "rjust", "self, width, fillchar=None, /")
@method(w_bytes, "rjust", "self, width, fillchar=None, /")
def bytes_rjust(args_w: list[W_Root | None]) -> W_Root:
    return justify(args_w, 1)


@method(w_bytearray, "center", "self, width, fillchar=None, /")
@method(w_bytes, "center", "self, width, fillchar=None, /")
def bytes_center(args_w: list[W_Root | None]) -> W_Root:
    return justify(args_w, 0)


@method(w_bytearray, "zfill", "self, width, /")
@method(w_bytes, "zfill", "self, width, /")
def bytes_zfill(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    width = ops.int_w(args_w[1])
    if len(data) >= width:
        return wrap_like(args_w[0], data)
    sign = ""
    if len(data) > 0 and (data[0] == "-" or data[0] == "+"):
        sign = data[0]
        data = data[1:]
    return wrap_like(args_w[0], sign + "0" * (width - len(data) - len(sign)) + data)


@method(w_bytearray, "expandtabs", "self, tabsize=None")
@method(w_bytes, "expandtabs", "self, tabsize=None")
def bytes_expandtabs(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import strobject
    w_text = strtext.str_expandtabs([strobject.newstr(self_data(args_w)), args_w[1]])
    assert isinstance(w_text, strobject.W_StrObject)
    return wrap_like(args_w[0], w_text.value)


# ---- ASCII case mapping and predicates ----------------------------------------------------------------

def map_case(data: str, mode: int) -> str:
    """mode 0: lower, 1: upper, 2: swapcase, 3: capitalize, 4: title (ASCII letters only)."""
    chars: list[str] = []
    previous_cased = False
    for i in range(len(data)):
        ch = data[i]
        to_upper = False
        to_lower = False
        if mode == 0:
            to_lower = True
        elif mode == 1:
            to_upper = True
        elif mode == 2:
            to_upper = is_lower(ch)
            to_lower = is_upper(ch)
        elif mode == 3:
            to_upper = i == 0
            to_lower = i > 0
        else:
            to_upper = not previous_cased
            to_lower = previous_cased
        if to_upper and is_lower(ch):
            chars.append(chr(ord(ch) - 32))
        elif to_lower and is_upper(ch):
            chars.append(chr(ord(ch) + 32))
        else:
            chars.append(ch)
        previous_cased = is_lower(ch) or is_upper(ch)
    return "".join(chars)


@method(w_bytearray, "lower", "self")
@method(w_bytes, "lower", "self")
def bytes_lower(args_w: list[W_Root | None]) -> W_Root:
    return wrap_like(args_w[0], map_case(self_data(args_w), 0))


@method(w_bytearray, "upper", "self")
@method(w_bytes, "upper", "self")
def bytes_upper(args_w: list[W_Root | None]) -> W_Root:
    return wrap_like(args_w[0], map_case(self_data(args_w), 1))


@method(w_bytearray, "swapcase", "self")
@method(w_bytes, "swapcase", "self")
def bytes_swapcase(args_w: list[W_Root | None]) -> W_Root:
    return wrap_like(args_w[0], map_case(self_data(args_w), 2))


@method(w_bytearray, "capitalize", "self")
@method(w_bytes, "capitalize", "self")
def bytes_capitalize(args_w: list[W_Root | None]) -> W_Root:
    return wrap_like(args_w[0], map_case(self_data(args_w), 3))


@method(w_bytearray, "title", "self")
@method(w_bytes, "title", "self")
def bytes_title(args_w: list[W_Root | None]) -> W_Root:
    return wrap_like(args_w[0], map_case(self_data(args_w), 4))


def all_bytes(data: str, kind: int) -> bool:
    """kind 0: alpha, 1: digit, 2: alnum, 3: space, 4: ascii."""
    if len(data) == 0:
        return kind == 4
    for ch in data:
        if kind == 0:
            ok = is_lower(ch) or is_upper(ch)
        elif kind == 1:
            ok = is_digit(ch)
        elif kind == 2:
            ok = is_lower(ch) or is_upper(ch) or is_digit(ch)
        elif kind == 3:
            ok = is_ascii_space(ch)
        else:
            ok = ord(ch) < 128
        if not ok:
            return False
    return True


@method(w_bytearray, "isalpha", "self")
@method(w_bytes, "isalpha", "self")
def bytes_isalpha(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(all_bytes(self_data(args_w), 0))


@method(w_bytearray, "isdigit", "self")
@method(w_bytes, "isdigit", "self")
def bytes_isdigit(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(all_bytes(self_data(args_w), 1))


@method(w_bytearray, "isalnum", "self")
@method(w_bytes, "isalnum", "self")
def bytes_isalnum(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(all_bytes(self_data(args_w), 2))


@method(w_bytearray, "isspace", "self")
@method(w_bytes, "isspace", "self")
def bytes_isspace(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(all_bytes(self_data(args_w), 3))


@method(w_bytearray, "isascii", "self")
@method(w_bytes, "isascii", "self")
def bytes_isascii(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(all_bytes(self_data(args_w), 4))


def cased_check(data: str, want_upper: bool) -> bool:
    cased = False
    for ch in data:
        if is_lower(ch):
            if want_upper:
                return False
            cased = True
        elif is_upper(ch):
            if not want_upper:
                return False
            cased = True
    return cased


@method(w_bytearray, "islower", "self")
@method(w_bytes, "islower", "self")
def bytes_islower(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(cased_check(self_data(args_w), False))


@method(w_bytearray, "isupper", "self")
@method(w_bytes, "isupper", "self")
def bytes_isupper(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(cased_check(self_data(args_w), True))


@method(w_bytearray, "istitle", "self")
@method(w_bytes, "istitle", "self")
def bytes_istitle(args_w: list[W_Root | None]) -> W_Root:
    cased = False
    previous_cased = False
    for ch in self_data(args_w):
        if is_upper(ch):
            if previous_cased:
                return intobject.w_False
            previous_cased = True
            cased = True
        elif is_lower(ch):
            if not previous_cased:
                return intobject.w_False
            previous_cased = True
            cased = True
        else:
            previous_cased = False
    return intobject.newbool(cased)


# ---- translate ------------------------------------------------------------------------------------------

@method(w_bytearray, "translate", "self, table, /, delete=None")
@method(w_bytes, "translate", "self, table, /, delete=None")
def bytes_translate(args_w: list[W_Root | None]) -> W_Root:
    data = self_data(args_w)
    w_table = args_w[1]
    table = ""
    if w_table is not None and w_table is not w_None:
        table = buffer_w(w_table)
        if len(table) != 256:
            raise errors.value_error("translation table must be 256 characters long")
    delete = ""
    if args_w[2] is not None:
        delete = arg_data(args_w, 2)
    chars: list[str] = []
    for ch in data:
        if delete.find(ch) >= 0:
            continue
        chars.append(table[ord(ch)] if table != "" else ch)
    return wrap_like(args_w[0], "".join(chars))


@staticmethod_(w_bytearray, "maketrans", "frm, to, /")
@staticmethod_(w_bytes, "maketrans", "frm, to, /")
def bytes_maketrans(args_w: list[W_Root | None]) -> W_Root:
    source = arg_data(args_w, 0)
    target = arg_data(args_w, 1)
    if len(source) != len(target):
        raise errors.value_error("maketrans arguments must have same length")
    table = [chr(i) for i in range(256)]
    for i in range(len(source)):
        table[ord(source[i])] = target[i]
    return W_BytesObject("".join(table))
