"""The math module: constants, the float functions of C's libm with CPython's error rules
(ValueError 'math domain error', OverflowError 'math range error'), exact summation (fsum),
and the integer functions (gcd, lcm, isqrt, factorial, comb, perm, prod)."""

from __future__ import annotations

import math

from kit.rlib import rfloat
from kit.rlib.rbigint import rbigint
from languages.python.objspace import errors, floatobject, intobject, moduleobject, operators, ops, tupleobject
from languages.python.objspace.gateway import function
from languages.python.objspace.root import W_Root, w_None

FUNCTIONS: list = []


def float_arg(args_w: list[W_Root | None], i: int) -> float:
    w_value = args_w[i]
    assert w_value is not None
    return ops.float_w(w_value)


def arg(args_w: list[W_Root | None], i: int) -> W_Root:
    w_value = args_w[i]
    assert w_value is not None
    return w_value


def domain_error() -> errors.OperationError:
    return errors.value_error("math domain error")


def range_error() -> errors.OperationError:
    return errors.overflow_error("math range error")


def newfloat(x: float) -> W_Root:
    return floatobject.newfloat(x)


def checked(x: float, result: float, can_overflow: bool) -> W_Root:
    """CPython's rules for a libm result: NaN from a non-NaN is a domain error, an infinity
    from a finite argument is a range error (or a domain error, for poles)."""
    if rfloat.isnan(result) and not rfloat.isnan(x):
        raise domain_error()
    if rfloat.isinf(result) and rfloat.isfinite(x):
        if can_overflow:
            raise range_error()
        raise domain_error()
    return newfloat(result)


# ---- rounding -----------------------------------------------------------------------------------------

def rounding(args_w: list[W_Root | None], special: str, mode: int) -> W_Root:
    w_x = args_w[0]
    assert w_x is not None
    if isinstance(w_x, intobject.W_AbstractIntObject):
        return intobject.newlong(w_x.big()) if not w_x.is_small() else intobject.newint(intobject.as_machine_int(w_x))
    if not isinstance(w_x, floatobject.W_FloatObject):
        w_method = ops.type_of(w_x).lookup(special)
        if w_method is not None:
            return ops.call_function(w_method, [w_x])
    x = float_arg(args_w, 0)
    if mode == 0:
        return floatobject.to_int(rfloat.floor(x))
    if mode == 1:
        return floatobject.to_int(rfloat.ceil(x))
    return floatobject.to_int(rfloat.trunc(x))


@function(FUNCTIONS, "floor", "x, /", module="math")
def math_floor(args_w: list[W_Root | None]) -> W_Root:
    return rounding(args_w, "__floor__", 0)


@function(FUNCTIONS, "ceil", "x, /", module="math")
def math_ceil(args_w: list[W_Root | None]) -> W_Root:
    return rounding(args_w, "__ceil__", 1)


@function(FUNCTIONS, "trunc", "x, /", module="math")
def math_trunc(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    assert w_x is not None
    if not isinstance(w_x, floatobject.W_FloatObject) and not isinstance(w_x, intobject.W_AbstractIntObject):
        w_method = ops.type_of(w_x).lookup("__trunc__")
        if w_method is None:
            raise errors.type_error("type %s doesn't define __trunc__ method" % ops.type_name(w_x))
        return ops.call_function(w_method, [w_x])
    return rounding(args_w, "__trunc__", 2)


# ---- powers, roots and logarithms -------------------------------------------------------------------------

@function(FUNCTIONS, "sqrt", "x, /", module="math")
def math_sqrt(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x < 0.0:
        raise domain_error()
    return newfloat(math.sqrt(x))


@function(FUNCTIONS, "cbrt", "x, /", module="math")
def math_cbrt(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x == 0.0 or not rfloat.isfinite(x):
        return newfloat(x)
    root = math.pow(abs(x), 1.0 / 3.0)
    # one Newton step makes exact cubes exact
    root = root - (root * root * root - abs(x)) / (3.0 * root * root)
    return newfloat(-root if x < 0.0 else root)


@function(FUNCTIONS, "exp", "x, /", module="math")
def math_exp(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    return checked(x, math.exp(x), True)


@function(FUNCTIONS, "exp2", "x, /", module="math")
def math_exp2(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    return checked(x, floatobject.pow_(2.0, x), True)


@function(FUNCTIONS, "expm1", "x, /", module="math")
def math_expm1(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    try:
        return checked(x, math.expm1(x), True)
    except OverflowError:
        raise range_error() from None


def log_of(w_x: W_Root, kind: int) -> float:
    """log (kind 0), log2 (1) or log10 (2) of a number; ints of any size are exact enough."""
    if isinstance(w_x, intobject.W_AbstractIntObject) and not w_x.is_small():
        num = w_x.big()
        if num.get_sign() <= 0:
            raise domain_error()
        if kind == 1:
            return num.log2()
        if kind == 2:
            return num.log10()
        return num.log()
    x = ops.float_w(w_x)
    if x <= 0.0 or rfloat.isnan(x):
        if rfloat.isnan(x):
            return x
        raise domain_error()
    if kind == 1:
        return math.log2(x)
    if kind == 2:
        return math.log10(x)
    return math.log(x)


@function(FUNCTIONS, "log", "x, base=None, /", module="math")
def math_log(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    assert w_x is not None
    result = log_of(w_x, 0)
    w_base = args_w[1]
    if w_base is not None:
        base = log_of(w_base, 0)
        if base == 0.0:
            raise errors.zero_division("float division by zero")
        result = result / base
    return newfloat(result)


@function(FUNCTIONS, "log10", "x, /", module="math")
def math_log10(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    assert w_x is not None
    return newfloat(log_of(w_x, 2))


@function(FUNCTIONS, "log2", "x, /", module="math")
def math_log2(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    assert w_x is not None
    return newfloat(log_of(w_x, 1))


@function(FUNCTIONS, "log1p", "x, /", module="math")
def math_log1p(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x <= -1.0:
        raise domain_error()
    return newfloat(math.log1p(x))


@function(FUNCTIONS, "pow", "x, y, /", module="math")
def math_pow(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    y = float_arg(args_w, 1)
    if x < 0.0 and rfloat.isfinite(y) and y != rfloat.floor(y):
        raise domain_error()
    if x == 0.0 and y < 0.0:
        raise domain_error()
    result = floatobject.pow_(x, y)
    if rfloat.isinf(result) and rfloat.isfinite(x) and rfloat.isfinite(y):
        raise range_error()
    return newfloat(result)


# ---- trigonometry and friends -----------------------------------------------------------------------------

def unary(args_w: list[W_Root | None], which: int) -> W_Root:
    x = float_arg(args_w, 0)
    try:
        if which == 0:
            result = math.sin(x)
        elif which == 1:
            result = math.cos(x)
        elif which == 2:
            result = math.tan(x)
        elif which == 3:
            result = math.asin(x)
        elif which == 4:
            result = math.acos(x)
        elif which == 5:
            result = math.atan(x)
        elif which == 6:
            result = math.sinh(x)
        elif which == 7:
            result = math.cosh(x)
        elif which == 8:
            result = math.tanh(x)
        elif which == 9:
            result = math.asinh(x)
        elif which == 10:
            result = math.acosh(x)
        elif which == 11:
            result = math.atanh(x)
        elif which == 12:
            result = math.erf(x)
        elif which == 13:
            result = math.erfc(x)
        elif which == 14:
            result = math.gamma(x)
        else:
            result = math.lgamma(x)
    except ValueError:
        raise domain_error() from None
    except OverflowError:
        raise range_error() from None
    return checked(x, result, which == 6 or which == 7 or which == 14 or which == 15)


@function(FUNCTIONS, "sin", "x, /", module="math")
def math_sin(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 0)


@function(FUNCTIONS, "cos", "x, /", module="math")
def math_cos(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 1)


@function(FUNCTIONS, "tan", "x, /", module="math")
def math_tan(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 2)


@function(FUNCTIONS, "asin", "x, /", module="math")
def math_asin(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 3)


@function(FUNCTIONS, "acos", "x, /", module="math")
def math_acos(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 4)


@function(FUNCTIONS, "atan", "x, /", module="math")
def math_atan(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 5)


@function(FUNCTIONS, "sinh", "x, /", module="math")
def math_sinh(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 6)


@function(FUNCTIONS, "cosh", "x, /", module="math")
def math_cosh(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 7)


@function(FUNCTIONS, "tanh", "x, /", module="math")
def math_tanh(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 8)


@function(FUNCTIONS, "asinh", "x, /", module="math")
def math_asinh(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 9)


@function(FUNCTIONS, "acosh", "x, /", module="math")
def math_acosh(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 10)


@function(FUNCTIONS, "atanh", "x, /", module="math")
def math_atanh(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 11)


@function(FUNCTIONS, "erf", "x, /", module="math")
def math_erf(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 12)


@function(FUNCTIONS, "erfc", "x, /", module="math")
def math_erfc(args_w: list[W_Root | None]) -> W_Root:
    return unary(args_w, 13)


@function(FUNCTIONS, "gamma", "x, /", module="math")
def math_gamma(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x <= 0.0 and x == rfloat.floor(x):
        raise domain_error()
    return unary(args_w, 14)


@function(FUNCTIONS, "lgamma", "x, /", module="math")
def math_lgamma(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x <= 0.0 and x == rfloat.floor(x):
        raise domain_error()
    return unary(args_w, 15)


@function(FUNCTIONS, "atan2", "y, x, /", module="math")
def math_atan2(args_w: list[W_Root | None]) -> W_Root:
    return newfloat(math.atan2(float_arg(args_w, 0), float_arg(args_w, 1)))


@function(FUNCTIONS, "degrees", "x, /", module="math")
def math_degrees(args_w: list[W_Root | None]) -> W_Root:
    return newfloat(float_arg(args_w, 0) * (180.0 / math.pi))


@function(FUNCTIONS, "radians", "x, /", module="math")
def math_radians(args_w: list[W_Root | None]) -> W_Root:
    return newfloat(float_arg(args_w, 0) * (math.pi / 180.0))


@function(FUNCTIONS, "hypot", "*coordinates", module="math")
def math_hypot(args_w: list[W_Root | None]) -> W_Root:
    w_args = args_w[0]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    values = [ops.float_w(w_value) for w_value in w_args.items_w]
    return newfloat(vector_norm(values))


def vector_norm(values: list[float]) -> float:
    """The Euclidean norm, scaled against overflow (infinities win over NaNs, as in CPython)."""
    largest = 0.0
    found_nan = False
    for v in values:
        a = abs(v)
        if rfloat.isnan(a):
            found_nan = True
        elif a > largest:
            largest = a
    if rfloat.isinf(largest):
        return largest
    if found_nan:
        return rfloat.NAN
    if largest == 0.0 or len(values) <= 1:
        return largest
    if len(values) == 2:
        return math.hypot(values[0], values[1])
    total = 0.0
    for v in values:
        scaled = v / largest
        total += scaled * scaled
    return largest * math.sqrt(total)


@function(FUNCTIONS, "dist", "p, q, /", module="math")
def math_dist(args_w: list[W_Root | None]) -> W_Root:
    p_w = ops.unpack_iterable(arg(args_w, 0))
    q_w = ops.unpack_iterable(arg(args_w, 1))
    if len(p_w) != len(q_w):
        raise errors.value_error("both points must have the same number of dimensions")
    values = [ops.float_w(p_w[i]) - ops.float_w(q_w[i]) for i in range(len(p_w))]
    return newfloat(vector_norm(values))


# ---- float manipulation -------------------------------------------------------------------------------

@function(FUNCTIONS, "fabs", "x, /", module="math")
def math_fabs(args_w: list[W_Root | None]) -> W_Root:
    return newfloat(abs(float_arg(args_w, 0)))


@function(FUNCTIONS, "copysign", "x, y, /", module="math")
def math_copysign(args_w: list[W_Root | None]) -> W_Root:
    return newfloat(rfloat.copysign(float_arg(args_w, 0), float_arg(args_w, 1)))


@function(FUNCTIONS, "fmod", "x, y, /", module="math")
def math_fmod(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    y = float_arg(args_w, 1)
    if rfloat.isinf(y) and rfloat.isfinite(x):
        return newfloat(x)
    if y == 0.0 or rfloat.isinf(x):
        if rfloat.isnan(x) or rfloat.isnan(y):
            return newfloat(rfloat.NAN)
        raise domain_error()
    return newfloat(rfloat.fmod(x, y))


@function(FUNCTIONS, "remainder", "x, y, /", module="math")
def math_remainder(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    y = float_arg(args_w, 1)
    if rfloat.isfinite(x) and rfloat.isfinite(y):
        if y == 0.0:
            raise domain_error()
        absx = abs(x)
        absy = abs(y)
        m = rfloat.fmod(absx, absy)
        c = absy - m
        if m < c:
            r = m
        elif m > c:
            r = -c
        else:
            r = m - 2.0 * rfloat.fmod(0.5 * (absx - m), absy)
        return newfloat(rfloat.copysign(1.0, x) * r)
    if rfloat.isnan(x):
        return newfloat(x)
    if rfloat.isnan(y):
        return newfloat(y)
    if rfloat.isinf(x):
        raise domain_error()
    return newfloat(x)


@function(FUNCTIONS, "frexp", "x, /", module="math")
def math_frexp(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x == 0.0 or not rfloat.isfinite(x):
        return tupleobject.newtuple([newfloat(x), intobject.newint(0)])
    mantissa, exponent = rfloat.frexp(x)
    return tupleobject.newtuple([newfloat(mantissa), intobject.newint(exponent)])


@function(FUNCTIONS, "ldexp", "x, i, /", module="math")
def math_ldexp(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    w_i = args_w[1]
    assert w_i is not None
    if not isinstance(w_i, intobject.W_AbstractIntObject):
        raise errors.type_error("Expected an int as second argument to ldexp.")
    if x == 0.0 or not rfloat.isfinite(x):
        return newfloat(x)
    if not intobject.fits_machine(w_i):
        if intobject.is_negative(w_i):
            return newfloat(rfloat.copysign(0.0, x))
        raise range_error()
    exponent = intobject.as_machine_int(w_i)
    if exponent > 100000:
        raise range_error()
    if exponent < -100000:
        return newfloat(rfloat.copysign(0.0, x))
    result = rfloat.ldexp(x, exponent)
    if rfloat.isinf(result):
        raise range_error()
    return newfloat(result)


@function(FUNCTIONS, "modf", "x, /", module="math")
def math_modf(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if rfloat.isinf(x):
        return tupleobject.newtuple([newfloat(rfloat.copysign(0.0, x)), newfloat(x)])
    if rfloat.isnan(x):
        return tupleobject.newtuple([newfloat(x), newfloat(x)])
    whole = rfloat.trunc(x)
    return tupleobject.newtuple([newfloat(rfloat.copysign(x - whole, x)), newfloat(whole)])


@function(FUNCTIONS, "isnan", "x, /", module="math")
def math_isnan(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(rfloat.isnan(float_arg(args_w, 0)))


@function(FUNCTIONS, "isinf", "x, /", module="math")
def math_isinf(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(rfloat.isinf(float_arg(args_w, 0)))


@function(FUNCTIONS, "isfinite", "x, /", module="math")
def math_isfinite(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(rfloat.isfinite(float_arg(args_w, 0)))


@function(FUNCTIONS, "isclose", "a, b, *, rel_tol=None, abs_tol=None", module="math")
def math_isclose(args_w: list[W_Root | None]) -> W_Root:
    a = float_arg(args_w, 0)
    b = float_arg(args_w, 1)
    rel_tol = 1e-09 if args_w[2] is None else float_arg(args_w, 2)
    abs_tol = 0.0 if args_w[3] is None else float_arg(args_w, 3)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise errors.value_error("tolerances must be non-negative")
    if a == b:
        return intobject.w_True
    if rfloat.isinf(a) or rfloat.isinf(b):
        return intobject.w_False
    diff = abs(b - a)
    return intobject.newbool((diff <= abs(rel_tol * b)) or (diff <= abs(rel_tol * a)) or (diff <= abs_tol))


@function(FUNCTIONS, "fsum", "seq, /", module="math")
def math_fsum(args_w: list[W_Root | None]) -> W_Root:
    """Exact summation with a list of non-overlapping partial sums (Shewchuk's algorithm)."""
    w_iter = ops.iter(arg(args_w, 0))
    partials: list[float] = []
    special_sum = 0.0
    inf_sum = 0.0
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            break
        x = ops.float_w(w_item)
        original = x
        i = 0
        for j in range(len(partials)):
            y = partials[j]
            if abs(x) < abs(y):
                x, y = y, x
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                partials[i] = lo
                i += 1
            x = hi
        partials = partials[:i]
        partials.append(x)
        if not rfloat.isfinite(x):
            if rfloat.isfinite(original):
                raise errors.overflow_error("intermediate overflow in fsum")
            if rfloat.isinf(original):
                inf_sum += original
            special_sum += original
            partials = []
    if special_sum != 0.0:
        if rfloat.isnan(inf_sum):
            raise errors.value_error("-inf + inf in fsum")
        return newfloat(special_sum)
    n = len(partials)
    hi = 0.0
    lo = 0.0
    if n > 0:
        n -= 1
        hi = partials[n]
        while n > 0:
            x = hi
            n -= 1
            y = partials[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0.0:
                break
        if n > 0 and ((lo < 0.0 and partials[n - 1] < 0.0) or (lo > 0.0 and partials[n - 1] > 0.0)):
            y = lo * 2.0
            x = hi + y
            if y == x - hi:
                hi = x
    return newfloat(hi)


# ---- integers -----------------------------------------------------------------------------------------

def integral(w_value: W_Root | None, name: str) -> intobject.W_AbstractIntObject:
    assert w_value is not None
    if isinstance(w_value, floatobject.W_FloatObject):
        raise errors.type_error("'float' object cannot be interpreted as an integer")
    w_index = ops.index_w(w_value)
    assert isinstance(w_index, intobject.W_AbstractIntObject)
    return w_index


def gcd_pair(w_a: W_Root, w_b: W_Root) -> W_Root:
    assert isinstance(w_a, intobject.W_AbstractIntObject)
    assert isinstance(w_b, intobject.W_AbstractIntObject)
    return intobject.newlong(w_a.big().abs().gcd(w_b.big().abs()))


@function(FUNCTIONS, "gcd", "*integers", module="math")
def math_gcd(args_w: list[W_Root | None]) -> W_Root:
    w_args = args_w[0]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    w_result: W_Root = intobject.newint(0)
    for w_item in w_args.items_w:
        w_result = gcd_pair(w_result, integral(w_item, "gcd"))
    return w_result


@function(FUNCTIONS, "lcm", "*integers", module="math")
def math_lcm(args_w: list[W_Root | None]) -> W_Root:
    w_args = args_w[0]
    assert isinstance(w_args, tupleobject.W_TupleObject)
    w_result: W_Root = intobject.newint(1)
    for w_item in w_args.items_w:
        w_n = integral(w_item, "lcm")
        if not intobject.is_true(w_n):
            w_result = intobject.newint(0)
            continue
        w_g = gcd_pair(w_result, w_n)
        if not ops.is_true(w_g):
            continue
        w_product = operators.binary_op(w_result, intobject.abs_(w_n), operators.MUL)
        w_result = operators.binary_op(w_product, w_g, operators.FLOORDIV)
    return w_result


@function(FUNCTIONS, "isqrt", "n, /", module="math")
def math_isqrt(args_w: list[W_Root | None]) -> W_Root:
    w_n = integral(args_w[0], "isqrt")
    if intobject.is_negative(w_n):
        raise errors.value_error("isqrt() argument must be nonnegative")
    return intobject.newlong(w_n.big().isqrt())


@function(FUNCTIONS, "factorial", "n, /", module="math")
def math_factorial(args_w: list[W_Root | None]) -> W_Root:
    w_value = args_w[0]
    if isinstance(w_value, floatobject.W_FloatObject):
        raise errors.type_error("'float' object cannot be interpreted as an integer")
    w_n = integral(w_value, "factorial")
    if intobject.is_negative(w_n):
        raise errors.value_error("factorial() not defined for negative values")
    n = intobject.as_machine_int(w_n)
    return intobject.newlong(product_range(rbigint.fromint(1), 1, n))


def product_range(result: rbigint, low: int, high: int) -> rbigint:
    """result * low * (low+1) * ... * high, multiplying balanced halves for big ranges."""
    if high - low < 16:
        for i in range(low, high + 1):
            result = result.int_mul(i)
        return result
    middle = (low + high) // 2
    return result.mul(product_range(rbigint.fromint(1), low, middle)).mul(
        product_range(rbigint.fromint(1), middle + 1, high))


@function(FUNCTIONS, "comb", "n, k, /", module="math")
def math_comb(args_w: list[W_Root | None]) -> W_Root:
    w_n = integral(args_w[0], "comb")
    w_k = integral(args_w[1], "comb")
    if intobject.is_negative(w_n):
        raise errors.value_error("n must be a non-negative integer")
    if intobject.is_negative(w_k):
        raise errors.value_error("k must be a non-negative integer")
    if intobject.compare(w_k, w_n) > 0:
        return intobject.newint(0)
    n = intobject.as_machine_int(w_n)
    k = intobject.as_machine_int(w_k)
    k = min(k, n - k)
    result = rbigint.fromint(1)
    for i in range(1, k + 1):
        result = result.int_mul(n - k + i).int_floordiv(i)
    return intobject.newlong(result)


@function(FUNCTIONS, "perm", "n, k=None, /", module="math")
def math_perm(args_w: list[W_Root | None]) -> W_Root:
    w_n = integral(args_w[0], "perm")
    if intobject.is_negative(w_n):
        raise errors.value_error("n must be a non-negative integer")
    n = intobject.as_machine_int(w_n)
    k = n
    if args_w[1] is not None and args_w[1] is not w_None:
        w_k = integral(args_w[1], "perm")
        if intobject.is_negative(w_k):
            raise errors.value_error("k must be a non-negative integer")
        if intobject.compare(w_k, w_n) > 0:
            return intobject.newint(0)
        k = intobject.as_machine_int(w_k)
    if k == 0:
        return intobject.newint(1)
    return intobject.newlong(product_range(rbigint.fromint(1), n - k + 1, n))


@function(FUNCTIONS, "prod", "iterable, /, *, start=None", module="math")
def math_prod(args_w: list[W_Root | None]) -> W_Root:
    w_result = args_w[1]
    if w_result is None:
        w_result = intobject.newint(1)
    w_iter = ops.iter(arg(args_w, 0))
    while True:
        w_item = ops.next(w_iter)
        if w_item is None:
            return w_result
        w_result = operators.binary_op(w_result, w_item, operators.MUL)


def make_module() -> moduleobject.W_ModuleObject:
    w_module = moduleobject.W_ModuleObject("math")
    for w_func in FUNCTIONS:
        moduleobject.set(w_module, w_func.name, w_func)
    moduleobject.set(w_module, "pi", floatobject.newfloat(math.pi))
    moduleobject.set(w_module, "e", floatobject.newfloat(math.e))
    moduleobject.set(w_module, "tau", floatobject.newfloat(2.0 * math.pi))
    moduleobject.set(w_module, "inf", floatobject.newfloat(rfloat.INF))
    moduleobject.set(w_module, "nan", floatobject.newfloat(rfloat.NAN))
    return w_module
