"""The methods of str that reshape text: split/rsplit/splitlines/partition, strip, padding and
tabs, case mapping and the is* predicates (Unicode rules), translate and maketrans.
"""

from __future__ import annotations

from languages.python.objspace import dictobject, errors, intobject, ops, tupleobject
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.listobject import W_ListObject
from languages.python.objspace.root import W_Root, w_None
from languages.python.objspace.strobject import W_StrObject, newstr, w_str


def self_text(args_w: list[W_Root | None]) -> str:
    w_self = args_w[0]
    assert isinstance(w_self, W_StrObject)
    return w_self.value


def text_arg(args_w: list[W_Root | None], i: int, what: str) -> str:
    w_value = args_w[i]
    assert w_value is not None
    if not isinstance(w_value, W_StrObject):
        raise errors.type_error("%s must be str, not %s" % (what, ops.type_name(w_value)))
    return w_value.value


def optional_chars(args_w: list[W_Root | None], i: int, what: str) -> str | None:
    w_value = args_w[i]
    if w_value is None or w_value is w_None:
        return None
    if not isinstance(w_value, W_StrObject):
        raise errors.type_error("%s arg must be None or str" % what)
    return w_value.value


def optional_int(args_w: list[W_Root | None], i: int, default: int) -> int:
    w_value = args_w[i]
    if w_value is None:
        return default
    return ops.int_w(w_value)


def wrap_list(parts: list[str]) -> W_Root:
    return W_ListObject([newstr(part) for part in parts])


def is_space(ch: str) -> bool:
    if ch == " ":
        return True
    if ord(ch) < 9:
        return False
    return ch.isspace()


# ---- splitting ------------------------------------------------------------------------------------------

@method(w_str, "split", "self, sep=None, maxsplit=None")
def str_split(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    sep = optional_chars(args_w, 1, "sep")
    maxsplit = optional_int(args_w, 2, -1)
    if sep is None:
        return wrap_list(split_whitespace(text, maxsplit))
    if sep == "":
        raise errors.value_error("empty separator")
    return wrap_list(split_on(text, sep, maxsplit))


def split_on(text: str, sep: str, maxsplit: int) -> list[str]:
    parts: list[str] = []
    start = 0
    while maxsplit < 0 or len(parts) < maxsplit:
        found = text.find(sep, start)
        if found < 0:
            break
        parts.append(text[start:found])
        start = found + len(sep)
    parts.append(text[start:])
    return parts


def split_whitespace(text: str, maxsplit: int) -> list[str]:
    parts: list[str] = []
    i = 0
    n = len(text)
    while True:
        while i < n and is_space(text[i]):
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            parts.append(text[i:])
            break
        start = i
        while i < n and not is_space(text[i]):
            i += 1
        parts.append(text[start:i])
    return parts


@method(w_str, "rsplit", "self, sep=None, maxsplit=None")
def str_rsplit(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    sep = optional_chars(args_w, 1, "sep")
    maxsplit = optional_int(args_w, 2, -1)
    if sep is None:
        return wrap_list(rsplit_whitespace(text, maxsplit))
    if sep == "":
        raise errors.value_error("empty separator")
    return wrap_list(rsplit_on(text, sep, maxsplit))


def rsplit_on(text: str, sep: str, maxsplit: int) -> list[str]:
    parts: list[str] = []
    end = len(text)
    while maxsplit < 0 or len(parts) < maxsplit:
        found = text.rfind(sep, 0, end)
        if found < 0:
            break
        start = found + len(sep)
        parts.append(text[start:end])
        end = found
    assert end >= 0
    parts.append(text[:end])
    parts.reverse()
    return parts


def rsplit_whitespace(text: str, maxsplit: int) -> list[str]:
    parts: list[str] = []
    i = len(text)
    while True:
        while i > 0 and is_space(text[i - 1]):
            i -= 1
        if i <= 0:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            parts.append(text[:i])
            break
        end = i
        while i > 0 and not is_space(text[i - 1]):
            i -= 1
        parts.append(text[i:end])
    parts.reverse()
    return parts


def is_line_break(ch: str) -> bool:
    code = ord(ch)
    if code <= 0x0d:
        return code >= 0x0a
    return code == 0x1c or code == 0x1d or code == 0x1e or code == 0x85 or code == 0x2028 or code == 0x2029


def split_lines(text: str, keep: bool) -> list[str]:
    parts: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        if is_line_break(text[i]):
            end = i
            if text[i] == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            parts.append(text[start:i + 1] if keep else text[start:end])
            start = i + 1
        i += 1
    if start < n:
        parts.append(text[start:n])
    return parts


@method(w_str, "splitlines", "self, keepends=None")
def str_splitlines(args_w: list[W_Root | None]) -> W_Root:
    keep = args_w[1] is not None and ops.is_true(args_w[1])
    return wrap_list(split_lines(self_text(args_w), keep))


def partition(args_w: list[W_Root | None], from_right: bool) -> W_Root:
    text = self_text(args_w)
    sep = text_arg(args_w, 1, "separator")
    if sep == "":
        raise errors.value_error("empty separator")
    position = text.rfind(sep) if from_right else text.find(sep)
    if position < 0:
        if from_right:
            return tupleobject.newtuple([newstr(""), newstr(""), newstr(text)])
        return tupleobject.newtuple([newstr(text), newstr(""), newstr("")])
    end = position + len(sep)
    return tupleobject.newtuple([newstr(text[:position]), newstr(sep), newstr(text[end:])])


@method(w_str, "partition", "self, sep, /")
def str_partition(args_w: list[W_Root | None]) -> W_Root:
    return partition(args_w, False)


@method(w_str, "rpartition", "self, sep, /")
def str_rpartition(args_w: list[W_Root | None]) -> W_Root:
    return partition(args_w, True)


# ---- stripping and padding ------------------------------------------------------------------------------

def strip(text: str, chars: str | None, left: bool, right: bool) -> str:
    start = 0
    end = len(text)
    if left:
        while start < end and (is_space(text[start]) if chars is None else chars.find(text[start]) >= 0):
            start += 1
    if right:
        while end > start and (is_space(text[end - 1]) if chars is None else chars.find(text[end - 1]) >= 0):
            end -= 1
    return text[start:end]


@method(w_str, "strip", "self, chars=None, /")
def str_strip(args_w: list[W_Root | None]) -> W_Root:
    return newstr(strip(self_text(args_w), optional_chars(args_w, 1, "strip"), True, True))


@method(w_str, "lstrip", "self, chars=None, /")
def str_lstrip(args_w: list[W_Root | None]) -> W_Root:
    return newstr(strip(self_text(args_w), optional_chars(args_w, 1, "lstrip"), True, False))


@method(w_str, "rstrip", "self, chars=None, /")
def str_rstrip(args_w: list[W_Root | None]) -> W_Root:
    return newstr(strip(self_text(args_w), optional_chars(args_w, 1, "rstrip"), False, True))


def fill_char(args_w: list[W_Root | None], i: int) -> str:
    w_fill = args_w[i]
    if w_fill is None:
        return " "
    if not isinstance(w_fill, W_StrObject):
        raise errors.type_error("The fill character must be a unicode character, not %s" % ops.type_name(w_fill))
    if len(w_fill.value) != 1:
        raise errors.type_error("The fill character must be exactly one character long")
    return w_fill.value


@method(w_str, "ljust", "self, width, fillchar=None, /")
def str_ljust(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    width = ops.int_w(args_w[1])
    fill = fill_char(args_w, 2)
    if width <= len(text):
        return newstr(text)
    return newstr(text + fill * (width - len(text)))


@method(w_str, "rjust", "self, width, fillchar=None, /")
def str_rjust(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    width = ops.int_w(args_w[1])
    fill = fill_char(args_w, 2)
    if width <= len(text):
        return newstr(text)
    return newstr(fill * (width - len(text)) + text)


@method(w_str, "center", "self, width, fillchar=None, /")
def str_center(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    width = ops.int_w(args_w[1])
    fill = fill_char(args_w, 2)
    padding = width - len(text)
    if padding <= 0:
        return newstr(text)
    # CPython's rule: the odd character goes left when both the padding and the width are odd
    left = padding // 2 + (padding & width & 1)
    return newstr(fill * left + text + fill * (padding - left))


@method(w_str, "zfill", "self, width, /")
def str_zfill(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    width = ops.int_w(args_w[1])
    if len(text) >= width:
        return newstr(text)
    sign = ""
    if len(text) > 0 and (text[0] == "-" or text[0] == "+"):
        sign = text[0]
        text = text[1:]
    return newstr(sign + "0" * (width - len(text) - len(sign)) + text)


@method(w_str, "expandtabs", "self, tabsize=None")
def str_expandtabs(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    tabsize = optional_int(args_w, 1, 8)
    pieces: list[str] = []
    column = 0
    for ch in text:
        if ch == "\t":
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                pieces.append(" " * spaces)
                column += spaces
        else:
            pieces.append(ch)
            column += 1
            if ch == "\n" or ch == "\r":
                column = 0
    return newstr("".join(pieces))


@method(w_str, "removeprefix", "self, prefix, /")
def str_removeprefix(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    prefix = text_arg(args_w, 1, "removeprefix() argument")
    if prefix != "" and text.startswith(prefix):
        return newstr(text[len(prefix):])
    return newstr(text)


@method(w_str, "removesuffix", "self, suffix, /")
def str_removesuffix(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    suffix = text_arg(args_w, 1, "removesuffix() argument")
    if suffix != "" and text.endswith(suffix):
        end = len(text) - len(suffix)
        assert end >= 0
        return newstr(text[:end])
    return newstr(text)


# ---- case mapping and predicates ------------------------------------------------------------------------

@method(w_str, "upper", "self")
def str_upper(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w).upper())


@method(w_str, "lower", "self")
def str_lower(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w).lower())


@method(w_str, "casefold", "self")
def str_casefold(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w).casefold())


@method(w_str, "title", "self")
def str_title(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w).title())


@method(w_str, "capitalize", "self")
def str_capitalize(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w).capitalize())


@method(w_str, "swapcase", "self")
def str_swapcase(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w).swapcase())


@method(w_str, "isdigit", "self")
def str_isdigit(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isdigit())


@method(w_str, "isdecimal", "self")
def str_isdecimal(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isdecimal())


@method(w_str, "isnumeric", "self")
def str_isnumeric(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isnumeric())


@method(w_str, "isalpha", "self")
def str_isalpha(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isalpha())


@method(w_str, "isalnum", "self")
def str_isalnum(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isalnum())


@method(w_str, "isspace", "self")
def str_isspace(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isspace())


@method(w_str, "isupper", "self")
def str_isupper(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isupper())


@method(w_str, "islower", "self")
def str_islower(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).islower())


@method(w_str, "istitle", "self")
def str_istitle(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).istitle())


@method(w_str, "isidentifier", "self")
def str_isidentifier(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isidentifier())


@method(w_str, "isprintable", "self")
def str_isprintable(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isprintable())


@method(w_str, "isascii", "self")
def str_isascii(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isascii())


# ---- translate and maketrans ----------------------------------------------------------------------------

@method(w_str, "translate", "self, table, /")
def str_translate(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import exceptions
    text = self_text(args_w)
    w_table = args_w[1]
    assert w_table is not None
    pieces: list[str] = []
    for ch in text:
        try:
            w_mapped = ops.getitem(w_table, intobject.newint(ord(ch)))
        except errors.OperationError as e:
            if not errors.matches(e, exceptions.w_LookupError):
                raise
            pieces.append(ch)
            continue
        if w_mapped is w_None:
            continue
        if isinstance(w_mapped, W_StrObject):
            pieces.append(w_mapped.value)
        elif isinstance(w_mapped, intobject.W_AbstractIntObject):
            code = ops.int_w(w_mapped)
            if code < 0 or code > 0x10FFFF:
                raise errors.value_error("character mapping must be in range(0x110000)")
            pieces.append(chr(code))
        else:
            raise errors.type_error("character mapping must return integer, None or str")
    return newstr("".join(pieces))


@staticmethod_(w_str, "maketrans", "x, y=None, z=None, /")
def str_maketrans(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    w_y = args_w[1]
    w_z = args_w[2]
    assert w_x is not None
    w_result = dictobject.W_DictObject()
    if w_y is None:
        if not isinstance(w_x, dictobject.W_DictObject):
            raise errors.type_error("if you give only one argument to maketrans it must be a dict")
        values_w = dictobject.values(w_x)
        keys_w = dictobject.keys(w_x)
        for k in range(len(keys_w)):
            w_key = keys_w[k]
            w_value = values_w[k]
            if isinstance(w_key, W_StrObject):
                if len(w_key.value) != 1:
                    raise errors.value_error("string keys in translate table must be of length 1")
                dictobject.setitem(w_result, intobject.newint(ord(w_key.value[0])), w_value)
            elif isinstance(w_key, intobject.W_AbstractIntObject):
                dictobject.setitem(w_result, w_key, w_value)
            else:
                raise errors.type_error("keys in translate table must be strings or integers")
        return w_result
    if not isinstance(w_x, W_StrObject):
        raise errors.type_error("first maketrans argument must be a string if there is a second argument")
    if not isinstance(w_y, W_StrObject):
        raise errors.type_error("maketrans() argument 2 must be str, not %s" % ops.type_name(w_y))
    source = w_x.value
    target = w_y.value
    if len(source) != len(target):
        raise errors.value_error("the first two maketrans arguments must have equal length")
    for i in range(len(source)):
        dictobject.setitem(w_result, intobject.newint(ord(source[i])), intobject.newint(ord(target[i])))
    if w_z is not None:
        if not isinstance(w_z, W_StrObject):
            raise errors.type_error("maketrans() argument 3 must be str, not %s" % ops.type_name(w_z))
        for ch in w_z.value:
            dictobject.setitem(w_result, intobject.newint(ord(ch)), w_None)
    return w_result
