"""Computing the pure operations on concrete values: what tracing runs, and what the optimizer folds
when all arguments are constants.  Semantics are the low-level ones of kit/rtyper/lloperation.py
(64-bit wrap-around, C division), which the backends implement too.
"""

from __future__ import annotations

import math

from jit.metainterp.history import FLOAT, INT, AbstractValue, Const, ConstFloat, ConstInt
from jit.metainterp.resoperation import OPNAMES, rop
from kit.rlib.rarithmetic import intmask, ovfcheck, r_uint
from kit.rtyper.lloperation import OPERATIONS_BY_NUM

MININT = -(1 << 63)


def c_div(a: int, b: int) -> int:
    """C's division: rounds toward zero (b != 0; MININT / -1 wraps)."""
    if b == -1:
        return intmask(-a)
    # from Python's floor division (abs() of MININT is MININT again once translated)
    q = a // b
    if a % b != 0 and (a < 0) != (b < 0):
        q += 1
    return q


def c_mod(a: int, b: int) -> int:
    """C's remainder: the sign of a (b != 0)."""
    if b == -1:
        return 0
    r = a % b
    if r != 0 and (a < 0) != (b < 0):
        r -= b
    return r


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
    """(wrapped result, overflowed?) of int_add_ovf / int_sub_ovf / int_mul_ovf / int_lshift_ovf.
    Translated, `a * b` is a machine multiplication that wraps (or is undefined), so comparing it
    with its intmask proves nothing: overflow is detected with ovfcheck, as the interpreter does."""
    if opnum == rop.INT_LSHIFT_OVF:
        # what the machine code does: shift by b & 63; overflow when bits are lost or b is out of
        # 0..63 (as unsigned) with a non-zero a
        count = b & 63
        result = intmask(r_uint(a) << r_uint(count))
        return result, (result >> count) != a or (r_uint(b) > r_uint(63) and a != 0)
    if opnum == rop.INT_ADD_OVF:
        wrapped = intmask(r_uint(a) + r_uint(b))
    elif opnum == rop.INT_SUB_OVF:
        wrapped = intmask(r_uint(a) - r_uint(b))
    elif opnum == rop.INT_MUL_OVF:
        wrapped = intmask(r_uint(a) * r_uint(b))
    else:
        raise ValueError("not an overflow-checking operation: " + OPNAMES[opnum])
    try:
        if opnum == rop.INT_ADD_OVF:
            result = ovfcheck(a + b)
        elif opnum == rop.INT_SUB_OVF:
            result = ovfcheck(a - b)
        else:
            result = ovfcheck(a * b)
    except OverflowError:
        return wrapped, True
    return result, False


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


# How execute_pure computes each operation, decided once from the table at import time (translated
# code cannot look at the table's tuples of kinds: they differ in length).
_FOLD_NONE = 0
_FOLD_INT2 = 1          # two word-sized arguments (ints, chars, pointers, addresses)
_FOLD_FLOAT2 = 2        # two floats, float result
_FOLD_FLOAT_CMP = 3     # two floats, bool result
_FOLD_INT_TO_FLOAT = 4
_FOLD_FLOAT_TO_INT = 5
_FOLD_FLOAT_IS_TRUE = 6
_FOLD_FLOAT1 = 7
_FOLD_INT1 = 8


def _fold_class(info: object) -> int:
    kinds = info.args  # type: ignore[attr-defined]
    if len(kinds) == 2 and kinds[0] == kinds[1] and kinds[0] in ("i", "u", "c", "uc", "r", "a"):
        return _FOLD_INT2
    if kinds == ("f", "f"):
        return _FOLD_FLOAT2 if info.result == "f" else _FOLD_FLOAT_CMP  # type: ignore[attr-defined]
    if info.name == "cast_int_to_float":  # type: ignore[attr-defined]
        return _FOLD_INT_TO_FLOAT
    if info.name == "cast_float_to_int":  # type: ignore[attr-defined]
        return _FOLD_FLOAT_TO_INT
    if info.name == "float_is_true":  # type: ignore[attr-defined]
        return _FOLD_FLOAT_IS_TRUE
    if len(kinds) == 1 and kinds[0] == "f":
        return _FOLD_FLOAT1
    if len(kinds) == 1:
        return _FOLD_INT1
    return _FOLD_NONE


FOLD_CLASS = [_fold_class(_info) for _info in OPERATIONS_BY_NUM]
RESULT_IS_FLOAT = [_info.result == "f" for _info in OPERATIONS_BY_NUM]


def execute_pure(opnum: int, args: list[AbstractValue]) -> Const | None:
    """The constant result of a pure operation whose arguments are all constants (None if the
    operation is not one this module computes, or would trap, like a division by zero)."""
    fold = FOLD_CLASS[opnum]
    n = len(args)
    try:
        if n == 2 and fold == _FOLD_INT2:
            # (two statements: the flow builder loses the first value of a tuple assignment of two
            # calls inside a try block)
            a = _as_int(args[0])
            b = _as_int(args[1])
            if (opnum == rop.INT_FLOORDIV or opnum == rop.INT_MOD or opnum == rop.UINT_FLOORDIV
                    or opnum == rop.UINT_MOD) and b == 0:
                return None
            return ConstInt(int_binary(opnum, a, b))
        if n == 2 and fold == _FOLD_FLOAT2:
            return ConstFloat(float_binary(opnum, args[0].getfloat(), args[1].getfloat()))
        if n == 2 and fold == _FOLD_FLOAT_CMP:
            return ConstInt(float_compare(opnum, args[0].getfloat(), args[1].getfloat()))
        if n == 1 and fold == _FOLD_INT_TO_FLOAT:
            return ConstFloat(float(args[0].getint()))
        if n == 1 and fold == _FOLD_FLOAT_TO_INT:
            x = args[0].getfloat()
            if x != x or x >= 9.2233720368547758e18 or x < -9.2233720368547758e18:
                return None
            return ConstInt(int(x))
        if n == 1 and fold == _FOLD_FLOAT_IS_TRUE:
            return ConstInt(int(args[0].getfloat() != 0.0))
        if n == 1 and fold == _FOLD_FLOAT1:
            return ConstFloat(float_unary(opnum, args[0].getfloat()))
        if n == 1 and fold == _FOLD_INT1:
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
