"""Calls of builtin functions, external functions (os, time, math), kit.rlib helpers, lltype
functions and llop.*, and of the methods of str, bytes, list and dict.
"""

from __future__ import annotations

import types
from typing import Any

from kit.annotator.builtins import SPECIAL_CALLABLES
from kit.annotator.model import SomeBuiltin, SomeInstance
from kit.rffi import CFunction
from kit.rlib import jit
from kit.rtyper import llstr, lltype
from kit.rtyper.llop import LLOpCallable
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rprimitive import BoolRepr, FloatRepr, IntegerRepr, NoneRepr


def make_builtin_repr(rtyper: Any, s: SomeBuiltin) -> Repr:
    if s.methodname is not None:
        return BuiltinMethodRepr(rtyper, rtyper.getrepr(s.s_self), s.methodname)
    return BuiltinFunctionRepr(rtyper, s.const if s.is_constant() else None)


class BuiltinFunctionRepr(Repr):
    lowleveltype = lltype.Void

    def __init__(self, rtyper: Any, pyobj: Any) -> None:
        super().__init__(rtyper)
        self.pyobj = pyobj

    def convert_const(self, value: Any) -> Any:
        return value

    def rtype_simple_call(self, hop: HighLevelOp) -> Any:
        hop2 = hop.copy()
        hop2.r_s_popfirstarg()
        hop2.split_call_args()
        func = self.pyobj
        if isinstance(func, types.MethodType) and isinstance(func.__self__, jit.JitDriver):
            return rtype_jit_driver_hint(hop2, func.__self__, func.__name__)
        entry = SPECIAL_CALLABLES.get(id(func))
        if entry is not None and entry[0] is func:
            impl = globals().get("rtype_" + entry[1])
            if impl is None:
                raise TyperError(f"{entry[1]} is not implemented in the rtyper")
            return impl(hop2)
        if isinstance(func, LLOpCallable):
            return rtype_llop(hop2, func)
        if isinstance(func, CFunction):
            return rtype_cfunction(hop2, func)
        if isinstance(func, lltype.LLFunction):
            args = [hop2.inputarg(hop2.rtyper.primitive_repr(T), i) for i, T in enumerate(func.TYPE.ARGS)]
            hop2.exception_is_here()
            return hop2.genop("direct_call", [inputconst(lltype.Void, func)] + args, func.TYPE.RESULT)
        impl = LLTYPE_FUNCTIONS.get(id(func))
        if impl is not None:
            return impl(hop2)
        raise TyperError(f"calling {func!r} is not supported")

    rtype_call_args = rtype_simple_call


class BuiltinMethodRepr(Repr):
    """A method of a builtin type bound to its receiver: represented by the receiver."""

    def __init__(self, rtyper: Any, r_self: Repr, name: str) -> None:
        super().__init__(rtyper)
        self.r_self = r_self
        self.name = name
        self.lowleveltype = r_self.lowleveltype

    def rtype_simple_call(self, hop: HighLevelOp) -> Any:
        v_self = hop.inputarg(self, 0)
        hop2 = hop.copy()
        hop2.r_s_popfirstarg()
        hop2.split_call_args()
        method = getattr(self.r_self, "method_" + self.name, None)
        if method is None:
            from kit.rtyper import rstrmethods
            impl = getattr(rstrmethods, "method_" + self.name, None)
            if impl is None:
                raise TyperError(f"method {self.name}() of {self.r_self} is not supported")
            return impl(hop2, self.r_self, v_self)
        return method(hop2, v_self)

    rtype_call_args = rtype_simple_call


def rtype_getattr_builtin_method(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    hop.exception_cannot_occur()
    return v


# ---- the builtin functions ------------------------------------------------------------------------

def _arg(hop: HighLevelOp, i: int) -> Any:
    return hop.inputarg(hop.args_r[i], i)


def rtype_b_len(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    hop.exception_cannot_occur()
    return r.rtype_len(hop)  # type: ignore[attr-defined]


def rtype_b_range(hop: HighLevelOp) -> Any:
    from kit.rtyper.riter import ll_newrange
    r_int = hop.rtyper.primitive_repr(lltype.Signed)
    if hop.nb_args == 1:
        start, stop, step = inputconst(lltype.Signed, 0), hop.inputarg(r_int, 0), inputconst(lltype.Signed, 1)
    elif hop.nb_args == 2:
        start, stop = hop.inputargs(r_int, r_int)
        step = inputconst(lltype.Signed, 1)
    else:
        start, stop, step = hop.inputargs(r_int, r_int, r_int)
    hop.exception_is_here()
    return hop.gendirectcall(ll_newrange, start, stop, step)


def rtype_b_enumerate(hop: HighLevelOp) -> Any:
    from kit.rtyper.riter import iterator_of
    v_it, _ = iterator_of(hop, 0)
    r = hop.r_result
    v = hop.genop("malloc", [inputconst(lltype.Void, r.ITER)], r.lowleveltype)  # type: ignore[attr-defined]
    hop.genop("setfield", [v, inputconst(lltype.Void, "inner"), v_it])
    hop.genop("setfield", [v, inputconst(lltype.Void, "count"), inputconst(lltype.Signed, 0)])
    hop.exception_cannot_occur()
    return v


def rtype_b_zip(hop: HighLevelOp) -> Any:
    from kit.rtyper.riter import iterator_of
    r = hop.r_result
    its = [iterator_of(hop, i)[0] for i in range(hop.nb_args)]
    v = hop.genop("malloc", [inputconst(lltype.Void, r.ITER)], r.lowleveltype)  # type: ignore[attr-defined]
    for i, v_it in enumerate(its):
        hop.genop("setfield", [v, inputconst(lltype.Void, f"it{i}"), v_it])
    hop.exception_cannot_occur()
    return v


def rtype_b_reversed(hop: HighLevelOp) -> Any:
    from kit.rtyper.riter import ll_reversed_list, ll_reversed_str
    from kit.rtyper.rlist import ListRepr
    r = hop.r_result
    v_seq = _arg(hop, 0)
    hop.exception_cannot_occur()
    helper = ll_reversed_list if isinstance(hop.args_r[0], ListRepr) else ll_reversed_str
    return hop.gendirectcall(helper, inputconst(lltype.Void, r.ITER), v_seq)  # type: ignore[attr-defined]


def rtype_b_min(hop: HighLevelOp) -> Any:
    return _min_max(hop, "lt")


def rtype_b_max(hop: HighLevelOp) -> Any:
    return _min_max(hop, "gt")


def _min_max(hop: HighLevelOp, cmp: str) -> Any:
    r = hop.r_result
    hop.exception_is_here()
    if hop.nb_args == 1:
        from kit.rtyper.rlist import ListRepr, item_lt_function
        r_seq = hop.args_r[0]
        if not isinstance(r_seq, ListRepr):
            raise TyperError("min()/max() of one argument needs a list")
        v = _arg(hop, 0)
        hop.exception_is_here()
        result = hop.gendirectcall(ll_list_min_max, v, inputconst(lltype.Void, item_lt_function(r_seq.item_repr)),
                                   inputconst(lltype.Bool, cmp == "gt"))
        return hop.llops.convertvar(result, r_seq.item_repr, r)
    values = [hop.inputarg(r, i) for i in range(hop.nb_args)]
    hop.exception_cannot_occur()
    result = values[0]
    for v in values[1:]:
        if isinstance(r, FloatRepr):
            helper = ll_max_float if cmp == "gt" else ll_min_float
        elif isinstance(r, IntegerRepr):
            helper = ll_max_int if cmp == "gt" else ll_min_int
        else:
            from kit.rtyper.rstr import AbstractStringRepr
            if not isinstance(r, AbstractStringRepr):
                raise TyperError(f"min()/max() of {r}")
            helper = ll_max_str if cmp == "gt" else ll_min_str
        result = hop.gendirectcall(helper, result, v)
    return result


def ll_list_min_max(lst: Any, ltfn: Any, want_max: bool) -> Any:
    from kit.rtyper.lllist import _lt
    n = lst.length
    if n == 0:
        raise ValueError("min() or max() arg is an empty sequence")
    best = lst.items[0]
    i = 1
    while i < n:
        item = lst.items[i]
        if want_max:
            if _lt(ltfn, best, item):
                best = item
        elif _lt(ltfn, item, best):
            best = item
        i += 1
    return best


def ll_max_int(a: int, b: int) -> int:
    return b if b > a else a


def ll_min_int(a: int, b: int) -> int:
    return b if b < a else a


def ll_max_float(a: float, b: float) -> float:
    return b if b > a else a


def ll_min_float(a: float, b: float) -> float:
    return b if b < a else a


def ll_max_str(a: Any, b: Any) -> Any:
    return b if llstr.ll_strcmp(b, a) > 0 else a


def ll_min_str(a: Any, b: Any) -> Any:
    return b if llstr.ll_strcmp(b, a) < 0 else a


def rtype_b_sum(hop: HighLevelOp) -> Any:
    from kit.rtyper.rlist import ListRepr
    r_seq = hop.args_r[0]
    if not isinstance(r_seq, ListRepr):
        raise TyperError("sum() of a non-list")
    v = _arg(hop, 0)
    r = hop.r_result
    v_start = hop.inputarg(r, 1) if hop.nb_args > 1 else inputconst(r, 0)
    hop.exception_cannot_occur()
    v_list = hop.llops.convertvar(v, r_seq, r_seq)
    if isinstance(r, FloatRepr):
        if not isinstance(r_seq.item_repr, FloatRepr):
            return hop.gendirectcall(ll_sum_int_as_float, v_list, v_start)
        return hop.gendirectcall(ll_sum_float, v_list, v_start)
    return hop.gendirectcall(ll_sum_int, v_list, v_start)


def ll_sum_int(lst: Any, start: int) -> int:
    total = start
    i = 0
    while i < lst.length:
        total += lst.items[i]
        i += 1
    return total


def ll_sum_float(lst: Any, start: float) -> float:
    total = start
    i = 0
    while i < lst.length:
        total += lst.items[i]
        i += 1
    return total


def ll_sum_int_as_float(lst: Any, start: float) -> float:
    total = start
    i = 0
    while i < lst.length:
        total += lltype.cast_primitive(lltype.Float, lst.items[i])
        i += 1
    return total


def rtype_b_abs(hop: HighLevelOp) -> Any:
    r = hop.r_result
    v = hop.inputarg(r, 0)
    hop.exception_cannot_occur()
    if isinstance(r, FloatRepr):
        return hop.genop("float_abs", [v], lltype.Float)
    if r.lowleveltype == lltype.Unsigned:
        return v
    return hop.genop("int_abs", [v], lltype.Signed)


def rtype_b_ord(hop: HighLevelOp) -> Any:
    from kit.rtyper.rstr import BytesRepr
    v = _arg(hop, 0)
    hop.exception_is_here()
    helper = llstr.ll_bytes_ord if isinstance(hop.args_r[0], BytesRepr) else llstr.ll_ord
    return hop.gendirectcall(helper, v)


def rtype_b_chr(hop: HighLevelOp) -> Any:
    v = hop.inputarg(lltype.Signed, 0)
    hop.exception_is_here()
    return hop.gendirectcall(llstr.ll_chr, v)


def rtype_b_int(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    from kit.rtyper.rstr import AbstractStringRepr, BytesRepr
    if isinstance(r, AbstractStringRepr):
        v = _arg(hop, 0)
        if isinstance(r, BytesRepr):
            v = hop.gendirectcall(llstr.ll_decode_latin1, v, inputconst(lltype.Signed, 0),
                                  inputconst(lltype.Signed, 128))
        v_base = hop.inputarg(lltype.Signed, 1) if hop.nb_args > 1 else inputconst(lltype.Signed, 10)
        hop.exception_is_here()
        return hop.gendirectcall(llstr.ll_str2int, v, v_base)
    if isinstance(r, FloatRepr):
        v = _arg(hop, 0)
        hop.exception_is_here()
        return hop.gendirectcall(ll_float2int, v)
    hop.exception_cannot_occur()
    return hop.inputarg(hop.rtyper.primitive_repr(lltype.Signed), 0)


def ll_float2int(x: float) -> int:
    if x != x:
        raise ValueError("cannot convert float NaN to integer")
    if x >= 9.2233720368547758e18 or x < -9.2233720368547758e18:
        raise OverflowError("cannot convert float to a machine-word integer")
    return lltype.cast_primitive(lltype.Signed, x)


def rtype_b_float(hop: HighLevelOp) -> Any:
    from kit.rtyper.rstr import AbstractStringRepr
    r = hop.args_r[0]
    if isinstance(r, AbstractStringRepr):
        v = _arg(hop, 0)
        hop.exception_is_here()
        return hop.gendirectcall(llstr.ll_str2float, v)
    hop.exception_cannot_occur()
    return hop.inputarg(hop.rtyper.primitive_repr(lltype.Float), 0)


def rtype_b_str(hop: HighLevelOp) -> Any:
    from kit.rtyper.rstr import to_str
    hop.exception_cannot_occur()
    return to_str(hop, hop.args_r[0], _arg(hop, 0))


def rtype_b_repr(hop: HighLevelOp) -> Any:
    from kit.rtyper.rstr import to_str
    hop.exception_cannot_occur()
    return to_str(hop, hop.args_r[0], _arg(hop, 0), repr_mode=True)


def rtype_b_bool(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    return hop.args_r[0].rtype_bool(hop)


def rtype_b_isinstance(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    if hop.s_result.is_constant():
        return inputconst(lltype.Bool, hop.s_result.const)
    s_obj = hop.args_s[0]
    if not isinstance(s_obj, SomeInstance):
        raise TyperError("isinstance() on a non-instance that is not known at translation time")
    classes = hop.args_s[1].const
    classes = classes if isinstance(classes, tuple) else (classes,)
    bk = hop.rtyper.bookkeeper
    cdefs = [bk.getclassdef(c) for c in classes if isinstance(c, type)]
    r = hop.args_r[0]
    v = hop.inputarg(r, 0)
    return r.rtype_isinstance_of(hop.llops, v, cdefs)  # type: ignore[attr-defined]


def rtype_b_hash(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    return hop.args_r[0].rtype_hash(hop)  # type: ignore[attr-defined]


def rtype_k_hash(hop: HighLevelOp) -> Any:
    return rtype_b_hash(hop)


def rtype_b_divmod(hop: HighLevelOp) -> Any:
    from kit.rtyper.rprimitive import ll_float_floordiv, ll_float_mod, ll_int_floordiv, ll_int_mod
    r_tuple = hop.r_result
    r_item = r_tuple.items_r[0]  # type: ignore[attr-defined]
    v1, v2 = hop.inputargs(r_item, r_item)
    hop.exception_is_here()
    if isinstance(r_item, FloatRepr):
        hop.gendirectcall(ll_check_divmod_float, v2)
        q = hop.gendirectcall(ll_float_floordiv, v1, v2)
        m = hop.gendirectcall(ll_float_mod, v1, v2)
    else:
        q = hop.gendirectcall(ll_int_floordiv, v1, v2)
        m = hop.gendirectcall(ll_int_mod, v1, v2)
    return r_tuple.build(hop.llops, [q, m], [r_item, r_item])  # type: ignore[attr-defined]


def ll_check_divmod_float(y: float) -> None:
    if y == 0.0:
        raise ZeroDivisionError("float divmod()")


def rtype_b_hex(hop: HighLevelOp) -> Any:
    return _int2base(hop, 16, ord("x"))


def rtype_b_oct(hop: HighLevelOp) -> Any:
    return _int2base(hop, 8, ord("o"))


def rtype_b_bin(hop: HighLevelOp) -> Any:
    return _int2base(hop, 2, ord("b"))


def _int2base(hop: HighLevelOp, base: int, letter: int) -> Any:
    v = hop.inputarg(lltype.Signed, 0)
    hop.exception_cannot_occur()
    return hop.gendirectcall(llstr.ll_int2base, v, inputconst(lltype.Signed, base), inputconst(lltype.Signed, letter))


def rtype_b_round(hop: HighLevelOp) -> Any:
    from kit.rtyper.lltypes_math import ll_round, ll_round_digits
    v = hop.inputarg(lltype.Float, 0)
    if hop.nb_args == 1:
        hop.exception_is_here()
        return hop.gendirectcall(ll_round, v)
    v_n = hop.inputarg(lltype.Signed, 1)
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_round_digits, v, v_n)


def rtype_b_print(hop: HighLevelOp) -> Any:
    from kit.rtyper.rprint import ll_print_str
    from kit.rtyper.rstr import build_string, string_constant, to_str
    kw = hop.keywords
    pos = list(range(hop.nb_positional_args))
    STRP = llstr.STRPTR
    r_str = hop.rtyper.getrepr_str()
    sep = hop.inputarg(r_str, kw["sep"]) if "sep" in kw else inputconst(STRP, string_constant(None, " "))
    end = hop.inputarg(r_str, kw["end"]) if "end" in kw else inputconst(STRP, string_constant(None, "\n"))
    parts = []
    for k, i in enumerate(pos):
        if k:
            parts.append(sep)
        parts.append(to_str(hop, hop.args_r[i], hop.inputarg(hop.args_r[i], i)))
    parts.append(end)
    hop.exception_cannot_occur()
    hop.gendirectcall(ll_print_str, build_string(hop.llops, parts))
    return None


def rtype_b_sorted(hop: HighLevelOp) -> Any:
    from kit.rtyper import lllist
    from kit.rtyper.riter import iterate_into_list
    from kit.rtyper.rlist import ListRepr, item_lt_function
    r = hop.r_result
    assert isinstance(r, ListRepr)
    v_reverse = inputconst(lltype.Bool, False)
    if "reverse" in hop.keywords:
        v_reverse = hop.inputarg(lltype.Bool, hop.keywords["reverse"])
    v_list = r.new(hop.llops, inputconst(lltype.Signed, 0))
    if isinstance(hop.args_r[0], ListRepr):
        hop.gendirectcall(lllist.ll_extend, v_list, hop.inputarg(r, 0))
    else:
        iterate_into_list(hop, r, v_list, 0)
    hop.exception_cannot_occur()
    hop.gendirectcall(lllist.ll_sort, v_list, inputconst(lltype.Void, item_lt_function(r.item_repr)), v_reverse)
    return v_list


def rtype_b_list(hop: HighLevelOp) -> Any:
    from kit.rtyper import lllist
    from kit.rtyper.riter import iterate_into_list
    from kit.rtyper.rlist import ListRepr
    r = hop.r_result
    assert isinstance(r, ListRepr)
    v_list = r.new(hop.llops, inputconst(lltype.Signed, 0))
    if hop.nb_args == 0:
        hop.exception_cannot_occur()
        return v_list
    if isinstance(hop.args_r[0], ListRepr):
        hop.exception_cannot_occur()
        hop.gendirectcall(lllist.ll_extend, v_list, hop.inputarg(r, 0))
        return v_list
    iterate_into_list(hop, r, v_list, 0)
    return v_list


def rtype_b_tuple(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    return hop.inputarg(hop.r_result, 0)


def rtype_b_dict(hop: HighLevelOp) -> Any:
    from kit.rtyper.rdict import rtype_newdict
    hop.exception_cannot_occur()
    return rtype_newdict(hop)


def rtype_b_type(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    return hop.args_r[0].rtype_type(hop)  # type: ignore[attr-defined]


def rtype_b_next(hop: HighLevelOp) -> Any:
    return hop.args_r[0].rtype_next(hop)  # type: ignore[attr-defined]


def rtype_b_iter(hop: HighLevelOp) -> Any:
    return hop.args_r[0].rtype_iter(hop)  # type: ignore[attr-defined]


def rtype_b_id(hop: HighLevelOp) -> Any:
    v = _arg(hop, 0)
    hop.exception_cannot_occur()
    return hop.genop("identityhash", [v], lltype.Signed)


def rtype_k_intmask(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    return hop.inputarg(hop.rtyper.primitive_repr(lltype.Signed), 0)


def rtype_k_flush_stdout(hop: HighLevelOp) -> Any:
    from kit.rtyper.rprint import ll_flush_stdout
    hop.exception_cannot_occur()
    hop.gendirectcall(ll_flush_stdout)


# ---- JIT hints: operations the JIT generator reads; the plain backend ignores them -------------------

def rtype_jit_driver_hint(hop: HighLevelOp, driver: Any, hint: str) -> Any:
    args = [inputconst(lltype.Void, hint), inputconst(lltype.Void, driver)]
    for name in driver.greens + driver.reds:
        i = hop.keywords[name]
        args.append(hop.inputarg(hop.args_r[i], i))
    hop.exception_cannot_occur()
    hop.genop("jit_marker", args)


def rtype_jit_identity(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.r_result, 0)
    hop.exception_cannot_occur()
    func = hop.spaceop.args[0].value
    opname = "jit_promote_string" if func is jit.promote_string else "jit_promote"
    return hop.genop(opname, [v], hop.r_result.lowleveltype)


def rtype_jit_predicate(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    func = hop.spaceop.args[0].value
    if func is jit.we_are_jitted:
        return hop.genop("jit_we_are_jitted", [], lltype.Bool)
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("jit_isconstant" if func is jit.isconstant else "jit_is_virtual", [v], lltype.Bool)


def rtype_jit_assert_green(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    hop.exception_cannot_occur()
    hop.genop("jit_assert_green", [v])


def _driver_const(hop: HighLevelOp) -> Any:
    s = hop.args_s[0]
    return inputconst(lltype.Void, s.const if s.is_constant() else None)


def rtype_jit_set_param(hop: HighLevelOp) -> Any:
    v_value = hop.inputarg(lltype.Signed, 2)
    hop.exception_cannot_occur()
    hop.genop("jit_set_param", [_driver_const(hop), inputconst(lltype.Void, hop.args_s[1].const), v_value])


def rtype_jit_set_user_param(hop: HighLevelOp) -> Any:
    v_text = hop.inputarg(hop.args_r[1], 1)
    hop.exception_cannot_occur()
    hop.genop("jit_set_user_param", [_driver_const(hop), v_text])


def rtype_k_cast_instance_to_gcref(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    hop.exception_cannot_occur()
    return hop.genop("cast_opaque_ptr", [inputconst(lltype.Void, lltype.GCREF), v], lltype.GCREF)


def rtype_k_cast_gcref_to_instance(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[1], 1)
    hop.exception_cannot_occur()
    T = hop.r_result.lowleveltype
    return hop.genop("cast_opaque_ptr", [inputconst(lltype.Void, T), v], T)


def rtype_k_gc_collect(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    hop.genop("gc_collect", [])


def rtype_k_r_uint(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    if isinstance(hop.args_r[0], FloatRepr):
        return hop.genop("cast_float_to_uint", [_arg(hop, 0)], lltype.Unsigned)
    return hop.inputarg(hop.rtyper.primitive_repr(lltype.Unsigned), 0)


# ---- os, time, math ----------------------------------------------------------------------------------

def rtype_os_write(hop: HighLevelOp) -> Any:
    from kit.rtyper.ros import ll_os_write
    v_fd = hop.inputarg(lltype.Signed, 0)
    v_data = _arg(hop, 1)
    hop.exception_is_here()
    return hop.gendirectcall(ll_os_write, v_fd, v_data)


def rtype_os_read(hop: HighLevelOp) -> Any:
    from kit.rtyper.ros import ll_os_read
    v_fd, v_n = hop.inputargs(lltype.Signed, lltype.Signed)
    hop.exception_is_here()
    return hop.gendirectcall(ll_os_read, v_fd, v_n)


def rtype_os_open(hop: HighLevelOp) -> Any:
    from kit.rtyper.ros import ll_os_open
    v_path = _arg(hop, 0)
    v_flags = hop.inputarg(lltype.Signed, 1)
    v_mode = hop.inputarg(lltype.Signed, 2) if hop.nb_args > 2 else inputconst(lltype.Signed, 0o777)
    hop.exception_is_here()
    return hop.gendirectcall(ll_os_open, v_path, v_flags, v_mode)


def rtype_os_close(hop: HighLevelOp) -> Any:
    from kit.rtyper.ros import ll_os_close
    v_fd = hop.inputarg(lltype.Signed, 0)
    hop.exception_is_here()
    hop.gendirectcall(ll_os_close, v_fd)


def rtype_os_simple(hop: HighLevelOp) -> Any:
    from kit.annotator.builtins import OS_SIMPLE
    from kit.rtyper import ros
    func = hop.spaceop.args[0].value
    name, kinds, defaults, _result, raises = OS_SIMPLE[id(func)]
    helper = getattr(ros, "ll_" + name.replace(".", "_"))
    args_v = []
    for i, kind in enumerate(kinds):
        if i < hop.nb_args:
            args_v.append(_arg(hop, i) if kind == "str" else hop.inputarg(lltype.Signed, i))
        else:
            args_v.append(inputconst(lltype.Signed, defaults[i - (len(kinds) - len(defaults))]))
    if raises:
        hop.exception_is_here()
    else:
        hop.exception_cannot_occur()
    v = hop.gendirectcall(helper, *args_v)
    return None if _result == "none" else v


def rtype_os_isatty(hop: HighLevelOp) -> Any:
    from kit.rtyper.ros import ll_os_isatty
    v_fd = hop.inputarg(lltype.Signed, 0)
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_os_isatty, v_fd)


def rtype_os_getenv(hop: HighLevelOp) -> Any:
    from kit.rtyper.ros import ll_os_getenv
    v_name = _arg(hop, 0)
    r = hop.r_result
    v_default = hop.inputarg(r, 1) if hop.nb_args > 1 else inputconst(r, None)
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_os_getenv, v_name, v_default)


def rtype_os_strerror(hop: HighLevelOp) -> Any:
    from kit.rtyper.ros import ll_os_strerror
    v = hop.inputarg(lltype.Signed, 0)
    hop.exception_cannot_occur()
    return hop.gendirectcall(ll_os_strerror, v)


def rtype_time_float(hop: HighLevelOp) -> Any:
    import time

    from kit.rffi import kit_monotonic, kit_perf_counter, kit_time
    func = hop.spaceop.args[0].value if hasattr(hop.spaceop.args[0], "value") else None
    cfunc = {time.time: kit_time, time.perf_counter: kit_perf_counter, time.monotonic: kit_monotonic,
             time.process_time: kit_perf_counter}.get(func, kit_time)
    hop.exception_cannot_occur()
    return hop.genop("direct_call", [external_constant(cfunc)], lltype.Float)


def rtype_time_sleep(hop: HighLevelOp) -> Any:
    from kit.rffi import kit_sleep
    v = hop.inputarg(lltype.Float, 0)
    hop.exception_cannot_occur()
    hop.genop("direct_call", [external_constant(kit_sleep), v], lltype.Void)


def _math_name(hop: HighLevelOp) -> str:
    func = hop.spaceop.args[0].value
    return func.__name__


def rtype_math_float1(hop: HighLevelOp) -> Any:
    from kit.rtyper import lltypes_math
    name = _math_name(hop)
    v = hop.inputarg(lltype.Float, 0)
    hop.exception_is_here()
    return hop.gendirectcall(getattr(lltypes_math, "ll_math_" + name), v)


def rtype_math_float2(hop: HighLevelOp) -> Any:
    from kit.rtyper import lltypes_math
    name = _math_name(hop)
    v1, v2 = hop.inputargs(lltype.Float, lltype.Float)
    hop.exception_is_here()
    return hop.gendirectcall(getattr(lltypes_math, "ll_math_" + name), v1, v2)


def rtype_math_to_int(hop: HighLevelOp) -> Any:
    from kit.rtyper import lltypes_math
    name = _math_name(hop)
    if isinstance(hop.args_r[0], IntegerRepr) and not isinstance(hop.args_r[0], FloatRepr):
        hop.exception_cannot_occur()
        return hop.inputarg(lltype.Signed, 0)
    v = hop.inputarg(lltype.Float, 0)
    hop.exception_is_here()
    return hop.gendirectcall(getattr(lltypes_math, "ll_math_" + name), v)


def rtype_math_predicate(hop: HighLevelOp) -> Any:
    from kit.rtyper import lltypes_math
    name = _math_name(hop)
    v = hop.inputarg(lltype.Float, 0)
    hop.exception_cannot_occur()
    return hop.gendirectcall(getattr(lltypes_math, "ll_math_" + name), v)


def rtype_math_log(hop: HighLevelOp) -> Any:
    from kit.rtyper import lltypes_math
    v = hop.inputarg(lltype.Float, 0)
    hop.exception_is_here()
    if hop.nb_args == 2:
        v_base = hop.inputarg(lltype.Float, 1)
        return hop.gendirectcall(lltypes_math.ll_math_log_base, v, v_base)
    return hop.gendirectcall(lltypes_math.ll_math_log, v)


def rtype_math_ldexp(hop: HighLevelOp) -> Any:
    from kit.rtyper import lltypes_math
    v, e = hop.inputargs(lltype.Float, lltype.Signed)
    hop.exception_is_here()
    return hop.gendirectcall(lltypes_math.ll_math_ldexp, v, e)


def rtype_math_frexp(hop: HighLevelOp) -> Any:
    from kit.rtyper import lltypes_math
    v = hop.inputarg(lltype.Float, 0)
    hop.exception_cannot_occur()
    r = hop.r_result
    exponent = hop.gendirectcall(lltypes_math.ll_math_frexp_exponent, v)
    mantissa = hop.gendirectcall(lltypes_math.ll_math_frexp_mantissa, v, exponent)
    return r.build(hop.llops, [mantissa, exponent], list(r.items_r))  # type: ignore[attr-defined]


def rtype_math_modf(hop: HighLevelOp) -> Any:
    from kit.rtyper import lltypes_math
    v = hop.inputarg(lltype.Float, 0)
    hop.exception_cannot_occur()
    r = hop.r_result
    frac = hop.gendirectcall(lltypes_math.ll_math_modf_frac, v)
    whole = hop.gendirectcall(lltypes_math.ll_math_modf_int, v)
    return r.build(hop.llops, [frac, whole], list(r.items_r))  # type: ignore[attr-defined]


def rtype_b_any(hop: HighLevelOp) -> Any:
    raise TyperError("any()/all() are not supported yet")


rtype_b_all = rtype_b_any


# ---- low-level functions ----------------------------------------------------------------------------

def external_constant(cfunc: CFunction) -> Any:
    fn = EXTERNALS.get(cfunc)
    if fn is None:
        fn = lltype.LLFunction(lltype.FuncType(cfunc.args, cfunc.result), cfunc.name, external=cfunc)
        if cfunc.cancollect:
            fn.gc_can_collect = True  # type: ignore[attr-defined]
        EXTERNALS[cfunc] = fn
    return inputconst(lltype.Void, fn)


EXTERNALS: dict[CFunction, lltype.LLFunction] = {}


def rtype_cfunction(hop: HighLevelOp, cfunc: CFunction) -> Any:
    args = [hop.inputarg(hop.rtyper.primitive_repr(T), i) for i, T in enumerate(cfunc.args)]
    if cfunc.canraise:
        hop.exception_is_here()
    else:
        hop.exception_cannot_occur()
    v = hop.genop("direct_call", [external_constant(cfunc)] + args, cfunc.result)
    if cfunc.result == lltype.Int32:
        v = hop.genop("cast_int32_to_int", [v], lltype.Signed)
    return v


def rtype_llop(hop: HighLevelOp, op: LLOpCallable) -> Any:
    from kit.rtyper.lloperation import LL_OPERATIONS
    RESULT = hop.args_s[0].const
    kinds = LL_OPERATIONS[op.name].args
    args = []
    for i in range(1, hop.nb_args):
        r = hop.args_r[i]
        kind = kinds[i - 1] if i - 1 < len(kinds) else "*"
        if r.lowleveltype == lltype.Void or kind == "v":
            # a translation-time argument: a type, a field name
            args.append(inputconst(lltype.Void, hop.args_s[i].const))
        else:
            args.append(hop.inputarg(r, i))
    if LL_OPERATIONS[op.name].canraise:
        hop.exception_is_here()
    else:
        hop.exception_cannot_occur()
    return hop.genop(op.name, args, RESULT)


def rtype_malloc(hop: HighLevelOp) -> Any:
    T = hop.args_s[0].const
    hop.exception_cannot_occur()
    if hop.nb_args == 1:
        return hop.genop("malloc", [inputconst(lltype.Void, T)], lltype.Ptr(T))
    v_n = hop.inputarg(lltype.Signed, 1)
    return hop.genop("malloc_varsize", [inputconst(lltype.Void, T), v_n], lltype.Ptr(T))


def rtype_cast_pointer(hop: HighLevelOp) -> Any:
    PTR = hop.args_s[0].const
    v = hop.inputarg(hop.args_r[1], 1)
    hop.exception_cannot_occur()
    return hop.genop("cast_pointer", [inputconst(lltype.Void, PTR), v], PTR)


def rtype_cast_opaque_ptr(hop: HighLevelOp) -> Any:
    PTR = hop.args_s[0].const
    v = hop.inputarg(hop.args_r[1], 1)
    hop.exception_cannot_occur()
    return hop.genop("cast_opaque_ptr", [inputconst(lltype.Void, PTR), v], PTR)


_CASTS = {
    (lltype.Signed, lltype.Float): "cast_int_to_float", (lltype.Float, lltype.Signed): "cast_float_to_int",
    (lltype.Signed, lltype.Unsigned): "cast_int_to_uint", (lltype.Unsigned, lltype.Signed): "cast_uint_to_int",
    (lltype.Unsigned, lltype.Float): "cast_uint_to_float", (lltype.Float, lltype.Unsigned): "cast_float_to_uint",
    (lltype.Bool, lltype.Signed): "cast_bool_to_int", (lltype.Signed, lltype.Char): "cast_int_to_char",
    (lltype.Char, lltype.Signed): "cast_char_to_int", (lltype.Signed, lltype.UniChar): "cast_int_to_unichar",
    (lltype.UniChar, lltype.Signed): "cast_unichar_to_int",
}


def rtype_cast_primitive(hop: HighLevelOp) -> Any:
    T = hop.args_s[0].const
    r_from = hop.args_r[1]
    v = hop.inputarg(r_from, 1)
    hop.exception_cannot_occur()
    FROM = r_from.lowleveltype
    if FROM == T:
        return v
    if FROM == lltype.Bool:
        v = hop.genop("cast_bool_to_int", [v], lltype.Signed)
        FROM = lltype.Signed
        if T == lltype.Signed:
            return v
    if FROM in (lltype.Char, lltype.UniChar) and T in (lltype.Char, lltype.UniChar):
        v = hop.genop(_CASTS[(FROM, lltype.Signed)], [v], lltype.Signed)
        FROM = lltype.Signed
    if FROM == lltype.Int32 and T == lltype.Signed:
        return hop.genop("cast_int32_to_int", [v], T)
    if FROM == lltype.Signed and T == lltype.Int32:
        return hop.genop("cast_int_to_int32", [v], T)
    name = _CASTS.get((FROM, T))
    if name is None:
        raise TyperError(f"cannot cast {FROM!r} to {T!r}")
    return hop.genop(name, [v], T)


def rtype_nullptr(hop: HighLevelOp) -> Any:
    PTR = hop.args_s[0].const
    hop.exception_cannot_occur()
    return inputconst(PTR, lltype.nullptr(PTR))


def rtype_type_constant(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    return inputconst(lltype.Void, hop.s_result.const)


def rtype_default_of_item(hop: HighLevelOp) -> Any:
    hop.exception_cannot_occur()
    OF = hop.args_r[0].lowleveltype.target.OF
    return inputconst(OF, lltype.default_value(OF))


LLTYPE_FUNCTIONS = {id(lltype.malloc): rtype_malloc, id(lltype.cast_pointer): rtype_cast_pointer,
                    id(lltype.cast_opaque_ptr): rtype_cast_opaque_ptr,
                    id(lltype.cast_primitive): rtype_cast_primitive, id(lltype.nullptr): rtype_nullptr,
                    id(lltype.typeOf_struct): rtype_type_constant, id(lltype.typeOf_item): rtype_type_constant,
                    id(lltype.default_of_item): rtype_default_of_item}


__all__ = ["make_builtin_repr", "BoolRepr", "NoneRepr"]
