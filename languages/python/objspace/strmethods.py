"""The methods of str: construction, repr, items and slices, operators and comparisons, searching
(find/index/count/startswith with ranges), replace, join, format and %. (Splitting, stripping,
padding, case mapping and translate are in strtext.py; the formatting engines in strformat.py.)"""

from __future__ import annotations

from languages.python.objspace import (
    errors,
    formatting,
    intobject,
    iterobject,
    ops,
    sliceobject,
    strformat,
    tupleobject,
)
from languages.python.objspace.gateway import method, staticmethod_
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


@staticmethod_(w_str, "__new__", "cls, object=None, encoding=None, errors=None")
def str_new(args_w: list[W_Root | None]) -> W_Root:
    w_obj = args_w[1]
    if args_w[2] is not None or args_w[3] is not None:
        from languages.python.objspace import bytesmethods
        value = bytesmethods.decode_object(w_obj, args_w[2], args_w[3])
    else:
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
    index = ops.item_index_w(w_index)
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
    if not ops.is_index(w_times):
        return w_NotImplemented
    assert w_times is not None
    times = ops.int_w(w_times)
    from languages.python.objspace import strobject
    return newstr(strobject.repeat(self_text(args_w), times))


@method(w_str, "__rmul__", "self, times, /")
def str_rmul(args_w: list[W_Root | None]) -> W_Root:
    return str_mul(args_w)


@method(w_str, "__mod__", "self, values, /")
def str_mod(args_w: list[W_Root | None]) -> W_Root:
    w_values = args_w[1]
    assert w_values is not None
    return newstr(strformat.percent_format(self_text(args_w), w_values, False))


@method(w_str, "__format__", "self, spec, /")
def str_format_method(args_w: list[W_Root | None]) -> W_Root:
    return newstr(formatting.format_text(self_text(args_w), text_arg(args_w, 1, "format() argument 2")))


@method(w_str, "format", "self, *args, **kwargs")
def str_format(args_w: list[W_Root | None]) -> W_Root:
    w_args = args_w[1]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    return newstr(strformat.brace_format(self_text(args_w), w_args.items_w, args_w[2]))


@method(w_str, "format_map", "self, mapping, /")
def str_format_map(args_w: list[W_Root | None]) -> W_Root:
    return newstr(strformat.brace_format(self_text(args_w), [], args_w[1]))


@method(w_str, "join", "self, iterable, /")
def str_join(args_w: list[W_Root | None]) -> W_Root:
    w_iterable = args_w[1]
    assert w_iterable is not None
    pieces: list[str] = []
    items_w = ops.fixedview(w_iterable)
    for i in range(len(items_w)):
        w_item = items_w[i]
        if not isinstance(w_item, W_StrObject):
            raise errors.type_error("sequence item %d: expected str instance, %s found" % (i, ops.type_name(w_item)))
        pieces.append(w_item.value)
    return newstr(self_text(args_w).join(pieces))


# ---- searching ------------------------------------------------------------------------------------------

def sub_arg(args_w: list[W_Root | None], i: int) -> str:
    w_value = args_w[i]
    assert w_value is not None
    if not isinstance(w_value, W_StrObject):
        raise errors.type_error("must be str, not %s" % ops.type_name(w_value))
    return w_value.value


def search_bounds(args_w: list[W_Root | None], i: int, n: int) -> tuple[int, int]:
    """The (start, end) of a search over text of length n: slice rules, but start is not clamped
    to n (a start past the end finds nothing, not even the empty string)."""
    start = 0
    end = n
    w_start = args_w[i]
    if w_start is not None and w_start is not w_None:
        start = ops.clamped_index_w(w_start)
        if start < 0:
            start = max(0, start + n)
    w_end = args_w[i + 1]
    if w_end is not None and w_end is not w_None:
        end = ops.clamped_index_w(w_end)
        if end < 0:
            end = max(0, end + n)
        elif end > n:
            end = n
    return start, end


def find_in(args_w: list[W_Root | None], from_right: bool) -> int:
    text = self_text(args_w)
    sub = sub_arg(args_w, 1)
    start, end = search_bounds(args_w, 2, len(text))
    if start > end or end - start < len(sub):
        return -1
    if from_right:
        return text.rfind(sub, start, end)
    return text.find(sub, start, end)


@method(w_str, "find", "self, sub, start=None, end=None, /")
def str_find(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(find_in(args_w, False))


@method(w_str, "rfind", "self, sub, start=None, end=None, /")
def str_rfind(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(find_in(args_w, True))


@method(w_str, "index", "self, sub, start=None, end=None, /")
def str_index(args_w: list[W_Root | None]) -> W_Root:
    position = find_in(args_w, False)
    if position < 0:
        raise errors.value_error("substring not found")
    return intobject.newint(position)


@method(w_str, "rindex", "self, sub, start=None, end=None, /")
def str_rindex(args_w: list[W_Root | None]) -> W_Root:
    position = find_in(args_w, True)
    if position < 0:
        raise errors.value_error("substring not found")
    return intobject.newint(position)


@method(w_str, "count", "self, sub, start=None, end=None, /")
def str_count(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    sub = sub_arg(args_w, 1)
    start, end = search_bounds(args_w, 2, len(text))
    if start > end:
        return intobject.newint(0)
    if sub == "":
        return intobject.newint(end - start + 1)
    return intobject.newint(text.count(sub, start, end))


def prefix_check(args_w: list[W_Root | None], at_start: bool) -> W_Root:
    text = self_text(args_w)
    name = "startswith" if at_start else "endswith"
    w_prefix = args_w[1]
    candidates: list[str] = []
    if isinstance(w_prefix, tupleobject.W_TupleObject):
        for w_item in w_prefix.items_w:
            if not isinstance(w_item, W_StrObject):
                raise errors.type_error("tuple for %s must only contain str, not %s" % (name, ops.type_name(w_item)))
            candidates.append(w_item.value)
    elif isinstance(w_prefix, W_StrObject):
        candidates.append(w_prefix.value)
    else:
        assert w_prefix is not None
        raise errors.type_error("%s first arg must be str or a tuple of str, not %s" % (name, ops.type_name(w_prefix)))
    start, end = search_bounds(args_w, 2, len(text))
    for candidate in candidates:
        if start > len(text) or end - start < len(candidate):
            continue
        if at_start:
            stop = start + len(candidate)
            if text[start:stop] == candidate:
                return intobject.w_True
        else:
            stop = end - len(candidate)
            assert stop >= 0
            if text[stop:end] == candidate:
                return intobject.w_True
    return intobject.w_False


@method(w_str, "startswith", "self, prefix, start=None, end=None, /")
def str_startswith(args_w: list[W_Root | None]) -> W_Root:
    return prefix_check(args_w, True)


@method(w_str, "endswith", "self, suffix, start=None, end=None, /")
def str_endswith(args_w: list[W_Root | None]) -> W_Root:
    return prefix_check(args_w, False)


@method(w_str, "replace", "self, old, new, count=None, /")
def str_replace(args_w: list[W_Root | None]) -> W_Root:
    text = self_text(args_w)
    old = text_arg(args_w, 1, "replace() argument 1")
    new = text_arg(args_w, 2, "replace() argument 2")
    count = -1
    if args_w[3] is not None:
        count = ops.int_w(args_w[3])
    if old == "":
        if count < 0:
            count = len(text) + 1
        pieces: list[str] = []
        for i in range(len(text)):
            if i < count:
                pieces.append(new)
            pieces.append(text[i])
        if count > len(text):
            pieces.append(new)
        return newstr("".join(pieces))
    if count < 0:
        return newstr(text.replace(old, new))
    pieces2: list[str] = []
    start = 0
    done = 0
    while done < count:
        found = text.find(old, start)
        if found < 0:
            break
        pieces2.append(text[start:found])
        pieces2.append(new)
        start = found + len(old)
        done += 1
    pieces2.append(text[start:])
    return newstr("".join(pieces2))


@method(w_str, "__getnewargs__", "self")
def str_getnewargs(args_w: list[W_Root | None]) -> W_Root:
    return tupleobject.newtuple([newstr(self_text(args_w))])


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
