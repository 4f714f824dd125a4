"""Fixed-arity fast paths of the hottest primitives (arithmetic, comparisons, pairs, vector and
string access): App.try_eval calls them with the operand values directly, without an argument list.

Each one handles the common types inline and hands everything else, errors included, to the
general primitive, so both ways of calling a primitive behave the same.
"""

from __future__ import annotations

from kit.rlib.jit import we_are_jitted
from kit.rlib.rarithmetic import ovfcheck
from languages.scheme.equality import eq, eqv
from languages.scheme.machine import Machine
from languages.scheme.numbers import W_Fixnum, W_Flonum, make_int
from languages.scheme.objects import NIL, UNSPECIFIED, W_FALSE, W_Char, W_Object, W_Pair, W_String, W_Vector, wrap_bool
from languages.scheme.primitives import fast_path
from languages.scheme.prims_lists import p_car, p_cdr
from languages.scheme.prims_numbers import (
    p_add,
    p_ge,
    p_gt,
    p_le,
    p_lt,
    p_modulo,
    p_mul,
    p_num_eq,
    p_quotient,
    p_remainder,
    p_sub,
    p_zero,
)
from languages.scheme.prims_text import (
    p_char_eq,
    p_char_to_integer,
    p_string_length,
    p_string_ref,
    p_string_set,
)
from languages.scheme.prims_vectors import p_vector_length, p_vector_ref, p_vector_set

# the characters of ASCII, shared (a string-ref of an ASCII text allocates nothing)
ASCII_CHARS = [W_Char(code) for code in range(128)]


def make_char(code: int) -> W_Char:
    # (compiled code allocates instead: usually removed, and no range guard; see make_int)
    if not we_are_jitted() and 0 <= code < 128:
        return ASCII_CHARS[code]
    return W_Char(code)


# ---- arithmetic ---------------------------------------------------------------------------------

@fast_path("+", 2)
def add2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum):
        try:
            return make_int(ovfcheck(a.intval + b.intval))
        except OverflowError:
            pass
    elif isinstance(a, W_Flonum) and isinstance(b, W_Flonum):
        return W_Flonum(a.floatval + b.floatval)
    return p_add(m, [a, b])


@fast_path("-", 2)
def sub2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum):
        try:
            return make_int(ovfcheck(a.intval - b.intval))
        except OverflowError:
            pass
    elif isinstance(a, W_Flonum) and isinstance(b, W_Flonum):
        return W_Flonum(a.floatval - b.floatval)
    return p_sub(m, [a, b])


@fast_path("*", 2)
def mul2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum):
        try:
            return make_int(ovfcheck(a.intval * b.intval))
        except OverflowError:
            pass
    elif isinstance(a, W_Flonum) and isinstance(b, W_Flonum):
        return W_Flonum(a.floatval * b.floatval)
    return p_mul(m, [a, b])


@fast_path("+", 3)
def add3(m: Machine, a: W_Object, b: W_Object, c: W_Object) -> W_Object:
    # the general + folds from the left the same way
    return add2(m, add2(m, a, b), c)


@fast_path("-", 3)
def sub3(m: Machine, a: W_Object, b: W_Object, c: W_Object) -> W_Object:
    return sub2(m, sub2(m, a, b), c)


@fast_path("*", 3)
def mul3(m: Machine, a: W_Object, b: W_Object, c: W_Object) -> W_Object:
    return mul2(m, mul2(m, a, b), c)


@fast_path("quotient", 2)
def quotient2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    # only non-negative operands: Python's // rounds down, quotient rounds toward zero
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum) and a.intval >= 0 and b.intval > 0:
        return make_int(a.intval // b.intval)
    return p_quotient(m, [a, b])


@fast_path("remainder", 2)
def remainder2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum) and a.intval >= 0 and b.intval > 0:
        return make_int(a.intval % b.intval)
    return p_remainder(m, [a, b])


@fast_path("modulo", 2)
def modulo2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    # a positive divisor: Python's % has modulo's sign rule and cannot overflow
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum) and b.intval > 0:
        return make_int(a.intval % b.intval)
    return p_modulo(m, [a, b])


@fast_path("zero?", 1)
def zero1(m: Machine, a: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum):
        return wrap_bool(a.intval == 0)
    return p_zero(m, [a])


# ---- comparisons (a NaN makes every flonum comparison false, as IEEE's do) -----------------------

@fast_path("=", 2)
def num_eq2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum):
        return wrap_bool(a.intval == b.intval)
    if isinstance(a, W_Flonum) and isinstance(b, W_Flonum):
        return wrap_bool(a.floatval == b.floatval)
    return p_num_eq(m, [a, b])


@fast_path("<", 2)
def lt2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum):
        return wrap_bool(a.intval < b.intval)
    if isinstance(a, W_Flonum) and isinstance(b, W_Flonum):
        return wrap_bool(a.floatval < b.floatval)
    return p_lt(m, [a, b])


@fast_path(">", 2)
def gt2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum):
        return wrap_bool(a.intval > b.intval)
    if isinstance(a, W_Flonum) and isinstance(b, W_Flonum):
        return wrap_bool(a.floatval > b.floatval)
    return p_gt(m, [a, b])


@fast_path("<=", 2)
def le2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum):
        return wrap_bool(a.intval <= b.intval)
    if isinstance(a, W_Flonum) and isinstance(b, W_Flonum):
        return wrap_bool(a.floatval <= b.floatval)
    return p_le(m, [a, b])


@fast_path(">=", 2)
def ge2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Fixnum) and isinstance(b, W_Fixnum):
        return wrap_bool(a.intval >= b.intval)
    if isinstance(a, W_Flonum) and isinstance(b, W_Flonum):
        return wrap_bool(a.floatval >= b.floatval)
    return p_ge(m, [a, b])


# ---- pairs and equivalence ----------------------------------------------------------------------

@fast_path("car", 1)
def car1(m: Machine, a: W_Object) -> W_Object:
    if isinstance(a, W_Pair):
        return a.car
    return p_car(m, [a])


@fast_path("cdr", 1)
def cdr1(m: Machine, a: W_Object) -> W_Object:
    if isinstance(a, W_Pair):
        return a.cdr
    return p_cdr(m, [a])


@fast_path("cons", 2)
def cons2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    return W_Pair(a, b)


@fast_path("null?", 1)
def null1(m: Machine, a: W_Object) -> W_Object:
    return wrap_bool(a is NIL)


@fast_path("pair?", 1)
def pair1(m: Machine, a: W_Object) -> W_Object:
    return wrap_bool(isinstance(a, W_Pair))


@fast_path("not", 1)
def not1(m: Machine, a: W_Object) -> W_Object:
    return wrap_bool(a is W_FALSE)


@fast_path("eq?", 2)
def eq2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if a is b:
        return wrap_bool(True)
    return wrap_bool(eq(a, b))


@fast_path("eqv?", 2)
def eqv2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if a is b:
        return wrap_bool(True)
    return wrap_bool(eqv(a, b))


# ---- vectors, strings, characters ---------------------------------------------------------------

@fast_path("vector-ref", 2)
def vector_ref2(m: Machine, v: W_Object, k: W_Object) -> W_Object:
    if isinstance(v, W_Vector) and isinstance(k, W_Fixnum):
        index = k.intval
        if 0 <= index < len(v.items):
            return v.items[index]
    return p_vector_ref(m, [v, k])


@fast_path("vector-set!", 3)
def vector_set3(m: Machine, v: W_Object, k: W_Object, value: W_Object) -> W_Object:
    if isinstance(v, W_Vector) and isinstance(k, W_Fixnum):
        index = k.intval
        if 0 <= index < len(v.items):
            v.items[index] = value
            return UNSPECIFIED
    return p_vector_set(m, [v, k, value])


@fast_path("vector-length", 1)
def vector_length1(m: Machine, v: W_Object) -> W_Object:
    if isinstance(v, W_Vector):
        return make_int(len(v.items))
    return p_vector_length(m, [v])


@fast_path("string-ref", 2)
def string_ref2(m: Machine, s: W_Object, k: W_Object) -> W_Object:
    if isinstance(s, W_String) and isinstance(k, W_Fixnum):
        index = k.intval
        if 0 <= index < len(s.codes):
            return make_char(s.codes[index])
    return p_string_ref(m, [s, k])


@fast_path("string-set!", 3)
def string_set3(m: Machine, s: W_Object, k: W_Object, c: W_Object) -> W_Object:
    if isinstance(s, W_String) and isinstance(k, W_Fixnum) and isinstance(c, W_Char):
        index = k.intval
        if 0 <= index < len(s.codes):
            s.codes[index] = c.code
            return UNSPECIFIED
    return p_string_set(m, [s, k, c])


@fast_path("string-length", 1)
def string_length1(m: Machine, s: W_Object) -> W_Object:
    if isinstance(s, W_String):
        return make_int(len(s.codes))
    return p_string_length(m, [s])


@fast_path("char=?", 2)
def char_eq2(m: Machine, a: W_Object, b: W_Object) -> W_Object:
    if isinstance(a, W_Char) and isinstance(b, W_Char):
        return wrap_bool(a.code == b.code)
    return p_char_eq(m, [a, b])


@fast_path("char->integer", 1)
def char_to_integer1(m: Machine, c: W_Object) -> W_Object:
    if isinstance(c, W_Char):
        return make_int(c.code)
    return p_char_to_integer(m, [c])
