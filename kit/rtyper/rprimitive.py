"""Reprs of machine values: int, r_uint, bool, float, None, low-level chars and addresses.

Python's semantics are built from machine operations here: `//` and `%` round towards minus
infinity, `/` on ints gives a float, division by zero raises, `ovfcheck` raises OverflowError.
"""

from __future__ import annotations

from typing import Any

from kit.rffi import c_math
from kit.rlib.rarithmetic import MAXINT, MININT, intmask, r_uint
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rtyper import conversion, pairop

_c_fmod = c_math["fmod"]
_c_copysign = c_math["copysign"]
_c_floor = c_math["floor"]
_c_pow = c_math["pow"]


class IntegerRepr(Repr):
    lowleveltype = lltype.Signed
    prefix = "int"

    def convert_const(self, value: Any) -> Any:
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, lltype.AddressAsInt) or type(value).__name__ == "LateInt":
            return value      # resolved by the backend (an address, a class id: known at the end)
        if isinstance(value, float) and value == int(value):
            return int(value)
        if not isinstance(value, int):
            raise TyperError(f"not an int: {value!r}")
        if isinstance(value, r_uint):
            return intmask(value)
        if not MININT <= value <= MAXINT:
            raise TyperError(f"integer constant {value} does not fit a machine word")
        return value

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop(f"{self.prefix}_is_true", [v], lltype.Bool)

    def rtype_neg(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        if self.prefix == "uint":
            zero = inputconst(lltype.Unsigned, 0)
            return hop.genop("uint_sub", [zero, v], self.lowleveltype)
        return hop.genop("int_neg", [v], self.lowleveltype)

    def rtype_pos(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return v

    def rtype_invert(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop(f"{self.prefix}_invert", [v], self.lowleveltype)

    def rtype_neg_ovf(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        hop.exception_is_here()
        return hop.genop("int_neg_ovf", [v], self.lowleveltype)

    def rtype_hash(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.gendirectcall(ll_hash_int, v)

    def get_ll_eq_function(self) -> Any:
        return None

    def get_ll_hash_function(self) -> Any:
        return ll_hash_int


class UnsignedRepr(IntegerRepr):
    lowleveltype = lltype.Unsigned
    prefix = "uint"

    def convert_const(self, value: Any) -> Any:
        if isinstance(value, bool):
            return int(value)
        if not isinstance(value, int):
            raise TyperError(f"not an int: {value!r}")
        return int(r_uint(value))


class Int32Repr(IntegerRepr):
    lowleveltype = lltype.Int32


class BoolRepr(IntegerRepr):
    lowleveltype = lltype.Bool

    def convert_const(self, value: Any) -> Any:
        if not isinstance(value, bool | int):
            raise TyperError(f"not a bool: {value!r}")
        return bool(value)

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return v


class FloatRepr(Repr):
    lowleveltype = lltype.Float

    def convert_const(self, value: Any) -> Any:
        if isinstance(value, bool | int | float):
            return float(value)
        raise TyperError(f"not a float: {value!r}")

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("float_is_true", [v], lltype.Bool)

    def rtype_neg(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("float_neg", [v], lltype.Float)

    def rtype_pos(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return v

    def rtype_hash(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.gendirectcall(ll_hash_float, v)

    def get_ll_hash_function(self) -> Any:
        return ll_hash_float


class NoneRepr(Repr):
    lowleveltype = lltype.Void

    def convert_const(self, value: Any) -> Any:
        return None

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        return inputconst(lltype.Bool, False)


class CharRepr(Repr):
    """A low-level Char or UniChar (only in ll helpers)."""

    def __init__(self, rtyper: Any, T: lltype.Primitive) -> None:
        super().__init__(rtyper)
        self.lowleveltype = T

    def convert_const(self, value: Any) -> Any:
        if isinstance(value, str) and len(value) == 1:
            return value
        raise TyperError(f"not a single character: {value!r}")


class AddressRepr(Repr):
    lowleveltype = lltype.Address

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return None
        raise TyperError(f"address constants are not supported: {value!r}")


# ---- arithmetic ----------------------------------------------------------------------------------

def _int_prefix(hop: HighLevelOp) -> tuple[str, Repr]:
    r1, r2 = hop.args_r[0], hop.args_r[1]
    if isinstance(r1, UnsignedRepr) or isinstance(r2, UnsignedRepr):
        return "uint", hop.rtyper.primitive_repr(lltype.Unsigned)
    return "int", hop.rtyper.primitive_repr(lltype.Signed)


@pairop(IntegerRepr, IntegerRepr, "add", "sub", "mul", "and_", "or_", "xor")
def rtype_int_simple(hop: HighLevelOp) -> Any:
    prefix, r = _int_prefix(hop)
    name = hop.opname.rstrip("_")
    if isinstance(hop.r_result, BoolRepr):
        v1, v2 = hop.inputargs(hop.rtyper.primitive_repr(lltype.Signed), hop.rtyper.primitive_repr(lltype.Signed))
        v = hop.genop(f"int_{name}", [v1, v2], lltype.Signed)
        return hop.genop("int_is_true", [v], lltype.Bool)
    v1, v2 = hop.inputargs(r, r)
    return hop.genop(f"{prefix}_{name}", [v1, v2], r.lowleveltype)


@pairop(IntegerRepr, IntegerRepr, "lshift", "rshift")
def rtype_int_shift(hop: HighLevelOp) -> Any:
    prefix, r = _int_prefix(hop)
    r_int = hop.rtyper.primitive_repr(lltype.Signed)
    v1, v2 = hop.inputargs(r if not isinstance(hop.args_r[0], UnsignedRepr) else hop.args_r[0], r_int)
    if isinstance(hop.args_r[0], UnsignedRepr):
        prefix, r = "uint", hop.args_r[0]
    hop.exception_cannot_occur()
    helper = ll_uint_lshift if prefix == "uint" and hop.opname == "lshift" else \
        ll_uint_rshift if prefix == "uint" else ll_int_lshift if hop.opname == "lshift" else ll_int_rshift
    return hop.gendirectcall(helper, v1, v2)


@pairop(IntegerRepr, IntegerRepr, "floordiv", "mod")
def rtype_int_divmod(hop: HighLevelOp) -> Any:
    prefix, r = _int_prefix(hop)
    v1, v2 = hop.inputargs(r, r)
    hop.exception_is_here()
    if prefix == "uint":
        helper = ll_uint_floordiv if hop.opname == "floordiv" else ll_uint_mod
    else:
        helper = ll_int_floordiv if hop.opname == "floordiv" else ll_int_mod
    return hop.gendirectcall(helper, v1, v2)


@pairop(IntegerRepr, IntegerRepr, "truediv")
def rtype_int_truediv(hop: HighLevelOp) -> Any:
    r_float = hop.rtyper.primitive_repr(lltype.Float)
    v1, v2 = hop.inputargs(r_float, r_float)
    hop.exception_is_here()
    return hop.gendirectcall(ll_int_truediv, v1, v2)


@pairop(IntegerRepr, IntegerRepr, "pow")
def rtype_int_pow(hop: HighLevelOp) -> Any:
    prefix, r = _int_prefix(hop)
    v1, v2 = hop.inputargs(r, r)
    hop.exception_is_here()
    return hop.gendirectcall(ll_int_pow, v1, v2)


@pairop(IntegerRepr, IntegerRepr, "add_ovf", "sub_ovf", "mul_ovf", "lshift_ovf")
def rtype_int_ovf(hop: HighLevelOp) -> Any:
    r = hop.rtyper.primitive_repr(lltype.Signed)
    v1, v2 = hop.inputargs(r, r)
    hop.exception_is_here()
    if hop.opname == "lshift_ovf":
        return hop.gendirectcall(ll_int_lshift_ovf, v1, v2)
    return hop.genop(f"int_{hop.opname}", [v1, v2], lltype.Signed)


@pairop(IntegerRepr, IntegerRepr, "floordiv_ovf", "mod_ovf")
def rtype_int_divmod_ovf(hop: HighLevelOp) -> Any:
    r = hop.rtyper.primitive_repr(lltype.Signed)
    v1, v2 = hop.inputargs(r, r)
    hop.exception_is_here()
    helper = ll_int_floordiv_ovf if hop.opname == "floordiv_ovf" else ll_int_mod_ovf
    return hop.gendirectcall(helper, v1, v2)


@pairop(IntegerRepr, IntegerRepr, "lt", "le", "eq", "ne", "gt", "ge")
def rtype_int_compare(hop: HighLevelOp) -> Any:
    prefix, r = _int_prefix(hop)
    v1, v2 = hop.inputargs(r, r)
    return hop.genop(f"{prefix}_{hop.opname}", [v1, v2], lltype.Bool)


def _float_args(hop: HighLevelOp) -> list[Any]:
    r_float = hop.rtyper.primitive_repr(lltype.Float)
    return hop.inputargs(r_float, r_float)


for _c1, _c2 in ((FloatRepr, FloatRepr), (IntegerRepr, FloatRepr), (FloatRepr, IntegerRepr)):
    @pairop(_c1, _c2, "add", "sub", "mul")
    def rtype_float_simple(hop: HighLevelOp) -> Any:
        v1, v2 = _float_args(hop)
        return hop.genop(f"float_{hop.opname}", [v1, v2], lltype.Float)

    @pairop(_c1, _c2, "truediv")
    def rtype_float_truediv(hop: HighLevelOp) -> Any:
        v1, v2 = _float_args(hop)
        hop.exception_is_here()
        return hop.gendirectcall(ll_float_truediv, v1, v2)

    @pairop(_c1, _c2, "floordiv", "mod", "pow")
    def rtype_float_divmod(hop: HighLevelOp) -> Any:
        v1, v2 = _float_args(hop)
        hop.exception_is_here()
        helper = {"floordiv": ll_float_floordiv, "mod": ll_float_mod, "pow": ll_float_pow}[hop.opname]
        return hop.gendirectcall(helper, v1, v2)

    @pairop(_c1, _c2, "lt", "le", "eq", "ne", "gt", "ge")
    def rtype_float_compare(hop: HighLevelOp) -> Any:
        v1, v2 = _float_args(hop)
        return hop.genop(f"float_{hop.opname}", [v1, v2], lltype.Bool)


@pairop(CharRepr, CharRepr, "lt", "le", "eq", "ne", "gt", "ge")
def rtype_char_compare(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    v1, v2 = hop.inputargs(r, r)
    prefix = "unichar" if r.lowleveltype == lltype.UniChar else "char"
    return hop.genop(f"{prefix}_{hop.opname}", [v1, v2], lltype.Bool)


@pairop(AddressRepr, AddressRepr, "lt", "le", "eq", "ne", "gt", "ge")
def rtype_adr_compare(hop: HighLevelOp) -> Any:
    r = hop.args_r[0]
    v1, v2 = hop.inputargs(r, r)
    return hop.genop(f"adr_{hop.opname}", [v1, v2], lltype.Bool)


@pairop(AddressRepr, IntegerRepr, "add", "sub")
def rtype_adr_offset(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.rtyper.primitive_repr(lltype.Signed))
    return hop.genop(f"adr_{hop.opname}", [v1, v2], lltype.Address)


@pairop(AddressRepr, AddressRepr, "sub")
def rtype_adr_delta(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[1])
    return hop.genop("adr_delta", [v1, v2], lltype.Signed)


@pairop(NoneRepr, NoneRepr, "eq", "is_")
def rtype_none_eq(hop: HighLevelOp) -> Any:
    return inputconst(lltype.Bool, True)


@pairop(NoneRepr, NoneRepr, "ne")
def rtype_none_ne(hop: HighLevelOp) -> Any:
    return inputconst(lltype.Bool, False)


# ---- conversions ---------------------------------------------------------------------------------

@conversion(BoolRepr, IntegerRepr)
def convert_bool_int(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    if isinstance(r_to, BoolRepr):
        return NotImplemented
    if r_to.lowleveltype == lltype.Unsigned:
        v = llops.genop("cast_bool_to_int", [v], lltype.Signed)
        return llops.genop("cast_int_to_uint", [v], lltype.Unsigned)
    return llops.genop("cast_bool_to_int", [v], lltype.Signed)


@conversion(IntegerRepr, BoolRepr)
def convert_int_bool(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    if isinstance(r_from, BoolRepr):
        return v
    return llops.genop(f"{r_from.prefix}_is_true", [v], lltype.Bool)  # type: ignore[attr-defined]


@conversion(IntegerRepr, FloatRepr)
def convert_int_float(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    if isinstance(r_from, BoolRepr):
        return llops.genop("cast_bool_to_float", [v], lltype.Float)
    if r_from.lowleveltype == lltype.Unsigned:
        return llops.genop("cast_uint_to_float", [v], lltype.Float)
    return llops.genop("cast_int_to_float", [v], lltype.Float)


@conversion(IntegerRepr, IntegerRepr)
def convert_int_int(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    if r_from.lowleveltype == r_to.lowleveltype:
        return v
    if r_to.lowleveltype == lltype.Unsigned and r_from.lowleveltype == lltype.Signed:
        return llops.genop("cast_int_to_uint", [v], lltype.Unsigned)
    if r_to.lowleveltype == lltype.Signed and r_from.lowleveltype == lltype.Unsigned:
        return llops.genop("cast_uint_to_int", [v], lltype.Signed)
    if r_to.lowleveltype == lltype.Int32 and r_from.lowleveltype == lltype.Signed:
        return llops.genop("cast_int_to_int32", [v], lltype.Int32)
    if r_from.lowleveltype == lltype.Int32 and r_to.lowleveltype == lltype.Signed:
        return llops.genop("cast_int32_to_int", [v], lltype.Signed)
    return NotImplemented


# ---- helpers (low-level RPython: these are translated, never run on CPython) ---------------------

def ll_int_floordiv(x: int, y: int) -> int:
    if y == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    q = llop.int_floordiv(lltype.Signed, x, y)
    # C division truncates; Python's rounds towards minus infinity
    if (x ^ y) < 0 and q * y != x:
        q -= 1
    return q


def ll_int_mod(x: int, y: int) -> int:
    if y == 0:
        raise ZeroDivisionError("integer modulo by zero")
    r = llop.int_mod(lltype.Signed, x, y)
    if r != 0 and (r ^ y) < 0:
        r += y
    return r


def ll_int_floordiv_ovf(x: int, y: int) -> int:
    if y == -1 and x == MININT:
        raise OverflowError("integer division overflow")
    return ll_int_floordiv(x, y)


def ll_int_mod_ovf(x: int, y: int) -> int:
    if y == -1 and x == MININT:
        raise OverflowError("integer modulo overflow")
    return ll_int_mod(x, y)


def ll_uint_floordiv(x: Any, y: Any) -> Any:
    if y == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    return llop.uint_floordiv(lltype.Unsigned, x, y)


def ll_uint_mod(x: Any, y: Any) -> Any:
    if y == 0:
        raise ZeroDivisionError("integer division or modulo by zero")
    return llop.uint_mod(lltype.Unsigned, x, y)


def ll_int_lshift(x: int, n: int) -> int:
    if n < 0:
        raise ValueError("negative shift count")
    if n >= 64:
        return 0
    return llop.int_lshift(lltype.Signed, x, n)


def ll_int_rshift(x: int, n: int) -> int:
    if n < 0:
        raise ValueError("negative shift count")
    if n >= 64:
        n = 63
    return llop.int_rshift(lltype.Signed, x, n)


def ll_uint_lshift(x: Any, n: int) -> Any:
    if n < 0:
        raise ValueError("negative shift count")
    if n >= 64:
        return lltype.cast_primitive(lltype.Unsigned, 0)
    return llop.uint_lshift(lltype.Unsigned, x, lltype.cast_primitive(lltype.Unsigned, n))


def ll_uint_rshift(x: Any, n: int) -> Any:
    if n < 0:
        raise ValueError("negative shift count")
    if n >= 64:
        return lltype.cast_primitive(lltype.Unsigned, 0)
    return llop.uint_rshift(lltype.Unsigned, x, lltype.cast_primitive(lltype.Unsigned, n))


def ll_int_lshift_ovf(x: int, n: int) -> int:
    if n < 0:
        raise ValueError("negative shift count")
    if n >= 64:
        if x == 0:
            return 0
        raise OverflowError("integer overflow")
    result = llop.int_lshift(lltype.Signed, x, n)
    if llop.int_rshift(lltype.Signed, result, n) != x:
        raise OverflowError("integer overflow")
    return result


def ll_int_pow(x: int, y: int) -> int:
    if y < 0:
        raise ValueError("negative exponent for integer power (use floats)")
    result = 1
    while y > 0:
        if y & 1:
            result = result * x
        y >>= 1
        if y:
            x = x * x
    return result


def ll_int_truediv(x: float, y: float) -> float:
    if y == 0.0:
        raise ZeroDivisionError("division by zero")
    return llop.float_truediv(lltype.Float, x, y)


def ll_float_truediv(x: float, y: float) -> float:
    if y == 0.0:
        raise ZeroDivisionError("float division by zero")
    return llop.float_truediv(lltype.Float, x, y)


def ll_float_mod(x: float, y: float) -> float:
    if y == 0.0:
        raise ZeroDivisionError("float modulo")
    mod = _c_fmod(x, y)
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            mod += y
    else:
        mod = _c_copysign(0.0, y)
    return mod


def ll_float_floordiv(x: float, y: float) -> float:
    if y == 0.0:
        raise ZeroDivisionError("float floor division by zero")
    mod = _c_fmod(x, y)
    div = (x - mod) / y
    if mod != 0.0:
        if (y < 0.0) != (mod < 0.0):
            div -= 1.0
    if div != 0.0:
        floordiv = _c_floor(div)
        if div - floordiv > 0.5:
            floordiv += 1.0
    else:
        floordiv = _c_copysign(0.0, x / y)
    return floordiv


def ll_float_pow(x: float, y: float) -> float:
    if x == 0.0 and y < 0.0:
        raise ZeroDivisionError("0.0 cannot be raised to a negative power")
    if x < 0.0 and y != _c_floor(y):
        raise ValueError("a negative number cannot be raised to a fractional power")
    return _c_pow(x, y)


def ll_hash_int(x: int) -> int:
    # CPython's hash of an int: the value modulo 2**61 - 1 (with -1 reserved)
    modulus = (1 << 61) - 1
    if x >= 0:
        h = x % modulus
    elif x == MININT:
        h = -((MAXINT % modulus + 1) % modulus)
    else:
        h = -((-x) % modulus)
    if h == -1:
        h = -2
    return h


def ll_hash_float(x: float) -> int:
    if x != x:
        return 0
    i = lltype.cast_primitive(lltype.Signed, x)
    if lltype.cast_primitive(lltype.Float, i) == x:
        return ll_hash_int(i)
    # not an integer: mix the bits (CPython uses an exact rational hash; ours only needs to be stable)
    bits = llop.cast_float_to_longlong_bits(lltype.Signed, x)
    h = bits ^ (bits >> 32)
    if h == -1:
        h = -2
    return h
