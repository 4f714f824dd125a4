"""The methods of str and bytes (join, split, strip, find, replace, encode, ...): each lowers to
a low-level helper of llstr.py (or one here that builds lists of strings).
"""

from __future__ import annotations

from typing import Any

from kit.rtyper import lllist, llstr, lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import cast_primitive, malloc
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rprimitive import NoneRepr

MAXINT = 2 ** 63 - 1


def _str_arg(hop: HighLevelOp, r_self: Repr, i: int) -> Any:
    return hop.inputarg(r_self, i)


def _none_or(hop: HighLevelOp, r_self: Repr, i: int) -> Any:
    if i >= hop.nb_args or isinstance(hop.args_r[i], NoneRepr):
        return inputconst(r_self.lowleveltype, lltype.nullptr(r_self.lowleveltype))
    return hop.inputarg(r_self, i)


def _int_or(hop: HighLevelOp, i: int, default: int) -> Any:
    if i >= hop.nb_args or isinstance(hop.args_r[i], NoneRepr):
        return inputconst(lltype.Signed, default)
    return hop.inputarg(lltype.Signed, i)


def _kwargs(hop: HighLevelOp) -> dict[str, int]:
    return hop.keywords


def method_join(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    from kit.rtyper.rlist import ListRepr
    r_list = hop.args_r[0]
    if not isinstance(r_list, ListRepr):
        from kit.annotator.listdef import ListDef
        from kit.annotator.model import SomeBytes, SomeString
        from kit.rtyper.riter import iterate_into_list
        s_item = SomeBytes() if r_self.lowleveltype == llstr.BYTESPTR else SomeString()
        r_list = ListRepr(hop.rtyper, ListDef(hop.rtyper.bookkeeper, s_item))
        v_list = r_list.new(hop.llops, inputconst(lltype.Signed, 0))
        iterate_into_list(hop, r_list, v_list, 0)
    else:
        v_list = hop.inputarg(r_list, 0)
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_join, v_self, v_list)


def ll_join(sep: Any, lst: Any) -> Any:
    n = lst.length
    if n == 0:
        return malloc(lltype.typeOf_struct(sep), 0)
    if n == 1:
        return lst.items[0]
    seplen = len(sep.chars)
    total = seplen * (n - 1)
    i = 0
    while i < n:
        total += len(lst.items[i].chars)
        i += 1
    result = malloc(lltype.typeOf_struct(sep), total)
    pos = 0
    i = 0
    while i < n:
        if i:
            llop.interior_arraycopy(lltype.Void, sep, result, "chars", 0, pos, seplen)
            pos += seplen
        item = lst.items[i]
        length = len(item.chars)
        llop.interior_arraycopy(lltype.Void, item, result, "chars", 0, pos, length)
        pos += length
        i += 1
    return result


def method_split(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _split(hop, r_self, v_self, False)


def method_rsplit(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _split(hop, r_self, v_self, True)


def _split(hop: HighLevelOp, r_self: Repr, v_self: Any, reverse: bool) -> Any:
    kw = _kwargs(hop)
    npos = hop.nb_args - len(kw)
    sep_i = kw.get("sep", 0 if npos > 0 else None)
    max_i = kw.get("maxsplit", 1 if npos > 1 else None)
    v_sep = _none_or(hop, r_self, sep_i) if sep_i is not None else inputconst(
        r_self.lowleveltype, lltype.nullptr(r_self.lowleveltype))
    v_max = _int_or(hop, max_i, -1) if max_i is not None else inputconst(lltype.Signed, -1)
    r_list = hop.r_result
    c_list, c_items = r_list.c_types()  # type: ignore[attr-defined]
    hop.exception_is_here()
    return hop.gendirectcall(ll_split, c_list, c_items, v_self, v_sep, v_max, inputconst(lltype.Bool, reverse))


def _isspace_at(s: Any, i: int) -> bool:
    return llstr._is_space(cast_primitive(lltype.Signed, s.chars[i]))


def ll_split(LIST: Any, ITEMS: Any, s: Any, sep: Any, maxsplit: int, reverse: bool) -> Any:
    result = lllist.ll_newlist(LIST, ITEMS, 0)
    n = len(s.chars)
    if not sep:
        # split on runs of whitespace, dropping empty strings
        if not reverse:
            i = 0
            while True:
                while i < n and _isspace_at(s, i):
                    i += 1
                if i >= n:
                    break
                if maxsplit == 0:
                    j = n
                    while j > i and _isspace_at(s, j - 1):
                        j -= 1
                    lllist.ll_append(result, llstr.ll_getslice(s, i, j, True, True))
                    break
                j = i
                while j < n and not _isspace_at(s, j):
                    j += 1
                lllist.ll_append(result, llstr.ll_getslice(s, i, j, True, True))
                maxsplit -= 1
                i = j
        else:
            j = n
            while True:
                while j > 0 and _isspace_at(s, j - 1):
                    j -= 1
                if j <= 0:
                    break
                if maxsplit == 0:
                    i = 0
                    while i < j and _isspace_at(s, i):
                        i += 1
                    lllist.ll_insert(result, 0, llstr.ll_getslice(s, i, j, True, True))
                    break
                i = j
                while i > 0 and not _isspace_at(s, i - 1):
                    i -= 1
                lllist.ll_insert(result, 0, llstr.ll_getslice(s, i, j, True, True))
                maxsplit -= 1
                j = i
        return result
    m = len(sep.chars)
    if m == 0:
        raise ValueError("empty separator")
    if not reverse:
        start = 0
        while maxsplit != 0:
            found = llstr.ll_find(s, sep, start, n, False)
            if found < 0:
                break
            lllist.ll_append(result, llstr.ll_getslice(s, start, found, True, True))
            start = found + m
            maxsplit -= 1
        lllist.ll_append(result, llstr.ll_getslice(s, start, n, True, True))
    else:
        end = n
        while maxsplit != 0:
            found = llstr.ll_find(s, sep, 0, end, True)
            if found < 0:
                break
            lllist.ll_insert(result, 0, llstr.ll_getslice(s, found + m, end, True, True))
            end = found
            maxsplit -= 1
        lllist.ll_insert(result, 0, llstr.ll_getslice(s, 0, end, True, True))
    return result


def method_splitlines(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    r_list = hop.r_result
    c_list, c_items = r_list.c_types()  # type: ignore[attr-defined]
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_splitlines, c_list, c_items, v_self)


def ll_splitlines(LIST: Any, ITEMS: Any, s: Any) -> Any:
    result = lllist.ll_newlist(LIST, ITEMS, 0)
    n = len(s.chars)
    i = 0
    start = 0
    while i < n:
        c = cast_primitive(lltype.Signed, s.chars[i])
        if c == 10 or c == 13 or c == 11 or c == 12 or c == 0x1C or c == 0x1D or c == 0x1E or c == 0x85 \
                or c == 0x2028 or c == 0x2029:
            lllist.ll_append(result, llstr.ll_getslice(s, start, i, True, True))
            if c == 13 and i + 1 < n and cast_primitive(lltype.Signed, s.chars[i + 1]) == 10:
                i += 1
            start = i + 1
        i += 1
    if start < n:
        lllist.ll_append(result, llstr.ll_getslice(s, start, n, True, True))
    return result


def _strip(hop: HighLevelOp, r_self: Repr, v_self: Any, left: bool, right: bool) -> Any:
    v_chars = _none_or(hop, r_self, 0)
    hop.exception_cannot_occur()
    return hop.gendirectcall(llstr.ll_strip, v_self, v_chars, inputconst(lltype.Bool, left),
                             inputconst(lltype.Bool, right))


def method_strip(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _strip(hop, r_self, v_self, True, True)


def method_lstrip(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _strip(hop, r_self, v_self, True, False)


def method_rstrip(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _strip(hop, r_self, v_self, False, True)


def _startsend(hop: HighLevelOp, r_self: Repr, v_self: Any, helper: Any) -> Any:
    from kit.rtyper.rtuple import TupleRepr
    hop.exception_cannot_occur()
    if hop.nb_args > 1:
        raise TyperError("startswith()/endswith() with start/end positions are not supported")
    r_arg = hop.args_r[0]
    if isinstance(r_arg, TupleRepr):
        v_tuple = hop.inputarg(r_arg, 0)
        result = None
        for i in range(len(r_arg.items_r)):
            v_item = r_arg.getitem(hop.llops, v_tuple, i)
            v = hop.gendirectcall(helper, v_self, v_item)
            result = v if result is None else hop.gendirectcall(_ll_or, result, v)
        return result if result is not None else inputconst(lltype.Bool, False)
    return hop.gendirectcall(helper, v_self, hop.inputarg(r_self, 0))


def _ll_or(a: bool, b: bool) -> bool:
    return a or b


def method_startswith(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _startsend(hop, r_self, v_self, llstr.ll_startswith)


def method_endswith(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _startsend(hop, r_self, v_self, llstr.ll_endswith)


def _find(hop: HighLevelOp, r_self: Repr, v_self: Any, reverse: bool, must_find: bool) -> Any:
    v_sub = hop.inputarg(r_self, 0)
    v_start = _int_or(hop, 1, 0)
    v_end = _int_or(hop, 2, MAXINT)
    hop.exception_is_here() if must_find else hop.exception_cannot_occur()
    helper = ll_index if must_find else llstr.ll_find
    return hop.gendirectcall(helper, v_self, v_sub, v_start, v_end, inputconst(lltype.Bool, reverse))


def ll_index(s: Any, sub: Any, start: int, end: int, reverse: bool) -> int:
    found = llstr.ll_find(s, sub, start, end, reverse)
    if found < 0:
        raise ValueError("substring not found")
    return found


def method_find(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _find(hop, r_self, v_self, False, False)


def method_rfind(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _find(hop, r_self, v_self, True, False)


def method_index(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _find(hop, r_self, v_self, False, True)


def method_rindex(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _find(hop, r_self, v_self, True, True)


def method_count(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    v_sub = hop.inputarg(r_self, 0)
    v_start = _int_or(hop, 1, 0)
    v_end = _int_or(hop, 2, MAXINT)
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_count_bounds, v_self, v_sub, v_start, v_end)


def ll_count_bounds(s: Any, sub: Any, start: int, end: int) -> int:
    n = len(s.chars)
    if start < 0:
        start += n
        if start < 0:
            start = 0
    if end < 0:
        end += n
        if end < 0:
            end = 0
    if end > n:
        end = n
    if start > n:
        return 0
    return llstr.ll_count(s, sub, start, end)


def method_replace(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    v_old = hop.inputarg(r_self, 0)
    v_new = hop.inputarg(r_self, 1)
    v_count = _int_or(hop, 2, -1)
    hop.exception_cannot_occur()
    return hop.gendirectcall(llstr.ll_replace, v_self, v_old, v_new, v_count)


def _unicode_text(name: str, ascii_kind: int | None) -> Any:
    """str: CPython's Unicode rules from kit.rlib.unicodetext; bytes: the ASCII rules."""
    def method(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
        hop.exception_cannot_occur()
        if r_self.lowleveltype == llstr.BYTESPTR:
            if ascii_kind is None:
                raise TyperError(f"bytes.{name}() is not supported")
            if name in ("upper", "lower"):
                return hop.gendirectcall(llstr.ll_upper_lower, v_self, inputconst(lltype.Bool, name == "upper"))
            return hop.gendirectcall(llstr.ll_isclass, v_self, inputconst(lltype.Signed, ascii_kind))
        from kit.annotator.model import SomeString
        from kit.rlib import unicodetext
        return hop.rtyper.gen_highlevel_call(getattr(unicodetext, name), [SomeString()], [v_self], hop.llops)
    return method


method_upper = _unicode_text("upper", -1)
method_lower = _unicode_text("lower", -1)
method_isdigit = _unicode_text("isdigit", 0)
method_isalpha = _unicode_text("isalpha", 1)
method_isspace = _unicode_text("isspace", 2)
method_isalnum = _unicode_text("isalnum", 3)
method_isupper = _unicode_text("isupper", 4)
method_islower = _unicode_text("islower", 5)
method_title = _unicode_text("title", None)
method_capitalize = _unicode_text("capitalize", None)
method_swapcase = _unicode_text("swapcase", None)
method_casefold = _unicode_text("casefold", None)
method_isdecimal = _unicode_text("isdecimal", None)
method_isnumeric = _unicode_text("isnumeric", None)
method_isprintable = _unicode_text("isprintable", None)
method_istitle = _unicode_text("istitle", None)
method_isidentifier = _unicode_text("isidentifier", None)
method_isascii = _unicode_text("isascii", None)


def _justify(hop: HighLevelOp, r_self: Repr, v_self: Any, align: int) -> Any:
    from kit.rtyper.rstr import ll_pad
    v_width = hop.inputarg(lltype.Signed, 0)
    fill = 32
    if hop.nb_args > 1:
        s = hop.args_s[1]
        if not s.is_constant():
            raise TyperError("the fill character must be a constant")
        fill = ord(s.const)
    hop.exception_cannot_occur()
    if r_self.lowleveltype == llstr.BYTESPTR:
        raise TyperError("ljust()/rjust() on bytes are not supported")
    return hop.gendirectcall(ll_pad, v_self, v_width, inputconst(lltype.Signed, fill),
                             inputconst(lltype.Signed, align))


def method_ljust(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _justify(hop, r_self, v_self, ord("<"))


def method_rjust(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    return _justify(hop, r_self, v_self, ord(">"))


def method_zfill(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    from kit.rtyper.rstr import ll_pad
    v_width = hop.inputarg(lltype.Signed, 0)
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_pad, v_self, v_width, inputconst(lltype.Signed, 48), inputconst(lltype.Signed, 61))


_ERRORS = {"strict": 0, "replace": 1, "ignore": 2, "surrogateescape": 3}


def _codec(hop: HighLevelOp) -> tuple[str, int]:
    encoding = hop.args_s[0].const.lower().replace("-", "").replace("_", "") if hop.nb_args > 0 else "utf8"
    errors = _ERRORS[hop.args_s[1].const] if hop.nb_args > 1 else 0
    return encoding, errors


def method_encode(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    encoding, errors = _codec(hop)
    hop.exception_is_here()
    if encoding in ("utf8",):
        return hop.gendirectcall(llstr.ll_encode_utf8, v_self, inputconst(lltype.Signed, errors))
    limit = 128 if encoding == "ascii" else 256
    return hop.gendirectcall(llstr.ll_encode_latin1, v_self, inputconst(lltype.Signed, errors),
                             inputconst(lltype.Signed, limit))


def method_decode(hop: HighLevelOp, r_self: Repr, v_self: Any) -> Any:
    encoding, errors = _codec(hop)
    hop.exception_is_here()
    if encoding in ("utf8",):
        return hop.gendirectcall(llstr.ll_decode_utf8, v_self, inputconst(lltype.Signed, errors))
    limit = 128 if encoding == "ascii" else 256
    return hop.gendirectcall(llstr.ll_decode_latin1, v_self, inputconst(lltype.Signed, errors),
                             inputconst(lltype.Signed, limit))
