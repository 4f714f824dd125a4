"""Computing the pure operations on concrete values: what tracing runs, and what the optimizer folds
when all arguments are constants.  Semantics are the low-level ones of kit/rtyper/lloperation.py
(64-bit wrap-around, C division), which the backends implement too.
"""

from __future__ import annotations

import math

from jit.metainterp.history import FLOAT, INT, AbstractValue, Const, ConstFloat, ConstInt
from jit.metainterp.resoperation import ARG_KINDS, OPNAMES, RESULT_KIND, rop
from kit.rlib.rarithmetic import intmask, r_uint

MININT = -(1 << 63)


def c_div(a: int, b: int) -> int:
    """C's division: rounds toward zero (b != 0; MININT / -1 wraps)."""
    if b == -1:
        return intmask(-a)
    q = abs(a) // abs(b)
    if (a < 0) != (b < 0):
        q = -q
    return q


def c_mod(a: int, b: int) -> int:
    if b == -1:
        return 0
    return a - c_div(a, b) * b


def int_binary(opnum: int, a: int, b: int) -> int:
    if opnum == rop.INT_ADD:
        return intmask(a + b)
    if opnum == rop.INT_SUB:
        return intmask(a - b)
    if opnum == rop.INT_MUL:
        return intmask(a * b)
    if opnum == rop.INT_AND:
        return a & b
    if opnum == rop.INT_OR:
        return a | b
    if opnum == rop.INT_XOR:
        return a ^ b
    if opnum == rop.INT_LSHIFT:
        return intmask(a << (b & 63))
    if opnum == rop.INT_RSHIFT:
        return a >> (b & 63)
    if opnum == rop.INT_FLOORDIV:
        return c_div(a, b)
    if opnum == rop.INT_MOD:
        return c_mod(a, b)
    if opnum == rop.INT_LT:
        return int(a < b)
    if opnum == rop.INT_LE:
        return int(a <= b)
    if opnum == rop.INT_EQ:
        return int(a == b)
    if opnum == rop.INT_NE:
        return int(a != b)
    if opnum == rop.INT_GT:
        return int(a > b)
    if opnum == rop.INT_GE:
        return int(a >= b)
    if opnum == rop.UINT_LT:
        return int(r_uint(a) < r_uint(b))
    if opnum == rop.UINT_LE:
        return int(r_uint(a) <= r_uint(b))
    if opnum == rop.UINT_GT:
        return int(r_uint(a) > r_uint(b))
    if opnum == rop.UINT_GE:
        return int(r_uint(a) >= r_uint(b))
    if opnum == rop.UINT_EQ or opnum == rop.CHAR_EQ or opnum == rop.UNICHAR_EQ:
        return int(a == b)
    if opnum == rop.UINT_NE or opnum == rop.CHAR_NE or opnum == rop.UNICHAR_NE:
        return int(a != b)
    if opnum == rop.CHAR_LT or opnum == rop.UNICHAR_LT:
        return int(a < b)
    if opnum == rop.CHAR_LE or opnum == rop.UNICHAR_LE:
        return int(a <= b)
    if opnum == rop.CHAR_GT or opnum == rop.UNICHAR_GT:
        return int(a > b)
    if opnum == rop.CHAR_GE or opnum == rop.UNICHAR_GE:
        return int(a >= b)
    if opnum == rop.UINT_ADD:
        return intmask(r_uint(a) + r_uint(b))
    if opnum == rop.UINT_SUB:
        return intmask(r_uint(a) - r_uint(b))
    if opnum == rop.UINT_MUL:
        return intmask(r_uint(a) * r_uint(b))
    if opnum == rop.UINT_AND:
        return a & b
    if opnum == rop.UINT_OR:
        return a | b
    if opnum == rop.UINT_XOR:
        return a ^ b
    if opnum == rop.UINT_LSHIFT:
        return intmask(r_uint(a) << r_uint(b & 63))
    if opnum == rop.UINT_RSHIFT:
        return intmask(r_uint(a) >> r_uint(b & 63))
    if opnum == rop.UINT_FLOORDIV:
        return intmask(r_uint(a) // r_uint(b))
    if opnum == rop.UINT_MOD:
        return intmask(r_uint(a) % r_uint(b))
    if opnum == rop.PTR_EQ or opnum == rop.ADR_EQ:
        return int(a == b)
    if opnum == rop.PTR_NE or opnum == rop.ADR_NE:
        return int(a != b)
    raise ValueError("not an integer binary operation: " + OPNAMES[opnum])


def int_unary(opnum: int, a: int) -> int:
    if opnum == rop.INT_NEG:
        return intmask(-a)
    if opnum == rop.INT_ABS:
        return intmask(abs(a))
    if opnum == rop.INT_INVERT or opnum == rop.UINT_INVERT:
        return ~a
    if opnum == rop.INT_IS_TRUE or opnum == rop.UINT_IS_TRUE or opnum == rop.PTR_NONZERO:
        return int(a != 0)
    if opnum == rop.PTR_ISZERO:
        return int(a == 0)
    if opnum == rop.BOOL_NOT:
        return int(a == 0)
    if (opnum == rop.SAME_AS or opnum == rop.CAST_BOOL_TO_INT or opnum == rop.CAST_CHAR_TO_INT
            or opnum == rop.CAST_UNICHAR_TO_INT or opnum == rop.CAST_INT_TO_UINT or opnum == rop.CAST_UINT_TO_INT
            or opnum == rop.CAST_INT32_TO_INT):
        return a
    if opnum == rop.CAST_INT_TO_CHAR:
        return a & 0xFF
    if opnum == rop.CAST_INT_TO_UNICHAR or opnum == rop.CAST_INT_TO_INT32:
        return intmask(r_uint(a) & r_uint(0xFFFFFFFF)) if opnum == rop.CAST_INT_TO_UNICHAR else _to_int32(a)
    raise ValueError("not an integer unary operation: " + OPNAMES[opnum])


def _to_int32(a: int) -> int:
    a &= 0xFFFFFFFF
    if a >= 0x80000000:
        a -= 0x100000000
    return a


def int_ovf(opnum: int, a: int, b: int) -> tuple[int, bool]:
    """(wrapped result, overflowed?) of int_add_ovf / int_sub_ovf / int_mul_ovf / int_lshift_ovf."""
    if opnum == rop.INT_ADD_OVF:
        exact = a + b
    elif opnum == rop.INT_SUB_OVF:
        exact = a - b
    elif opnum == rop.INT_MUL_OVF:
        exact = a * b
    elif opnum == rop.INT_LSHIFT_OVF:
        exact = a << b if 0 <= b < 64 else (0 if a == 0 else a << 64)
    else:
        raise ValueError("not an overflow-checking operation: " + OPNAMES[opnum])
    result = intmask(exact)
    return result, result != exact


def float_binary(opnum: int, a: float, b: float) -> float:
    if opnum == rop.FLOAT_ADD:
        return a + b
    if opnum == rop.FLOAT_SUB:
        return a - b
    if opnum == rop.FLOAT_MUL:
        return a * b
    if opnum == rop.FLOAT_TRUEDIV:
        if b == 0.0:
            return _ieee_div_by_zero(a, b)
        return a / b
    raise ValueError("not a float operation: " + OPNAMES[opnum])


def _ieee_div_by_zero(a: float, b: float) -> float:
    """What the machine's division gives for a / ±0.0 (Python would raise)."""
    if a != a or a == 0.0:
        return float("nan")
    negative = (a < 0.0) != (math.copysign(1.0, b) < 0.0)
    return float("-inf") if negative else float("inf")


def float_compare(opnum: int, a: float, b: float) -> int:
    if opnum == rop.FLOAT_LT:
        return int(a < b)
    if opnum == rop.FLOAT_LE:
        return int(a <= b)
    if opnum == rop.FLOAT_EQ:
        return int(a == b)
    if opnum == rop.FLOAT_NE:
        return int(a != b)
    if opnum == rop.FLOAT_GT:
        return int(a > b)
    if opnum == rop.FLOAT_GE:
        return int(a >= b)
    raise ValueError("not a float comparison: " + OPNAMES[opnum])


def float_unary(opnum: int, a: float) -> float:
    if opnum == rop.FLOAT_NEG:
        return -a
    if opnum == rop.FLOAT_ABS:
        return abs(a)
    if opnum == rop.SAME_AS:
        return a
    raise ValueError("not a float unary operation: " + OPNAMES[opnum])


def execute_pure(opnum: int, args: list[AbstractValue]) -> Const | None:
    """The constant result of a pure operation whose arguments are all constants (None if the
    operation is not one this module computes, or would trap, like a division by zero)."""
    kinds = ARG_KINDS[opnum]
    n = len(args)
    try:
        if n == 2 and (kinds == "i i" or kinds == "u u" or kinds == "c c" or kinds == "uc uc"
                       or kinds == "r r" or kinds == "a a"):
            a, b = _as_int(args[0]), _as_int(args[1])
            if (opnum == rop.INT_FLOORDIV or opnum == rop.INT_MOD or opnum == rop.UINT_FLOORDIV
                    or opnum == rop.UINT_MOD) and b == 0:
                return None
            return ConstInt(int_binary(opnum, a, b))
        if n == 2 and kinds == "f f":
            x, y = args[0].getfloat(), args[1].getfloat()
            if RESULT_KIND[opnum] == "f":
                return ConstFloat(float_binary(opnum, x, y))
            return ConstInt(float_compare(opnum, x, y))
        if n == 1 and opnum == rop.CAST_INT_TO_FLOAT:
            return ConstFloat(float(args[0].getint()))
        if n == 1 and opnum == rop.CAST_FLOAT_TO_INT:
            x = args[0].getfloat()
            if x != x or x >= 9.2233720368547758e18 or x < -9.2233720368547758e18:
                return None
            return ConstInt(int(x))
        if n == 1 and opnum == rop.FLOAT_IS_TRUE:
            return ConstInt(int(args[0].getfloat() != 0.0))
        if n == 1 and kinds == "f":
            return ConstFloat(float_unary(opnum, args[0].getfloat()))
        if n == 1:
            return ConstInt(int_unary(opnum, _as_int(args[0])))
    except ValueError:
        return None
    return None


def _as_int(value: AbstractValue) -> int:
    if value.type == INT:
        return value.getint()
    if value.type == FLOAT:
        raise ValueError("a float where an int was expected")
    from jit.metainterp.history import ConstPtr
    if isinstance(value, ConstPtr):
        return _ref_identity(value)
    raise ValueError("not an int")


def _ref_identity(value: AbstractValue) -> int:
    """Pointer comparisons of constants: equal iff the same object."""
    from kit.rlib.objectmodel import we_are_translated
    from kit.rtyper import lltype
    from kit.rtyper.llop import llop
    ref = value.getref()
    if not we_are_translated():
        return 0 if not ref else id(ref)
    return llop.cast_ptr_to_int(lltype.Signed, ref)
