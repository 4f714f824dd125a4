"""Numeric procedures (R7RS 6.2.6) over the tower in numbers.py."""

from __future__ import annotations

import math

from languages.scheme import numbers as num
from languages.scheme.machine import Machine
from languages.scheme.numbers import W_Fixnum, W_Flonum, W_Number, W_Ratnum
from languages.scheme.numformat import number_to_string, parse_number
from languages.scheme.objects import (
    W_FALSE,
    W_Object,
    make_string,
    make_values,
    scheme_error,
    type_error,
    wrap_bool,
)
from languages.scheme.primitives import check_fixnum, check_number, check_string, primitive

# ---- predicates ---------------------------------------------------------------------------------


@primitive("number?", 1)
def p_number(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Number))


@primitive("complex?", 1)
def p_complex(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Number))


@primitive("real?", 1)
def p_real(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(isinstance(args[0], W_Number))


@primitive("rational?", 1)
def p_rational(m: Machine, args: list[W_Object]) -> W_Object:
    x = args[0]
    if isinstance(x, W_Flonum):
        return wrap_bool(not math.isinf(x.floatval) and not math.isnan(x.floatval))
    return wrap_bool(isinstance(x, W_Number))


@primitive("integer?", 1)
def p_integer(m: Machine, args: list[W_Object]) -> W_Object:
    x = args[0]
    return wrap_bool(isinstance(x, W_Number) and num.is_integer(x))


@primitive("exact?", 1)
def p_exact(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(check_number("exact?", args[0]).is_exact())


@primitive("inexact?", 1)
def p_inexact(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(not check_number("inexact?", args[0]).is_exact())


@primitive("exact-integer?", 1)
def p_exact_integer(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(num.is_exact_integer(args[0]))


@primitive("exact-rational?", 1)
def p_exact_rational(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(num.is_exact_integer(args[0]) or isinstance(args[0], W_Ratnum))


@primitive("nan?", 1)
def p_nan(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(num.is_nan(check_number("nan?", args[0])))


@primitive("infinite?", 1)
def p_infinite(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("infinite?", args[0])
    return wrap_bool(isinstance(x, W_Flonum) and math.isinf(x.floatval))


@primitive("finite?", 1)
def p_finite(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("finite?", args[0])
    if isinstance(x, W_Flonum):
        return wrap_bool(not math.isinf(x.floatval) and not math.isnan(x.floatval))
    return wrap_bool(True)


@primitive("zero?", 1)
def p_zero(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(num.is_zero(check_number("zero?", args[0])))


@primitive("positive?", 1)
def p_positive(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(num.sign(check_number("positive?", args[0])) > 0)


@primitive("negative?", 1)
def p_negative(m: Machine, args: list[W_Object]) -> W_Object:
    return wrap_bool(num.sign(check_number("negative?", args[0])) < 0)


@primitive("odd?", 1)
def p_odd(m: Machine, args: list[W_Object]) -> W_Object:
    x = num.check_integer("odd?", args[0])
    _, r = num.floor_divide("odd?", x, num.make_int(2))
    return wrap_bool(not num.is_zero(r))


@primitive("even?", 1)
def p_even(m: Machine, args: list[W_Object]) -> W_Object:
    x = num.check_integer("even?", args[0])
    _, r = num.floor_divide("even?", x, num.make_int(2))
    return wrap_bool(num.is_zero(r))


# ---- comparison ---------------------------------------------------------------------------------

def compare_chain(who: str, args: list[W_Object], want: int) -> W_Object:
    """want: 0 for =, -1 for <, 1 for >, 2 for <=, -2 for >=."""
    result = True
    for i in range(len(args)):
        check_number(who, args[i])
    for i in range(len(args) - 1):
        a = check_number(who, args[i])
        b = check_number(who, args[i + 1])
        if num.is_nan(a) or num.is_nan(b):
            result = False
            continue
        c = num.compare(a, b)
        if want == 0:
            ok = c == 0
        elif want == -1:
            ok = c < 0
        elif want == 1:
            ok = c > 0
        elif want == 2:
            ok = c <= 0
        else:
            ok = c >= 0
        if not ok:
            result = False
    return wrap_bool(result)


@primitive("=", 1, -1)
def p_num_eq(m: Machine, args: list[W_Object]) -> W_Object:
    if len(args) == 2:
        a = args[0]
        b = args[1]
        if isinstance(a, W_Fixnum):
            if isinstance(b, W_Fixnum):
                return wrap_bool(a.intval == b.intval)
    return compare_chain("=", args, 0)


@primitive("<", 1, -1)
def p_lt(m: Machine, args: list[W_Object]) -> W_Object:
    if len(args) == 2:
        a = args[0]
        b = args[1]
        if isinstance(a, W_Fixnum):
            if isinstance(b, W_Fixnum):
                return wrap_bool(a.intval < b.intval)
    return compare_chain("<", args, -1)


@primitive(">", 1, -1)
def p_gt(m: Machine, args: list[W_Object]) -> W_Object:
    if len(args) == 2:
        a = args[0]
        b = args[1]
        if isinstance(a, W_Fixnum):
            if isinstance(b, W_Fixnum):
                return wrap_bool(a.intval > b.intval)
    return compare_chain(">", args, 1)


@primitive("<=", 1, -1)
def p_le(m: Machine, args: list[W_Object]) -> W_Object:
    return compare_chain("<=", args, 2)


@primitive(">=", 1, -1)
def p_ge(m: Machine, args: list[W_Object]) -> W_Object:
    return compare_chain(">=", args, -2)


def extremum(who: str, args: list[W_Object], want_max: bool) -> W_Object:
    best = check_number(who, args[0])
    inexact = not best.is_exact()
    for i in range(1, len(args)):
        x = check_number(who, args[i])
        if not x.is_exact():
            inexact = True
        if num.is_nan(x):
            best = x
            continue
        if num.is_nan(best):
            continue
        c = num.compare(x, best)
        if (want_max and c > 0) or (not want_max and c < 0):
            best = x
    if inexact:
        return num.to_inexact(best)
    return best


@primitive("max", 1, -1)
def p_max(m: Machine, args: list[W_Object]) -> W_Object:
    return extremum("max", args, True)


@primitive("min", 1, -1)
def p_min(m: Machine, args: list[W_Object]) -> W_Object:
    return extremum("min", args, False)


# ---- arithmetic ---------------------------------------------------------------------------------

@primitive("+", 0, -1)
def p_add(m: Machine, args: list[W_Object]) -> W_Object:
    if len(args) == 0:
        return num.ZERO
    # from the first operand (not from 0, which would turn a -0.0 sum into 0.0)
    total = check_number("+", args[0])
    for i in range(1, len(args)):
        total = num.add(total, check_number("+", args[i]))
    return total


@primitive("*", 0, -1)
def p_mul(m: Machine, args: list[W_Object]) -> W_Object:
    if len(args) == 0:
        return num.ONE
    total = check_number("*", args[0])
    for i in range(1, len(args)):
        total = num.mul(total, check_number("*", args[i]))
    return total


@primitive("-", 1, -1)
def p_sub(m: Machine, args: list[W_Object]) -> W_Object:
    first = check_number("-", args[0])
    if len(args) == 1:
        return num.negate(first)
    for i in range(1, len(args)):
        first = num.sub(first, check_number("-", args[i]))
    return first


@primitive("/", 1, -1)
def p_div(m: Machine, args: list[W_Object]) -> W_Object:
    first = check_number("/", args[0])
    if len(args) == 1:
        return num.div(num.ONE, first)
    for i in range(1, len(args)):
        first = num.div(first, check_number("/", args[i]))
    return first


@primitive("abs", 1)
def p_abs(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("abs", args[0])
    if num.sign(x) < 0:
        return num.negate(x)
    if isinstance(x, W_Flonum):
        return W_Flonum(abs(x.floatval))
    return x


@primitive("magnitude", 1)
def p_magnitude(m: Machine, args: list[W_Object]) -> W_Object:
    return p_abs(m, args)


def integer_args(who: str, args: list[W_Object]) -> tuple[W_Number, W_Number]:
    return num.check_integer(who, args[0]), num.check_integer(who, args[1])


@primitive("floor/", 2)
def p_floor_div(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("floor/", args)
    q, r = num.floor_divide("floor/", a, b)
    return make_values([q, r])


@primitive("floor-quotient", 2)
def p_floor_quotient(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("floor-quotient", args)
    return num.floor_divide("floor-quotient", a, b)[0]


@primitive("floor-remainder", 2)
def p_floor_remainder(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("floor-remainder", args)
    return num.floor_divide("floor-remainder", a, b)[1]


@primitive("modulo", 2)
def p_modulo(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("modulo", args)
    return num.floor_divide("modulo", a, b)[1]


@primitive("truncate/", 2)
def p_truncate_div(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("truncate/", args)
    q, r = num.truncate_divide("truncate/", a, b)
    return make_values([q, r])


@primitive("truncate-quotient", 2)
def p_truncate_quotient(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("truncate-quotient", args)
    return num.truncate_divide("truncate-quotient", a, b)[0]


@primitive("quotient", 2)
def p_quotient(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("quotient", args)
    return num.truncate_divide("quotient", a, b)[0]


@primitive("truncate-remainder", 2)
def p_truncate_remainder(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("truncate-remainder", args)
    return num.truncate_divide("truncate-remainder", a, b)[1]


@primitive("remainder", 2)
def p_remainder(m: Machine, args: list[W_Object]) -> W_Object:
    a, b = integer_args("remainder", args)
    return num.truncate_divide("remainder", a, b)[1]


@primitive("gcd", 0, -1)
def p_gcd(m: Machine, args: list[W_Object]) -> W_Object:
    result: W_Number = num.ZERO
    for arg in args:
        result = num.gcd(result, num.check_integer("gcd", arg))
    return result


@primitive("lcm", 0, -1)
def p_lcm(m: Machine, args: list[W_Object]) -> W_Object:
    result: W_Number = num.ONE
    for arg in args:
        result = num.lcm(result, num.check_integer("lcm", arg))
    return result


@primitive("numerator", 1)
def p_numerator(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("numerator", args[0])
    if isinstance(x, W_Flonum):
        return num.to_inexact(num.numerator_of(num.to_exact(x)))
    return num.numerator_of(x)


@primitive("denominator", 1)
def p_denominator(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("denominator", args[0])
    if isinstance(x, W_Flonum):
        return num.to_inexact(num.denominator_of(num.to_exact(x)))
    return num.denominator_of(x)


@primitive("floor", 1)
def p_floor(m: Machine, args: list[W_Object]) -> W_Object:
    return num.rounding("floor", check_number("floor", args[0]))


@primitive("ceiling", 1)
def p_ceiling(m: Machine, args: list[W_Object]) -> W_Object:
    return num.rounding("ceiling", check_number("ceiling", args[0]))


@primitive("truncate", 1)
def p_truncate(m: Machine, args: list[W_Object]) -> W_Object:
    return num.rounding("truncate", check_number("truncate", args[0]))


@primitive("round", 1)
def p_round(m: Machine, args: list[W_Object]) -> W_Object:
    return num.rounding("round", check_number("round", args[0]))


@primitive("rationalize", 2)
def p_rationalize(m: Machine, args: list[W_Object]) -> W_Object:
    return num.rationalize(check_number("rationalize", args[0]), check_number("rationalize", args[1]))


def float_arg(who: str, value: W_Object) -> float:
    return num.to_float(check_number(who, value))


@primitive("exp", 1)
def p_exp(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("exp", args[0])
    if isinstance(x, W_Fixnum) and x.intval == 0:
        return num.ONE
    return W_Flonum(num.float_function("exp", num.to_float(x)))


@primitive("log", 1, 2)
def p_log(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("log", args[0])
    if isinstance(x, W_Fixnum) and x.intval == 1 and len(args) == 1:
        return num.ZERO
    value = num.float_function("log", num.to_float(x))
    if len(args) == 2:
        value = value / num.float_function("log", float_arg("log", args[1]))
    return W_Flonum(value)


@primitive("sin", 1)
def p_sin(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("sin", args[0])
    if isinstance(x, W_Fixnum) and x.intval == 0:
        return num.ZERO
    return W_Flonum(num.float_function("sin", num.to_float(x)))


@primitive("cos", 1)
def p_cos(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("cos", args[0])
    if isinstance(x, W_Fixnum) and x.intval == 0:
        return num.ONE
    return W_Flonum(num.float_function("cos", num.to_float(x)))


@primitive("tan", 1)
def p_tan(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("tan", args[0])
    if isinstance(x, W_Fixnum) and x.intval == 0:
        return num.ZERO
    return W_Flonum(num.float_function("tan", num.to_float(x)))


@primitive("asin", 1)
def p_asin(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("asin", args[0])
    if isinstance(x, W_Fixnum) and x.intval == 0:
        return num.ZERO
    return W_Flonum(num.float_function("asin", num.to_float(x)))


@primitive("acos", 1)
def p_acos(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("acos", args[0])
    if isinstance(x, W_Fixnum) and x.intval == 1:
        return num.ZERO
    return W_Flonum(num.float_function("acos", num.to_float(x)))


@primitive("atan", 1, 2)
def p_atan(m: Machine, args: list[W_Object]) -> W_Object:
    if len(args) == 2:
        y = check_number("atan", args[0])
        x = check_number("atan", args[1])
        if y.is_exact() and x.is_exact() and num.is_zero(y) and num.sign(x) > 0:
            return num.ZERO
        return W_Flonum(math.atan2(num.to_float(y), num.to_float(x)))
    x = check_number("atan", args[0])
    if isinstance(x, W_Fixnum) and x.intval == 0:
        return num.ZERO
    return W_Flonum(num.float_function("atan", num.to_float(x)))


@primitive("square", 1)
def p_square(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("square", args[0])
    return num.mul(x, x)


@primitive("sqrt", 1)
def p_sqrt(m: Machine, args: list[W_Object]) -> W_Object:
    return num.exact_or_float_sqrt(check_number("sqrt", args[0]))


@primitive("exact-integer-sqrt", 1)
def p_exact_integer_sqrt(m: Machine, args: list[W_Object]) -> W_Object:
    n = num.check_exact_integer("exact-integer-sqrt", args[0])
    if num.int_sign(n) < 0:
        raise type_error("exact-integer-sqrt", "a non-negative exact integer", n)
    root, rest = num.exact_integer_sqrt(n)
    return make_values([root, rest])


@primitive("expt", 2)
def p_expt(m: Machine, args: list[W_Object]) -> W_Object:
    return num.expt(check_number("expt", args[0]), check_number("expt", args[1]))


@primitive("exact", 1)
def p_to_exact(m: Machine, args: list[W_Object]) -> W_Object:
    return num.to_exact(check_number("exact", args[0]))


@primitive("inexact->exact", 1)
def p_inexact_to_exact(m: Machine, args: list[W_Object]) -> W_Object:
    return num.to_exact(check_number("inexact->exact", args[0]))


@primitive("inexact", 1)
def p_to_inexact(m: Machine, args: list[W_Object]) -> W_Object:
    return num.to_inexact(check_number("inexact", args[0]))


@primitive("exact->inexact", 1)
def p_exact_to_inexact(m: Machine, args: list[W_Object]) -> W_Object:
    return num.to_inexact(check_number("exact->inexact", args[0]))


# ---- conversion to and from text ----------------------------------------------------------------

def check_radix(who: str, args: list[W_Object], index: int) -> int:
    if len(args) <= index:
        return 10
    radix = check_fixnum(who, args[index])
    if radix != 2 and radix != 8 and radix != 10 and radix != 16:
        raise scheme_error("%s: radix must be 2, 8, 10 or 16:" % who, [args[index]])
    return radix


@primitive("number->string", 1, 2)
def p_number_to_string(m: Machine, args: list[W_Object]) -> W_Object:
    x = check_number("number->string", args[0])
    return make_string(number_to_string(x, check_radix("number->string", args, 1)))


@primitive("string->number", 1, 2)
def p_string_to_number(m: Machine, args: list[W_Object]) -> W_Object:
    text = check_string("string->number", args[0]).as_str()
    radix = check_radix("string->number", args, 1)
    try:
        value = parse_number(text, radix)
    except Exception:
        return W_FALSE
    if value is None:
        return W_FALSE
    return value
