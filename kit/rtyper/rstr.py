"""Reprs of str and bytes: pointers to immutable GC strings with a cached hash; their operations,
conversions to and from numbers, and `%`/f-string formatting.
"""

from __future__ import annotations

from typing import Any

from kit.annotator.builtins import parse_format_spec
from kit.annotator.model import SomeTuple
from kit.rtyper import llstr, lltype
from kit.rtyper.llstr import BYTES, BYTESPTR, STR, STRPTR
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rprimitive import BoolRepr, FloatRepr, IntegerRepr, NoneRepr
from kit.rtyper.rtyper import conversion, pairop

_STRING_CACHE: dict[Any, lltype.LLPointer] = {}


def string_constant(rtyper: Any, text: str) -> lltype.LLPointer:
    key = ("str", text)
    ptr = _STRING_CACHE.get(key)
    if ptr is None:
        s = lltype.LLStruct(STR, length=len(text))
        s.values["chars"].items = list(text)
        ptr = lltype.LLPointer(STRPTR, s)
        _STRING_CACHE[key] = ptr
    return ptr


def bytes_constant(data: bytes) -> lltype.LLPointer:
    key = ("bytes", data)
    ptr = _STRING_CACHE.get(key)
    if ptr is None:
        s = lltype.LLStruct(BYTES, length=len(data))
        s.values["chars"].items = [chr(b) for b in data]
        ptr = lltype.LLPointer(BYTESPTR, s)
        _STRING_CACHE[key] = ptr
    return ptr


class AbstractStringRepr(Repr):
    is_bytes = False

    def rtype_len(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.gendirectcall(llstr.ll_strlen, v)

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        if hop.args_s[0].can_be_None:
            return hop.gendirectcall(ll_str_is_true, v)
        return hop.genop("int_is_true", [hop.gendirectcall(llstr.ll_strlen, v)], lltype.Bool)

    def rtype_hash(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.gendirectcall(llstr.ll_strhash, v)

    def get_ll_hash_function(self) -> Any:
        return llstr.ll_strhash

    def get_ll_eq_function(self) -> Any:
        return llstr.ll_streq

    def rtype_getslice(self, hop: HighLevelOp) -> Any:
        v = hop.inputarg(self, 0)
        args = slice_args(hop)
        hop.exception_cannot_occur()
        return hop.gendirectcall(llstr.ll_getslice, v, *args)

    def rtype_iter(self, hop: HighLevelOp) -> Any:
        from kit.rtyper.riter import make_sequence_iterator
        return make_sequence_iterator(hop, self)


class StringRepr(AbstractStringRepr):
    lowleveltype = STRPTR

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(STRPTR)
        if not isinstance(value, str):
            raise TyperError(f"not a str: {value!r}")
        return string_constant(self.rtyper, value)


class BytesRepr(AbstractStringRepr):
    lowleveltype = BYTESPTR
    is_bytes = True

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(BYTESPTR)
        if not isinstance(value, bytes):
            raise TyperError(f"not bytes: {value!r}")
        return bytes_constant(value)


def ll_str_is_true(s: Any) -> bool:
    return bool(s) and len(s.chars) != 0


def slice_args(hop: HighLevelOp) -> list[Any]:
    """start, stop, has_start, has_stop for getslice/setslice (the step must be None)."""
    r_int = hop.rtyper.primitive_repr(lltype.Signed)
    result = []
    flags = []
    for i in (1, 2):
        if isinstance(hop.args_r[i], NoneRepr):
            result.append(inputconst(lltype.Signed, 0))
            flags.append(inputconst(lltype.Bool, False))
        else:
            result.append(hop.inputarg(r_int, i))
            flags.append(inputconst(lltype.Bool, True))
    if hop.nb_args > 3 and not isinstance(hop.args_r[3], NoneRepr):
        raise TyperError("slices with a step are only supported on lists")
    return result + flags


@pairop(AbstractStringRepr, AbstractStringRepr, "add")
def rtype_str_add(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[1])
    return hop.gendirectcall(llstr.ll_strconcat, v1, v2)


@pairop(AbstractStringRepr, IntegerRepr, "mul")
def rtype_str_mul(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], lltype.Signed)
    hop.exception_cannot_occur()
    return hop.gendirectcall(llstr.ll_strmul, v1, v2)


@pairop(IntegerRepr, AbstractStringRepr, "mul")
def rtype_int_str_mul(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(lltype.Signed, hop.args_r[1])
    return hop.gendirectcall(llstr.ll_strmul, v2, v1)


@pairop(AbstractStringRepr, AbstractStringRepr, "eq", "ne")
def rtype_str_eq(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[1])
    v = hop.gendirectcall(llstr.ll_streq, v1, v2)
    if hop.opname == "ne":
        v = hop.genop("bool_not", [v], lltype.Bool)
    return v


@pairop(AbstractStringRepr, AbstractStringRepr, "lt", "le", "gt", "ge")
def rtype_str_compare(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[1])
    v = hop.gendirectcall(llstr.ll_strcmp, v1, v2)
    return hop.genop(f"int_{hop.opname}", [v, inputconst(lltype.Signed, 0)], lltype.Bool)


@pairop(AbstractStringRepr, AbstractStringRepr, "is_")
def rtype_str_is(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[1])
    return hop.genop("ptr_eq", [v1, v2], lltype.Bool)


@pairop(AbstractStringRepr, NoneRepr, "is_", "eq")
def rtype_str_is_none(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("ptr_iszero", [v], lltype.Bool)


@pairop(AbstractStringRepr, NoneRepr, "ne")
def rtype_str_isnot_none(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("ptr_nonzero", [v], lltype.Bool)


@pairop(StringRepr, IntegerRepr, "getitem")
def rtype_str_getitem(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], lltype.Signed)
    hop.exception_is_here()
    return hop.gendirectcall(llstr.ll_getitem, v1, v2)


@pairop(BytesRepr, IntegerRepr, "getitem")
def rtype_bytes_getitem(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], lltype.Signed)
    hop.exception_is_here()
    return hop.gendirectcall(llstr.ll_bytes_getitem, v1, v2)


@pairop(AbstractStringRepr, AbstractStringRepr, "contains")
def rtype_str_contains(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[1])
    return hop.gendirectcall(llstr.ll_contains, v1, v2)


@pairop(BytesRepr, IntegerRepr, "contains")
def rtype_bytes_contains_int(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], lltype.Signed)
    return hop.gendirectcall(ll_bytes_contains_byte, v1, v2)


def ll_bytes_contains_byte(s: Any, byte: int) -> bool:
    i = 0
    n = len(s.chars)
    while i < n:
        if lltype.cast_primitive(lltype.Signed, s.chars[i]) == byte:
            return True
        i += 1
    return False


@conversion(NoneRepr, AbstractStringRepr)
def convert_none_str(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    return inputconst(r_to.lowleveltype, lltype.nullptr(r_to.lowleveltype))


# ---- str() / repr() of values, and formatting -----------------------------------------------------

def to_str(hop: HighLevelOp, r: Repr, v: Any, repr_mode: bool = False) -> Any:
    """Low-level code computing str(v) (or repr(v)) for a value of repr r."""
    llops = hop.llops
    rtyper = hop.rtyper
    if isinstance(r, BoolRepr):
        return llops.gendirectcall(ll_bool2str, v)
    if isinstance(r, IntegerRepr):
        if r.lowleveltype != lltype.Signed:
            v = llops.convertvar(v, r, rtyper.primitive_repr(lltype.Signed))
        return llops.gendirectcall(llstr.ll_int2str, v)
    if isinstance(r, FloatRepr):
        return llops.gendirectcall(llstr.ll_float2str, v, inputconst(lltype.Signed, ord("r")),
                                   inputconst(lltype.Signed, 0), inputconst(lltype.Signed, 0))
    if isinstance(r, StringRepr):
        if repr_mode:
            return llops.gendirectcall(ll_str_repr, v)
        return llops.gendirectcall(ll_none_to_str, v)
    if isinstance(r, BytesRepr):
        return llops.gendirectcall(ll_bytes_repr, v)
    if isinstance(r, NoneRepr):
        return inputconst(STRPTR, string_constant(rtyper, "None"))
    if r.lowleveltype == STRPTR:
        # a low-level string in helper code
        return llops.gendirectcall(ll_str_repr, v) if repr_mode else v
    from kit.rtyper.rclass import InstanceRepr
    if isinstance(r, InstanceRepr):
        from kit.rtyper.rexc import exception_str
        return exception_str(llops, r, v)
    from kit.rtyper.rtuple import TupleRepr
    if isinstance(r, TupleRepr):
        return r.to_str(llops, v)
    from kit.rtyper.rlist import ListRepr
    if isinstance(r, ListRepr):
        return r.to_str(llops, v)
    raise TyperError(f"str() of {r} is not supported")


def ll_float_repr(x: float) -> Any:
    return llstr.ll_float2str(x, 114, 0, 0)


def ll_none_repr(x: Any) -> Any:
    return NONE_STR


def repr_function(r: Repr) -> Any:
    """A low-level function computing repr() of a value of repr r (items of lists and tuples)."""
    from kit.rtyper.rlist import ListRepr, make_list_str_function
    from kit.rtyper.rtuple import TupleRepr, make_tuple_str_function
    if isinstance(r, StringRepr):
        return ll_str_repr
    if isinstance(r, BytesRepr):
        return ll_bytes_repr
    if isinstance(r, BoolRepr):
        return ll_bool2str
    if isinstance(r, IntegerRepr) and r.lowleveltype == lltype.Signed:
        return llstr.ll_int2str
    if isinstance(r, FloatRepr):
        return ll_float_repr
    if isinstance(r, NoneRepr):
        return ll_none_repr
    if isinstance(r, ListRepr):
        return make_list_str_function(r, None)
    if isinstance(r, TupleRepr):
        return make_tuple_str_function(r)
    raise TyperError(f"repr() of {r} is not supported")


def ll_bool2str(b: bool) -> Any:
    if b:
        return TRUE_STR
    return FALSE_STR


def ll_none_to_empty(s: Any) -> Any:
    if not s:
        return EMPTY_STR
    return s


def ll_none_to_str(s: Any) -> Any:
    if not s:
        return NONE_STR
    return s


def ll_str_repr(s: Any) -> Any:
    """repr() of a str: quotes and escapes like CPython."""
    n = len(s.chars)
    quote = 39
    has_single = False
    has_double = False
    i = 0
    while i < n:
        c = lltype.cast_primitive(lltype.Signed, s.chars[i])
        if c == 39:
            has_single = True
        elif c == 34:
            has_double = True
        i += 1
    if has_single and not has_double:
        quote = 34
    parts = llstr.malloc(STR, n * 10 + 2)
    pos = 0
    parts.chars[pos] = lltype.cast_primitive(lltype.UniChar, quote)
    pos += 1
    i = 0
    while i < n:
        c = lltype.cast_primitive(lltype.Signed, s.chars[i])
        if c == quote or c == 92:
            parts.chars[pos] = lltype.cast_primitive(lltype.UniChar, 92)
            parts.chars[pos + 1] = lltype.cast_primitive(lltype.UniChar, c)
            pos += 2
        elif c == 10 or c == 13 or c == 9:
            parts.chars[pos] = lltype.cast_primitive(lltype.UniChar, 92)
            letter = 110 if c == 10 else 114 if c == 13 else 116
            parts.chars[pos + 1] = lltype.cast_primitive(lltype.UniChar, letter)
            pos += 2
        elif c < 32 or c == 127 or (0x80 <= c < 0xA0):
            pos = _write_hex_escape(parts, pos, c, 120, 2)
        else:
            parts.chars[pos] = lltype.cast_primitive(lltype.UniChar, c)
            pos += 1
        i += 1
    parts.chars[pos] = lltype.cast_primitive(lltype.UniChar, quote)
    pos += 1
    return llstr.ll_getslice(parts, 0, pos, True, True)


def _write_hex_escape(buf: Any, pos: int, c: int, letter: int, ndigits: int) -> int:
    buf.chars[pos] = lltype.cast_primitive(lltype.UniChar, 92)
    buf.chars[pos + 1] = lltype.cast_primitive(lltype.UniChar, letter)
    pos += 2
    shift = (ndigits - 1) * 4
    while shift >= 0:
        d = (c >> shift) & 15
        buf.chars[pos] = lltype.cast_primitive(lltype.UniChar, 48 + d if d < 10 else 87 + d)
        pos += 1
        shift -= 4
    return pos


def ll_bytes_repr(s: Any) -> Any:
    n = len(s.chars)
    buf = llstr.malloc(STR, n * 4 + 3)
    buf.chars[0] = lltype.cast_primitive(lltype.UniChar, 98)
    buf.chars[1] = lltype.cast_primitive(lltype.UniChar, 39)
    pos = 2
    i = 0
    while i < n:
        c = lltype.cast_primitive(lltype.Signed, s.chars[i])
        if c == 39 or c == 92:
            buf.chars[pos] = lltype.cast_primitive(lltype.UniChar, 92)
            buf.chars[pos + 1] = lltype.cast_primitive(lltype.UniChar, c)
            pos += 2
        elif c == 10 or c == 13 or c == 9:
            buf.chars[pos] = lltype.cast_primitive(lltype.UniChar, 92)
            letter = 110 if c == 10 else 114 if c == 13 else 116
            buf.chars[pos + 1] = lltype.cast_primitive(lltype.UniChar, letter)
            pos += 2
        elif c < 32 or c >= 127:
            pos = _write_hex_escape(buf, pos, c, 120, 2)
        else:
            buf.chars[pos] = lltype.cast_primitive(lltype.UniChar, c)
            pos += 1
        i += 1
    buf.chars[pos] = lltype.cast_primitive(lltype.UniChar, 39)
    return llstr.ll_getslice(buf, 0, pos + 1, True, True)


EMPTY_STR = string_constant(None, "")
TRUE_STR = string_constant(None, "True")
FALSE_STR = string_constant(None, "False")
NONE_STR = string_constant(None, "None")

PARTS = lltype.GcArray(STRPTR)


def build_string(llops: Any, parts: list[Any]) -> Any:
    """Concatenate low-level string values (one allocation for the result)."""
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        return llops.gendirectcall(llstr.ll_strconcat, parts[0], parts[1])
    v_parts = llops.genop("malloc_varsize", [inputconst(lltype.Void, PARTS), inputconst(lltype.Signed, len(parts))],
                          lltype.Ptr(PARTS))
    for i, v in enumerate(parts):
        llops.genop("setarrayitem", [v_parts, inputconst(lltype.Signed, i), v])
    return llops.gendirectcall(ll_join_parts, v_parts)


def ll_join_parts(parts: Any) -> Any:
    total = 0
    n = len(parts)
    i = 0
    while i < n:
        total += len(parts[i].chars)
        i += 1
    result = llstr.malloc(STR, total)
    pos = 0
    i = 0
    while i < n:
        part = parts[i]
        length = len(part.chars)
        llstr.llop.interior_arraycopy(lltype.Void, part, result, "chars", 0, pos, length)
        pos += length
        i += 1
    return result


def format_value(hop: HighLevelOp, r: Repr, v: Any, conversion: int, spec: str) -> Any:
    """One field of an f-string or a %-directive: conversion ('r', 's' or -1) and a format spec."""
    llops = hop.llops
    if conversion == ord("r"):
        v = to_str(hop, r, v, repr_mode=True)
        r = hop.rtyper.getrepr_str()
        is_str = True
    elif conversion == ord("s"):
        v = to_str(hop, r, v)
        r = hop.rtyper.getrepr_str()
        is_str = True
    else:
        is_str = isinstance(r, StringRepr)
    if not spec:
        return v if is_str and conversion != -1 or isinstance(r, StringRepr) else to_str(hop, r, v)
    parsed = parse_format_spec(spec)
    assert parsed is not None
    fill, align, sign, width, precision, code = parsed
    if code in ("f", "F", "e", "E", "g", "G", "%") or (isinstance(r, FloatRepr) and not is_str):
        v_float = llops.convertvar(v, r, hop.rtyper.primitive_repr(lltype.Float))
        if code == "%":
            v_float = llops.genop("float_mul", [v_float, inputconst(lltype.Float, 100.0)], lltype.Float)
        c = ord(code.lower()) if code and code != "%" else (ord("f") if code == "%" else ord("r"))
        if not code and precision >= 0:
            c = ord("g")
        text = llops.gendirectcall(llstr.ll_float2str, v_float, inputconst(lltype.Signed, c),
                                   inputconst(lltype.Signed, precision if precision >= 0 else 6),
                                   inputconst(lltype.Signed, 0))
        if code == "%":
            text = build_string(llops, [text, inputconst(STRPTR, string_constant(hop.rtyper, "%"))])
        if code in ("E", "G", "F"):
            text = llops.gendirectcall(llstr.ll_upper_lower, text, inputconst(lltype.Bool, True))
        default_align = ">"
    elif code in ("d", "x", "X", "o", "b") or (isinstance(r, IntegerRepr) and not is_str):
        v_int = llops.convertvar(v, r, hop.rtyper.primitive_repr(lltype.Signed))
        if code in ("x", "X", "o", "b"):
            base = {"x": 16, "X": 16, "o": 8, "b": 2}[code]
            text = llops.gendirectcall(ll_int2base_noprefix, v_int, inputconst(lltype.Signed, base))
            if code == "X":
                text = llops.gendirectcall(llstr.ll_upper_lower, text, inputconst(lltype.Bool, True))
        else:
            text = llops.gendirectcall(llstr.ll_int2str, v_int)
        default_align = ">"
    else:
        text = v if is_str else to_str(hop, r, v)
        if precision >= 0:
            text = llops.gendirectcall(llstr.ll_getslice, text, inputconst(lltype.Signed, 0),
                                       inputconst(lltype.Signed, precision), inputconst(lltype.Bool, True),
                                       inputconst(lltype.Bool, True))
        default_align = "<"
    if sign == "+" and code != "s" and not is_str:
        text = llops.gendirectcall(ll_add_plus, text)
    if width:
        text = llops.gendirectcall(ll_pad, text, inputconst(lltype.Signed, width),
                                   inputconst(lltype.Signed, ord(fill)),
                                   inputconst(lltype.Signed, ord(align or default_align)))
    return text


def ll_int2base_noprefix(value: int, base: int) -> Any:
    text = llstr.ll_int2base(value, base, 120)
    if value < 0:
        return llstr.ll_strconcat(MINUS_STR, llstr.ll_getslice(text, 3, 0, True, False))
    return llstr.ll_getslice(text, 2, 0, True, False)


MINUS_STR = string_constant(None, "-")


def ll_add_plus(text: Any) -> Any:
    if len(text.chars) > 0 and lltype.cast_primitive(lltype.Signed, text.chars[0]) == 45:
        return text
    return llstr.ll_strconcat(PLUS_STR, text)


PLUS_STR = string_constant(None, "+")


def ll_pad(text: Any, width: int, fill: int, align: int) -> Any:
    n = len(text.chars)
    if n >= width:
        return text
    result = llstr.malloc(STR, width)
    pad = width - n
    if align == 60:        # '<'
        left = 0
    elif align == 94:      # '^'
        left = pad // 2
    elif align == 61 and n > 0 and (lltype.cast_primitive(lltype.Signed, text.chars[0]) == 45
                                    or lltype.cast_primitive(lltype.Signed, text.chars[0]) == 43):
        # '=': pad between the sign and the digits
        result.chars[0] = text.chars[0]
        i = 1
        while i <= pad:
            result.chars[i] = lltype.cast_primitive(lltype.UniChar, fill)
            i += 1
        llstr.llop.interior_arraycopy(lltype.Void, text, result, "chars", 1, pad + 1, n - 1)
        return result
    else:
        left = pad
    i = 0
    while i < left:
        result.chars[i] = lltype.cast_primitive(lltype.UniChar, fill)
        i += 1
    llstr.llop.interior_arraycopy(lltype.Void, text, result, "chars", 0, left, n)
    i = left + n
    while i < width:
        result.chars[i] = lltype.cast_primitive(lltype.UniChar, fill)
        i += 1
    return result


def rtype_percent_format(hop: HighLevelOp) -> Any:
    """'fmt' % args with a constant format string."""
    fmt = hop.args_s[0].const
    s_args = hop.args_s[1]
    r_args = hop.args_r[1]
    v_args = hop.inputarg(r_args, 1)
    if isinstance(s_args, SomeTuple):
        values = [r_args.getitem(hop.llops, v_args, i) for i in range(len(s_args.items))]  # type: ignore[attr-defined]
        reprs = list(r_args.items_r)  # type: ignore[attr-defined]
    else:
        values, reprs = [v_args], [r_args]
    parts: list[Any] = []
    literal: list[str] = []
    i = 0
    k = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch != "%":
            literal.append(ch)
            i += 1
            continue
        i += 1
        if fmt[i] == "%":
            literal.append("%")
            i += 1
            continue
        j = i
        while fmt[j] not in "sdixXofeEgGr":
            j += 1
        flags_width = fmt[i:j]
        code = fmt[j]
        i = j + 1
        if literal:
            parts.append(inputconst(STRPTR, string_constant(hop.rtyper, "".join(literal))))
            literal = []
        spec = _percent_to_spec(flags_width, code)
        conversion = ord("r") if code == "r" else (ord("s") if code == "s" and not isinstance(reprs[k], StringRepr)
                                                     else -1)
        if code == "s" and spec and not isinstance(reprs[k], StringRepr):
            v_text = to_str(hop, reprs[k], values[k])
            parts.append(format_value(hop, hop.rtyper.getrepr_str(), v_text, -1, spec))
        elif code in "di" and isinstance(reprs[k], FloatRepr):
            v_int = hop.llops.genop("cast_float_to_int", [values[k]], lltype.Signed)
            parts.append(format_value(hop, hop.rtyper.primitive_repr(lltype.Signed), v_int, -1, spec or "d"))
        else:
            parts.append(format_value(hop, reprs[k], values[k], conversion if not spec else -1,
                                      spec if code not in "sr" or spec else ""))
        k += 1
    if literal:
        parts.append(inputconst(STRPTR, string_constant(hop.rtyper, "".join(literal))))
    if not parts:
        return inputconst(STRPTR, string_constant(hop.rtyper, ""))
    return build_string(hop.llops, parts)


def _percent_to_spec(flags_width: str, code: str) -> str:
    """Translate a %-directive's flags/width/precision into a format spec."""
    align = ""
    sign = ""
    zero = ""
    rest = flags_width
    while rest and rest[0] in "-+ 0#":
        f = rest[0]
        if f == "-":
            align = "<"
        elif f == "+":
            sign = "+"
        elif f == "0":
            zero = "0"
        rest = rest[1:]
    spec_code = {"i": "d", "s": "", "r": ""}.get(code, code)
    if not (align or sign or zero or rest or spec_code not in ("", "d")):
        return ""
    if zero and not align:
        return f"{sign}0{rest}{spec_code}"
    return f"{align}{sign}{rest}{spec_code}"


@pairop(StringRepr, Repr, "mod")
def rtype_str_mod(hop: HighLevelOp) -> Any:
    if not hop.args_s[0].is_constant():
        raise TyperError("'%' formatting needs a constant format string")
    hop.exception_cannot_occur()
    return rtype_percent_format(hop)
