"""The math module: constants and the common functions over floats (and exact ones over ints)."""

from __future__ import annotations

import math

from kit.rlib import rfloat
from languages.python.objspace import errors, floatobject, intobject, moduleobject, ops
from languages.python.objspace.gateway import function
from languages.python.objspace.root import W_Root

FUNCTIONS: list = []


def float_arg(args_w: list[W_Root | None], i: int) -> float:
    w_value = args_w[i]
    assert w_value is not None
    return ops.float_w(w_value)


def domain_error() -> errors.OperationError:
    return errors.value_error("math domain error")


@function(FUNCTIONS, "sqrt", "x, /", module="math")
def math_sqrt(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x < 0.0:
        raise domain_error()
    return floatobject.newfloat(math.sqrt(x))


@function(FUNCTIONS, "floor", "x, /", module="math")
def math_floor(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    if isinstance(w_x, intobject.W_AbstractIntObject):
        return w_x
    return floatobject.to_int(rfloat.floor(float_arg(args_w, 0)))


@function(FUNCTIONS, "ceil", "x, /", module="math")
def math_ceil(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    if isinstance(w_x, intobject.W_AbstractIntObject):
        return w_x
    return floatobject.to_int(rfloat.ceil(float_arg(args_w, 0)))


@function(FUNCTIONS, "trunc", "x, /", module="math")
def math_trunc(args_w: list[W_Root | None]) -> W_Root:
    w_x = args_w[0]
    if isinstance(w_x, intobject.W_AbstractIntObject):
        return w_x
    return floatobject.to_int(rfloat.trunc(float_arg(args_w, 0)))


@function(FUNCTIONS, "fabs", "x, /", module="math")
def math_fabs(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(abs(float_arg(args_w, 0)))


@function(FUNCTIONS, "exp", "x, /", module="math")
def math_exp(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(math.exp(float_arg(args_w, 0)))


@function(FUNCTIONS, "log", "x, base=None, /", module="math")
def math_log(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x <= 0.0:
        raise domain_error()
    result = math.log(x)
    if args_w[1] is not None:
        base = float_arg(args_w, 1)
        if base <= 0.0 or base == 1.0:
            raise domain_error()
        result = result / math.log(base)
    return floatobject.newfloat(result)


@function(FUNCTIONS, "log10", "x, /", module="math")
def math_log10(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x <= 0.0:
        raise domain_error()
    return floatobject.newfloat(math.log10(x))


@function(FUNCTIONS, "log2", "x, /", module="math")
def math_log2(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    if x <= 0.0:
        raise domain_error()
    return floatobject.newfloat(math.log(x) / math.log(2.0))


@function(FUNCTIONS, "pow", "x, y, /", module="math")
def math_pow(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(floatobject.pow_(float_arg(args_w, 0), float_arg(args_w, 1)))


@function(FUNCTIONS, "sin", "x, /", module="math")
def math_sin(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(math.sin(float_arg(args_w, 0)))


@function(FUNCTIONS, "cos", "x, /", module="math")
def math_cos(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(math.cos(float_arg(args_w, 0)))


@function(FUNCTIONS, "tan", "x, /", module="math")
def math_tan(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(math.tan(float_arg(args_w, 0)))


@function(FUNCTIONS, "atan", "x, /", module="math")
def math_atan(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(math.atan(float_arg(args_w, 0)))


@function(FUNCTIONS, "atan2", "y, x, /", module="math")
def math_atan2(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(math.atan2(float_arg(args_w, 0), float_arg(args_w, 1)))


@function(FUNCTIONS, "hypot", "x, y, /", module="math")
def math_hypot(args_w: list[W_Root | None]) -> W_Root:
    x = float_arg(args_w, 0)
    y = float_arg(args_w, 1)
    return floatobject.newfloat(math.sqrt(x * x + y * y))


@function(FUNCTIONS, "isnan", "x, /", module="math")
def math_isnan(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(rfloat.isnan(float_arg(args_w, 0)))


@function(FUNCTIONS, "isinf", "x, /", module="math")
def math_isinf(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newbool(rfloat.isinf(float_arg(args_w, 0)))


@function(FUNCTIONS, "gcd", "a, b, /", module="math")
def math_gcd(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import operators
    w_a = ops.index_w(args_w[0])
    w_b = ops.index_w(args_w[1])
    w_zero = intobject.newint(0)
    w_a = operators.abs_(w_a)
    w_b = operators.abs_(w_b)
    while not ops.eq_w(w_b, w_zero):
        w_a, w_b = w_b, operators.binary_op(w_a, w_b, operators.MOD)
    return w_a


@function(FUNCTIONS, "factorial", "n, /", module="math")
def math_factorial(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import operators
    n = ops.int_w(ops.index_w(args_w[0]))
    if n < 0:
        raise errors.value_error("factorial() not defined for negative values")
    w_result: W_Root = intobject.newint(1)
    for i in range(2, n + 1):
        w_result = operators.binary_op(w_result, intobject.newint(i), operators.MUL)
    return w_result


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
