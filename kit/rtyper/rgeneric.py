"""Operations lowered the same way whatever their arguments' reprs: building lists, tuples and
dicts, f-strings, exception matching, `is` between pointers, and the fallbacks of calls.
"""

from __future__ import annotations

from typing import Any

from kit.rtyper import lltype
from kit.rtyper.rmodel import HighLevelOp, TyperError, inputconst


def rtype_newlist(hop: HighLevelOp) -> Any:
    from kit.rtyper.rlist import rtype_newlist as impl
    return impl(hop)


def rtype_newtuple(hop: HighLevelOp) -> Any:
    from kit.rtyper.rtuple import rtype_newtuple as impl
    return impl(hop)


def rtype_newdict(hop: HighLevelOp) -> Any:
    from kit.rtyper.rdict import rtype_newdict as impl
    return impl(hop)


def rtype_format_value(hop: HighLevelOp) -> Any:
    from kit.rtyper.rstr import format_value
    v = hop.inputarg(hop.args_r[0], 0)
    return format_value(hop, hop.args_r[0], v, hop.args_s[1].const, hop.args_s[2].const)


def rtype_build_string(hop: HighLevelOp) -> Any:
    from kit.rtyper.rstr import build_string
    r_str = hop.rtyper.getrepr_str()
    parts = [hop.inputarg(r_str, i) for i in range(hop.nb_args)]
    return build_string(hop.llops, parts)


def rtype_exc_match(hop: HighLevelOp) -> Any:
    if hop.s_result.is_constant():
        return inputconst(lltype.Bool, hop.s_result.const)
    from kit.rtyper.rclass import InstanceRepr
    r = hop.args_r[0]
    if not isinstance(r, InstanceRepr):
        raise TyperError("exception matching on a non-instance")
    classes = hop.args_s[1].const
    classes = classes if isinstance(classes, tuple) else (classes,)
    cdefs = [hop.rtyper.bookkeeper.getclassdef(c) for c in classes]
    v = hop.inputarg(r, 0)
    return r.rtype_isinstance_of(hop.llops, v, cdefs)


def rtype_unpack_check(hop: HighLevelOp) -> Any:
    from kit.rtyper.rlist import ListRepr
    from kit.rtyper.rstr import AbstractStringRepr
    r = hop.args_r[0]
    n = hop.args_s[1].const
    if isinstance(r, ListRepr | AbstractStringRepr):
        v = hop.inputarg(r, 0)
        v_len = hop.gendirectcall(ll_len_of(r), v)
        hop.exception_is_here()
        hop.gendirectcall(ll_unpack_check, v_len, inputconst(lltype.Signed, n))
        return None
    hop.exception_cannot_occur()
    return None


def ll_len_of(r: Any) -> Any:
    from kit.rtyper import lllist, llstr
    from kit.rtyper.rlist import ListRepr
    return lllist.ll_len if isinstance(r, ListRepr) else llstr.ll_strlen


def ll_unpack_check(length: int, expected: int) -> None:
    if length < expected:
        raise ValueError("not enough values to unpack")
    if length > expected:
        raise ValueError("too many values to unpack")


def rtype_is_(hop: HighLevelOp) -> Any:
    r1, r2 = hop.args_r
    T1, T2 = r1.lowleveltype, r2.lowleveltype
    if isinstance(T1, lltype.Ptr) and isinstance(T2, lltype.Ptr):
        v1 = hop.inputarg(r1, 0)
        v2 = hop.inputarg(r2, 1)
        if T1 != T2:
            v2 = hop.genop("cast_pointer", [inputconst(lltype.Void, T1), v2], T1)
        return hop.genop("ptr_eq", [v1, v2], lltype.Bool)
    if T1 == lltype.Void or T2 == lltype.Void:
        other = r2 if T1 == lltype.Void else r1
        index = 1 if T1 == lltype.Void else 0
        if isinstance(other.lowleveltype, lltype.Ptr):
            return hop.genop("ptr_iszero", [hop.inputarg(other, index)], lltype.Bool)
        return inputconst(lltype.Bool, hop.s_result.const if hop.s_result.is_constant() else T1 == T2)
    raise TyperError(f"'is' between {r1} and {r2}")


def rtype_getattr(hop: HighLevelOp) -> Any:
    s = hop.s_result
    hop.exception_cannot_occur()
    if s.is_constant():
        return inputconst(hop.r_result, s.const)
    from kit.annotator.model import SomeBuiltin
    if isinstance(s, SomeBuiltin) and s.methodname is not None:
        return hop.inputarg(hop.args_r[0], 0)
    raise TyperError(f"getattr .{hop.args_s[1].const} on {hop.args_r[0]}")


def rtype_simple_call(hop: HighLevelOp) -> Any:
    raise TyperError(f"calling {hop.args_r[0]}")


def rtype_bool(hop: HighLevelOp) -> Any:
    if hop.s_result.is_constant():
        return inputconst(lltype.Bool, hop.s_result.const)
    raise TyperError(f"truth value of {hop.args_r[0]}")


def rtype_not_(hop: HighLevelOp) -> Any:
    from kit.flow.model import Constant
    if hop.s_result.is_constant():
        return inputconst(lltype.Bool, hop.s_result.const)
    v = hop.args_r[0].rtype_bool(hop)
    if isinstance(v, Constant):
        return inputconst(lltype.Bool, not v.value)
    return hop.genop("bool_not", [v], lltype.Bool)
