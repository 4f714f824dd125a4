"""The methods of str: construction, repr, items and slices, searching, splitting and joining,
case mapping, padding, str.format and the % operator."""

from __future__ import annotations

from languages.python.objspace import errors, formatting, intobject, iterobject, ops, sliceobject, tupleobject
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.listobject import W_ListObject
from languages.python.objspace.root import W_Root, w_None, w_NotImplemented
from languages.python.objspace.strobject import W_StrObject, newstr, repr_str, w_str
from languages.python.objspace.typeobject import W_TypeObject


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


def optional_chars(args_w: list[W_Root | None], i: int) -> str | None:
    w_value = args_w[i]
    if w_value is None or w_value is w_None:
        return None
    return text_arg(args_w, i, "argument")


@staticmethod_(w_str, "__new__", "cls, object=None")
def str_new(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[1]
    value = "" if w_obj is None else ops.str_w(w_obj)
    w_cls = args_w[0]
    if w_cls is w_str:
        return newstr(value)
    from languages.python.objspace.strobject import W_StrObjectUser
    assert isinstance(w_cls, W_TypeObject)
    return W_StrObjectUser(w_cls, value)


@method(w_str, "__repr__", "self")
def str_repr(args_w: list[W_Root | None]) -> W_Root:
    return newstr(repr_str(self_text(args_w)))


@method(w_str, "__str__", "self")
def str_str(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w))


@method(w_str, "__hash__", "self")
def str_hash(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import strobject
    return intobject.newint(strobject.hash_text(self_text(args_w)))


@method(w_str, "__len__", "self")
def str_len(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(len(self_text(args_w)))


@method(w_str, "__iter__", "self")
def str_iter(args_w: list[W_Root | None]) -> W_Root:
    return iterobject.W_StrIterObject(self_text(args_w))


@method(w_str, "__contains__", "self, sub, /")
def str_contains(args_w: list[W_Root | None]) -> W_Root:
    w_sub = args_w[1]
    if not isinstance(w_sub, W_StrObject):
        raise errors.type_error("'in <string>' requires string as left operand, not %s" % ops.type_name(w_sub))
    return intobject.newbool(self_text(args_w).find(w_sub.value) >= 0)


@method(w_str, "__getitem__", "self, index, /")
def str_getitem(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    w_index = args_w[1]
    assert w_index is not None
    if isinstance(w_index, sliceobject.W_SliceObject):
        s = sliceobject.indices(w_index, len(text))
        if s.step == 1:
            start = s.start
            stop = start + s.length
            assert start >= 0 and stop >= start
            return newstr(text[start:stop])
        chars: list[str] = []
        index = s.start
        for _ in range(s.length):
            chars.append(text[index])
            index += s.step
        return newstr("".join(chars))
    if not isinstance(w_index, intobject.W_AbstractIntObject) and ops.type_of(w_index).lookup("__index__") is None:
        raise errors.type_error("string indices must be integers, not '%s'" % ops.type_name(w_index))
    index = ops.clamped_index_w(w_index)
    if index < 0:
        index += len(text)
    if index < 0 or index >= len(text):
        raise errors.index_error("string index out of range")
    return newstr(text[index])


@method(w_str, "__add__", "self, other, /")
def str_add(args_w: list[W_Root | None]) -> W_Root:
    w_other = args_w[1]
    if not isinstance(w_other, W_StrObject):
        return w_NotImplemented
    return newstr(self_text(args_w) + w_other.value)


@method(w_str, "__mul__", "self, times, /")
def str_mul(args_w: list[W_Root | None]) -> W_Root:
    w_times = args_w[1]
    if not isinstance(w_times, intobject.W_AbstractIntObject):
        return w_NotImplemented
    times = ops.int_w(w_times)
    return newstr(self_text(args_w) * max(0, times))


@method(w_str, "__rmul__", "self, times, /")
def str_rmul(args_w: list[W_Root | None]) -> W_Root:
    return str_mul(args_w)


@method(w_str, "__mod__", "self, values, /")
def str_mod(args_w: list[W_Root | None]) -> W_Root:
    w_values = args_w[1]
    assert w_values is not None
    return newstr(percent_format(self_text(args_w), w_values))


@method(w_str, "__format__", "self, spec, /")
def str_format_method(args_w: list[W_Root | None]) -> W_Root:
    return newstr(formatting.format_str(self_text(args_w), formatting.parse_spec(text_arg(args_w, 1, "spec"))))


@method(w_str, "join", "self, iterable, /")
def str_join(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[1]
    assert w_iterable is not None
    pieces: list[str] = []
    items_w = ops.unpack_iterable(w_iterable)
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            raise errors.type_error("sequence item %d: expected str instance, %s found" % (i, ops.type_name(w_item)))
        pieces.append(w_item.value)
    return newstr(self_text(args_w).join(pieces))


def wrap_list(parts: list[str]) -> W_Root:
    return W_ListObject([newstr(part) for part in parts])


@method(w_str, "split", "self, sep=None, maxsplit=None")
def str_split(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    sep = optional_chars(args_w, 1)
    maxsplit = -1
    if args_w[2] is not None:
        maxsplit = ops.int_w(args_w[2])
    if sep is None:
        return wrap_list(split_whitespace(text, maxsplit))
    if sep == "":
        raise errors.value_error("empty separator")
    return wrap_list(text.split(sep, maxsplit))


def split_whitespace(text: str, maxsplit: int) -> list[str]:
    parts: list[str] = []
    i = 0
    n = len(text)
    while True:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            break
        if maxsplit >= 0 and len(parts) == maxsplit:
            end = n
            while end > i and text[end - 1].isspace():
                end -= 1
            parts.append(text[i:end])
            break
        start = i
        while i < n and not text[i].isspace():
            i += 1
        parts.append(text[start:i])
    return parts


@method(w_str, "splitlines", "self, keepends=None")
def str_splitlines(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    keep = args_w[1] is not None and ops.is_true(args_w[1])
    parts: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n" or ch == "\r":
            end = i
            if ch == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
            parts.append(text[start:i + 1] if keep else text[start:end])
            start = i + 1
        i += 1
    if start < n:
        parts.append(text[start:n])
    return wrap_list(parts)


@method(w_str, "strip", "self, chars=None, /")
def str_strip(args_w: list[W_Root | None]) -> W_Root:
    return newstr(strip(self_text(args_w), optional_chars(args_w, 1), True, True))


@method(w_str, "lstrip", "self, chars=None, /")
def str_lstrip(args_w: list[W_Root | None]) -> W_Root:
    return newstr(strip(self_text(args_w), optional_chars(args_w, 1), True, False))


@method(w_str, "rstrip", "self, chars=None, /")
def str_rstrip(args_w: list[W_Root | None]) -> W_Root:
    return newstr(strip(self_text(args_w), optional_chars(args_w, 1), False, True))


def strip(text: str, chars: str | None, left: bool, right: bool) -> str:
    start = 0
    end = len(text)
    if left:
        while start < end and (text[start].isspace() if chars is None else chars.find(text[start]) >= 0):
            start += 1
    if right:
        while end > start and (text[end - 1].isspace() if chars is None else chars.find(text[end - 1]) >= 0):
            end -= 1
    return text[start:end]


@method(w_str, "upper", "self")
def str_upper(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w).upper())


@method(w_str, "lower", "self")
def str_lower(args_w: list[W_Root | None]) -> W_Root:
    return newstr(self_text(args_w).lower())


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


def prefix_check(args_w: list[W_Root | None], at_start: bool) -> W_Root:
    text = self_text(args_w)
    w_prefix = args_w[1]
    candidates: list[str] = []
    if isinstance(w_prefix, tupleobject.W_TupleObject):
        for w_item in w_prefix.items_w:
            candidates.append(ops.text_w(w_item, "tuple item"))
    else:
        candidates.append(text_arg(args_w, 1, "argument"))
    for candidate in candidates:
        if at_start and text.startswith(candidate):
            return intobject.w_True
        if not at_start and text.endswith(candidate):
            return intobject.w_True
    return intobject.w_False


@method(w_str, "startswith", "self, prefix, /")
def str_startswith(args_w: list[W_Root | None]) -> W_Root:
    return prefix_check(args_w, True)


@method(w_str, "endswith", "self, suffix, /")
def str_endswith(args_w: list[W_Root | None]) -> W_Root:
    return prefix_check(args_w, False)


@method(w_str, "find", "self, sub, /")
def str_find(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_text(args_w).find(text_arg(args_w, 1, "argument")))


@method(w_str, "rfind", "self, sub, /")
def str_rfind(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_text(args_w).rfind(text_arg(args_w, 1, "argument")))


@method(w_str, "index", "self, sub, /")
def str_index(args_w: list[W_Root | None]) -> W_Root:
    position = self_text(args_w).find(text_arg(args_w, 1, "argument"))
    if position < 0:
        raise errors.value_error("substring not found")
    return intobject.newint(position)


@method(w_str, "count", "self, sub, /")
def str_count(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_text(args_w).count(text_arg(args_w, 1, "argument")))


@method(w_str, "replace", "self, old, new, count=None, /")
def str_replace(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    old = text_arg(args_w, 1, "replace() argument 1")
    new = text_arg(args_w, 2, "replace() argument 2")
    if args_w[3] is not None:
        count = ops.int_w(args_w[3])
        if count >= 0:
            pieces = text.split(old, count) if old != "" else [text]
            return newstr(new.join(pieces))
    return newstr(text.replace(old, new))


@method(w_str, "partition", "self, sep, /")
def str_partition(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    sep = text_arg(args_w, 1, "argument")
    position = text.find(sep)
    if position < 0:
        return tupleobject.newtuple([newstr(text), newstr(""), newstr("")])
    end = position + len(sep)
    return tupleobject.newtuple([newstr(text[:position]), newstr(sep), newstr(text[end:])])


def justify(args_w: list[W_Root | None], align: str) -> W_Root:
    text = self_text(args_w)
    spec = formatting.Spec()
    spec.width = ops.int_w(args_w[1])
    spec.align = align
    if args_w[2] is not None:
        fill = text_arg(args_w, 2, "fill character")
        if len(fill) != 1:
            raise errors.type_error("The fill character must be exactly one character long")
        spec.fill = fill
    return newstr(formatting.pad(text, "", spec, align))


@method(w_str, "ljust", "self, width, fillchar=None, /")
def str_ljust(args_w: list[W_Root | None]) -> W_Root:
    return justify(args_w, "<")


@method(w_str, "rjust", "self, width, fillchar=None, /")
def str_rjust(args_w: list[W_Root | None]) -> W_Root:
    return justify(args_w, ">")


@method(w_str, "center", "self, width, fillchar=None, /")
def str_center(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    width = ops.int_w(args_w[1])
    fill = " "
    if args_w[2] is not None:
        fill = text_arg(args_w, 2, "fill character")
        if len(fill) != 1:
            raise errors.type_error("The fill character must be exactly one character long")
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


@method(w_str, "format", "self, *args, **kwargs")
def str_format(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import dictobject
    w_args = args_w[1]
    w_kwargs = args_w[2]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    assert isinstance(w_kwargs, dictobject.W_DictObject)
    return newstr(brace_format(self_text(args_w), w_args.items_w, w_kwargs))


def brace_format(text: str, args_w: list[W_Root], w_kwargs: W_Root) -> str:
    """str.format: {} / {0} / {name} fields with attribute and index lookups, !r/!s, :spec."""
    from languages.python.objspace import dictobject
    assert isinstance(w_kwargs, dictobject.W_DictObject)
    pieces: list[str] = []
    i = 0
    n = len(text)
    auto_index = 0
    while i < n:
        ch = text[i]
        if ch == "{":
            if i + 1 < n and text[i + 1] == "{":
                pieces.append("{")
                i += 2
                continue
            end = matching_brace(text, i)
            if end < 0:
                raise errors.value_error("Single '{' encountered in format string")
            field = text[i + 1:end]
            i = end + 1
            spec = ""
            colon = field.find(":")
            if colon >= 0:
                spec = field[colon + 1:]
                field = field[:colon]
                if spec.find("{") >= 0:
                    spec = brace_format(spec, args_w, w_kwargs)
            conversion = ""
            bang = field.find("!")
            if bang >= 0:
                conversion = field[bang + 1:]
                field = field[:bang]
            name = field
            rest = ""
            for j in range(len(field)):
                if field[j] == "." or field[j] == "[":
                    name = field[:j]
                    rest = field[j:]
                    break
            if name == "":
                index = auto_index
                auto_index += 1
                if index >= len(args_w):
                    raise errors.index_error("Replacement index %d out of range for positional args tuple" % index)
                w_value = args_w[index]
            elif name.isdigit():
                index = int(name)
                if index >= len(args_w):
                    raise errors.index_error("Replacement index %d out of range for positional args tuple" % index)
                w_value = args_w[index]
            else:
                w_found = dictobject.getitem_str(w_kwargs, name)
                if w_found is None:
                    raise errors.key_error(newstr(name))
                w_value = w_found
            w_value = follow_field(w_value, rest)
            if conversion == "r":
                w_value = ops.repr(w_value)
            elif conversion == "s":
                w_value = ops.str(w_value)
            w_formatted = formatting.format(w_value, spec)
            pieces.append(ops.str_w(w_formatted))
        elif ch == "}":
            if i + 1 < n and text[i + 1] == "}":
                pieces.append("}")
                i += 2
                continue
            raise errors.value_error("Single '}' encountered in format string")
        else:
            pieces.append(ch)
            i += 1
    return "".join(pieces)


def matching_brace(text: str, start: int) -> int:
    """The index of the '}' closing the '{' at `start` (fields may nest one level in the spec)."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return -1


def follow_field(w_value: W_Root, rest: str) -> W_Root:
    i = 0
    n = len(rest)
    while i < n:
        if rest[i] == ".":
            j = i + 1
            while j < n and rest[j] != "." and rest[j] != "[":
                j += 1
            w_value = ops.getattr(w_value, rest[i + 1:j])
            i = j
        elif rest[i] == "[":
            j = rest.find("]", i)
            if j < 0:
                raise errors.value_error("Missing ']' in format string")
            key = rest[i + 1:j]
            if key.isdigit():
                w_value = ops.getitem(w_value, intobject.newint(int(key)))
            else:
                w_value = ops.getitem(w_value, newstr(key))
            i = j + 1
        else:
            raise errors.value_error("Only '.' or '[' may follow ']' in format field specifier")
    return w_value


def percent_format(text: str, w_values: W_Root) -> str:
    """text % values: %s %r %d %i %f %e %g %x %o %c %% with flags, width and precision."""
    if isinstance(w_values, tupleobject.W_TupleObject) and not w_values._user_:
        values_w = w_values.items_w
    else:
        values_w = [w_values]
    pieces: list[str] = []
    i = 0
    n = len(text)
    next_value = 0
    while i < n:
        ch = text[i]
        if ch != "%":
            pieces.append(ch)
            i += 1
            continue
        i += 1
        if i >= n:
            raise errors.value_error("incomplete format")
        w_mapped: W_Root | None = None
        if text[i] == "(":
            close = text.find(")", i)
            if close < 0:
                raise errors.value_error("incomplete format key")
            w_mapped = ops.getitem(w_values, newstr(text[i + 1:close]))
            i = close + 1
        spec = formatting.Spec()
        spec.align = ">"
        while i < n and text[i] in "-+ #0":
            flag = text[i]
            if flag == "-":
                spec.align = "<"
            elif flag == "+" or flag == " ":
                spec.sign = flag
            elif flag == "#":
                spec.alternate = True
            elif flag == "0" and spec.align != "<":
                spec.fill = "0"
                spec.align = "="
            i += 1
        start = i
        while i < n and text[i].isdigit():
            i += 1
        if i > start:
            spec.width = int(text[start:i])
        if i < n and text[i] == ".":
            i += 1
            start = i
            while i < n and text[i].isdigit():
                i += 1
            spec.precision = int(text[start:i]) if i > start else 0
        if i >= n:
            raise errors.value_error("incomplete format")
        code = text[i]
        i += 1
        if code == "%":
            pieces.append("%")
            continue
        if w_mapped is not None:
            w_value = w_mapped
        else:
            if next_value >= len(values_w):
                raise errors.type_error("not enough arguments for format string")
            w_value = values_w[next_value]
            next_value += 1
        if code == "s":
            spec.type = ""
            pieces.append(formatting.format_str(ops.str_w(w_value), spec))
        elif code == "r":
            pieces.append(formatting.format_str(ops.repr_w(w_value), spec))
        elif code == "d" or code == "i" or code == "x" or code == "X" or code == "o":
            if isinstance(w_value, intobject.W_AbstractIntObject):
                w_int = w_value
            else:
                from languages.python.objspace import numbermethods
                w_int = numbermethods.int_from(w_value, None)
            assert isinstance(w_int, intobject.W_AbstractIntObject)
            spec.type = "d" if code == "i" else code
            pieces.append(formatting.format_int(w_int, spec))
        elif code in "eEfFgG":
            spec.type = code
            pieces.append(formatting.format_float(ops.float_w(w_value), spec))
        elif code == "c":
            if isinstance(w_value, W_StrObject):
                pieces.append(formatting.format_str(w_value.value, spec))
            else:
                pieces.append(formatting.format_str(chr(ops.int_w(w_value)), spec))
        else:
            raise errors.value_error("unsupported format character '%s' (0x%x) at index %d" % (code, ord(code), i - 1))
    if next_value < len(values_w) and isinstance(w_values, tupleobject.W_TupleObject):
        raise errors.type_error("not all arguments converted during string formatting")
    return "".join(pieces)


@method(w_str, "rsplit", "self, sep=None, maxsplit=None")
def str_rsplit(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    sep = optional_chars(args_w, 1)
    maxsplit = -1
    if args_w[2] is not None:
        maxsplit = ops.int_w(args_w[2])
    if sep is None:
        if maxsplit < 0:
            return wrap_list(split_whitespace(text, -1))
        sep = " "
    if sep == "":
        raise errors.value_error("empty separator")
    return wrap_list(text.rsplit(sep, maxsplit))


@method(w_str, "isnumeric", "self")
def str_isnumeric(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isdigit())


@method(w_str, "isdecimal", "self")
def str_isdecimal(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(self_text(args_w).isdigit())


@method(w_str, "removeprefix", "self, prefix, /")
def str_removeprefix(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    prefix = text_arg(args_w, 1, "argument")
    if prefix != "" and text.startswith(prefix):
        return newstr(text[len(prefix):])
    return newstr(text)


@method(w_str, "removesuffix", "self, suffix, /")
def str_removesuffix(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    suffix = text_arg(args_w, 1, "argument")
    if suffix != "" and text.endswith(suffix):
        end = len(text) - len(suffix)
        assert end >= 0
        return newstr(text[:end])
    return newstr(text)


def str_compare(args_w: list[W_Root | None], op: int) -> W_Root:
    from languages.python.objspace import operators, strobject
    w_other = args_w[1]
    if not isinstance(w_other, W_StrObject):
        return w_NotImplemented
    return intobject.newbool(operators.cmp_result(strobject.compare(self_text(args_w), w_other.value), op))


@method(w_str, "__eq__", "self, other, /")
def str_cmp_eq(args_w: list[W_Root | None]) -> W_Root:
    return str_compare(args_w, 1)


@method(w_str, "__ne__", "self, other, /")
def str_cmp_ne(args_w: list[W_Root | None]) -> W_Root:
    return str_compare(args_w, 2)


@method(w_str, "__lt__", "self, other, /")
def str_cmp_lt(args_w: list[W_Root | None]) -> W_Root:
    return str_compare(args_w, 3)


@method(w_str, "__le__", "self, other, /")
def str_cmp_le(args_w: list[W_Root | None]) -> W_Root:
    return str_compare(args_w, 4)


@method(w_str, "__gt__", "self, other, /")
def str_cmp_gt(args_w: list[W_Root | None]) -> W_Root:
    return str_compare(args_w, 5)


@method(w_str, "__ge__", "self, other, /")
def str_cmp_ge(args_w: list[W_Root | None]) -> W_Root:
    return str_compare(args_w, 6)
