"""The methods of complex: construction (numbers and strings), repr, hashing, the arithmetic of
CPython's complexobject.c (Smith's division, integer powers by squaring), comparisons, format.
"""

from __future__ import annotations

import math

from kit.rlib import rfloat
from kit.rlib.rarithmetic import intmask
from languages.python.objspace import errors, floatobject, formatting, intobject, ops, strobject, tupleobject
from languages.python.objspace.complexobject import W_ComplexObject, newcomplex, w_complex
from languages.python.objspace.descriptors import getset
from languages.python.objspace.gateway import method, staticmethod_
from languages.python.objspace.root import W_Root, w_NotImplemented
from languages.python.objspace.typeobject import W_TypeObject

HASH_IMAG = 1000003


def self_complex(args_w: list[W_Root | None]) -> W_ComplexObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_ComplexObject)
    return w_self


def as_complex(w_value: W_Root | None) -> tuple[bool, float, float]:
    """(True, real, imag) for a complex, float or int operand; (False, ...) otherwise."""
    if isinstance(w_value, W_ComplexObject):
        return True, w_value.real, w_value.imag
    if isinstance(w_value, floatobject.W_FloatObject):
        return True, w_value.floatval, 0.0
    if isinstance(w_value, intobject.W_AbstractIntObject):
        return True, intobject.to_float(w_value), 0.0
    return False, 0.0, 0.0


# ---- construction ------------------------------------------------------------------------------------

def parse_complex(text: str) -> tuple[float, float]:
    """complex('1+2j') and friends; ValueError for anything else."""
    s = strip_spaces(text)
    if len(s) >= 2 and s[0] == "(" and s[len(s) - 1] == ")":
        s = strip_spaces(s[1:len(s) - 1])
    if len(s) == 0:
        raise malformed()
    if s[len(s) - 1] != "j" and s[len(s) - 1] != "J":
        return parse_part(s), 0.0
    body = s[:len(s) - 1]
    # the imaginary part starts at the last sign that is not part of an exponent
    split = -1
    i = len(body) - 1
    while i > 0:
        if (body[i] == "+" or body[i] == "-") and body[i - 1] != "e" and body[i - 1] != "E":
            split = i
            break
        i -= 1
    if split < 0:
        return 0.0, imag_part(body)
    return parse_part(body[:split]), imag_part(body[split:])


def imag_part(text: str) -> float:
    if text == "" or text == "+":
        return 1.0
    if text == "-":
        return -1.0
    return parse_part(text)


def parse_part(text: str) -> float:
    if text == "" or is_space_char(text[0]) or is_space_char(text[len(text) - 1]):
        raise malformed()
    try:
        return rfloat.string_to_float(text)
    except ValueError:
        raise malformed() from None


def is_space_char(ch: str) -> bool:
    return ch == " " or ch == "\t" or ch == "\n" or ch == "\r" or ch == "\x0b" or ch == "\x0c"


def strip_spaces(text: str) -> str:
    start = 0
    end = len(text)
    while start < end and is_space_char(text[start]):
        start += 1
    while end > start and is_space_char(text[end - 1]):
        end -= 1
    return text[start:end]


def malformed() -> errors.OperationError:
    return errors.value_error("complex() arg is a malformed string")


def complex_parts(w_value: W_Root, what: str) -> tuple[float, float]:
    """The value of one complex() argument (a number, or an object with __complex__/__float__)."""
    if isinstance(w_value, W_ComplexObject):
        return w_value.real, w_value.imag
    w_method = ops.type_of(w_value).lookup("__complex__")
    if w_method is not None:
        w_result = ops.call_function(w_method, [w_value])
        if not isinstance(w_result, W_ComplexObject):
            raise errors.type_error("__complex__ returned non-complex (type %s)" % ops.type_name(w_result))
        return w_result.real, w_result.imag
    if isinstance(w_value, strobject.W_StrObject):
        raise errors.type_error("complex() %s must be a number, not 'str'" % what)
    w_type_ = ops.type_of(w_value)
    if (not isinstance(w_value, floatobject.W_FloatObject) and not isinstance(w_value, intobject.W_AbstractIntObject)
            and w_type_.lookup("__float__") is None and w_type_.lookup("__index__") is None):
        raise errors.type_error("complex() %s must be a number, not '%s'" % (what, w_type_.name))
    return ops.float_w(w_value), 0.0


@staticmethod_(w_complex, "__new__", "cls, real=None, imag=None")
def complex_new(args_w: list[W_Root | None]) -> W_Root:
    w_real = args_w[1]
    w_imag = args_w[2]
    real = 0.0
    imag = 0.0
    if isinstance(w_real, strobject.W_StrObject):
        if w_imag is not None:
            raise errors.type_error("complex() can't take second arg if first is a string")
        real, imag = parse_complex(w_real.value)
    else:
        # CPython's rule: real + imag*1j, with the corrections only complex arguments need
        real_is_complex = False
        if w_real is not None:
            real, imag = complex_parts(w_real, "first argument")
            real_is_complex = isinstance(w_real, W_ComplexObject) or not (
                isinstance(w_real, floatobject.W_FloatObject) or isinstance(w_real, intobject.W_AbstractIntObject))
        if w_imag is not None:
            if isinstance(w_imag, strobject.W_StrObject):
                raise errors.type_error("complex() second arg can't be a string")
            imag_real, imag_imag = complex_parts(w_imag, "second argument")
            if isinstance(w_imag, W_ComplexObject):
                real -= imag_imag
            if real_is_complex:
                imag = imag + imag_real
            else:
                imag = imag_real
    w_cls = args_w[0]
    if w_cls is w_complex or w_cls is None:
        return newcomplex(real, imag)
    from languages.python.objspace.complexobject import W_ComplexObjectUser
    assert isinstance(w_cls, W_TypeObject)
    return W_ComplexObjectUser(w_cls, real, imag)


# ---- text and hashing ----------------------------------------------------------------------------------

def part_repr(x: float) -> str:
    return rfloat.format_float(x, "r", 0)


def complex_repr_text(real: float, imag: float) -> str:
    imag_text = part_repr(imag)
    if real == 0.0 and not rfloat.signbit(real):
        return imag_text + "j"
    sign = "+"
    if imag_text.startswith("-"):
        sign = ""
    return "(" + part_repr(real) + sign + imag_text + "j)"


@method(w_complex, "__repr__", "self")
def complex_repr(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    return strobject.newstr(complex_repr_text(w_self.real, w_self.imag))


@method(w_complex, "__hash__", "self")
def complex_hash(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    h = intmask(floatobject.float_hash(w_self.real) + HASH_IMAG * floatobject.float_hash(w_self.imag))
    if h == -1:
        h = -2
    return intobject.newint(h)


@method(w_complex, "__format__", "self, format_spec, /")
def complex_format(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    spec = ops.text_w(args_w[1], "format() argument 2")
    if spec == "":
        return strobject.newstr(complex_repr_text(w_self.real, w_self.imag))
    return strobject.newstr(formatting.format_complex(w_self.real, w_self.imag,
                                                      formatting.parse_spec(spec, "complex")))


@method(w_complex, "__bool__", "self")
def complex_bool(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    return intobject.newbool(w_self.real != 0.0 or w_self.imag != 0.0)


@method(w_complex, "conjugate", "self")
def complex_conjugate(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    return newcomplex(w_self.real, -w_self.imag)


@method(w_complex, "__complex__", "self")
def complex_complex(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    return newcomplex(w_self.real, w_self.imag)


@method(w_complex, "__getnewargs__", "self")
def complex_getnewargs(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    return tupleobject.newtuple([floatobject.newfloat(w_self.real), floatobject.newfloat(w_self.imag)])


def get_real(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_ComplexObject)
    return floatobject.newfloat(w_obj.real)


def get_imag(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_ComplexObject)
    return floatobject.newfloat(w_obj.imag)


getset(w_complex, "real", get_real)
getset(w_complex, "imag", get_imag)


# ---- arithmetic ---------------------------------------------------------------------------------------

def quotient(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    """a / b by Smith's method, as CPython's _Py_c_quot."""
    abs_br = -br if br < 0.0 else br
    abs_bi = -bi if bi < 0.0 else bi
    if abs_br >= abs_bi:
        if abs_br == 0.0:
            raise errors.zero_division("complex division by zero")
        ratio = bi / br
        denom = br + bi * ratio
        return (ar + ai * ratio) / denom, (ai - ar * ratio) / denom
    if abs_bi >= abs_br:
        ratio = br / bi
        denom = br * ratio + bi
        return (ar * ratio + ai) / denom, (ai * ratio - ar) / denom
    return rfloat.NAN, rfloat.NAN


def power_unsigned(xr: float, xi: float, n: int) -> tuple[float, float]:
    rr = 1.0
    ri = 0.0
    pr = xr
    pi = xi
    mask = 1
    while mask > 0 and n >= mask:
        if n & mask:
            rr, ri = rr * pr - ri * pi, rr * pi + ri * pr
        mask <<= 1
        pr, pi = pr * pr - pi * pi, pr * pi + pi * pr
    return rr, ri


def general_power(ar: float, ai: float, br: float, bi: float) -> tuple[float, float]:
    """a ** b through polar form (CPython's c_pow) for a nonzero base."""
    vabs = math.hypot(ar, ai)
    length = math.pow(vabs, br)
    angle = math.atan2(ai, ar)
    phase = angle * br
    if bi != 0.0:
        length /= math.exp(angle * bi)
        phase += bi * math.log(vabs)
    return length * math.cos(phase), length * math.sin(phase)


def complex_power(ar: float, ai: float, br: float, bi: float) -> W_Root:
    """a ** b for complex operands (CPython's complex_pow)."""
    if bi == 0.0 and abs(br) <= 100.0 and br == math.floor(br):
        n = int(br)
        if n >= 0:
            rr, ri = power_unsigned(ar, ai, n)
        else:
            ur, ui = power_unsigned(ar, ai, -n)
            if ur == 0.0 and ui == 0.0:
                raise errors.zero_division("0.0 to a negative or complex power")
            rr, ri = quotient(1.0, 0.0, ur, ui)
    elif br == 0.0 and bi == 0.0:
        rr = 1.0
        ri = 0.0
    elif ar == 0.0 and ai == 0.0:
        if bi != 0.0 or br < 0.0:
            raise errors.zero_division("0.0 to a negative or complex power")
        rr = 0.0
        ri = 0.0
    else:
        try:
            rr, ri = general_power(ar, ai, br, bi)
        except (OverflowError, ValueError):
            raise errors.overflow_error("complex exponentiation") from None
    if rfloat.isinf(rr) or rfloat.isinf(ri):
        if rfloat.isfinite(ar) and rfloat.isfinite(ai) and rfloat.isfinite(br) and rfloat.isfinite(bi):
            raise errors.overflow_error("complex exponentiation")
    return newcomplex(rr, ri)


def complex_binary(ar: float, ai: float, br: float, bi: float, op: int) -> W_Root:
    from languages.python.objspace import operators as o
    if op == o.ADD:
        return newcomplex(ar + br, ai + bi)
    if op == o.SUB:
        return newcomplex(ar - br, ai - bi)
    if op == o.MUL:
        return newcomplex(ar * br - ai * bi, ar * bi + ai * br)
    if op == o.TRUEDIV:
        qr, qi = quotient(ar, ai, br, bi)
        return newcomplex(qr, qi)
    if op == o.POW:
        return complex_power(ar, ai, br, bi)
    return w_NotImplemented


def binary_method(args_w: list[W_Root | None], op: int, reflected: bool) -> W_Root:
    ok_a, ar, ai = as_complex(args_w[0])
    ok_b, br, bi = as_complex(args_w[1])
    if not ok_a or not ok_b:
        return w_NotImplemented
    if reflected:
        return complex_binary(br, bi, ar, ai, op)
    return complex_binary(ar, ai, br, bi, op)


@method(w_complex, "__add__", "self, other, /")
def complex_add(args_w: list[W_Root | None]) -> W_Root:
    return binary_method(args_w, 1, False)


@method(w_complex, "__radd__", "self, other, /")
def complex_radd(args_w: list[W_Root | None]) -> W_Root:
    return binary_method(args_w, 1, True)


@method(w_complex, "__sub__", "self, other, /")
def complex_sub(args_w: list[W_Root | None]) -> W_Root:
    return binary_method(args_w, 2, False)


@method(w_complex, "__rsub__", "self, other, /")
def complex_rsub(args_w: list[W_Root | None]) -> W_Root:
    return binary_method(args_w, 2, True)


@method(w_complex, "__mul__", "self, other, /")
def complex_mul(args_w: list[W_Root | None]) -> W_Root:
    return binary_method(args_w, 3, False)


@method(w_complex, "__rmul__", "self, other, /")
def complex_rmul(args_w: list[W_Root | None]) -> W_Root:
    return binary_method(args_w, 3, True)


@method(w_complex, "__truediv__", "self, other, /")
def complex_truediv(args_w: list[W_Root | None]) -> W_Root:
    return binary_method(args_w, 5, False)


@method(w_complex, "__rtruediv__", "self, other, /")
def complex_rtruediv(args_w: list[W_Root | None]) -> W_Root:
    return binary_method(args_w, 5, True)


@method(w_complex, "__pow__", "self, exp, mod=None, /")
def complex_pow(args_w: list[W_Root | None]) -> W_Root:
    if args_w[2] is not None and not ops.is_none(args_w[2]):
        raise errors.value_error("complex modulo")
    return binary_method(args_w, 7, False)


@method(w_complex, "__rpow__", "self, base, mod=None, /")
def complex_rpow(args_w: list[W_Root | None]) -> W_Root:
    if args_w[2] is not None and not ops.is_none(args_w[2]):
        raise errors.value_error("complex modulo")
    return binary_method(args_w, 7, True)


@method(w_complex, "__neg__", "self")
def complex_neg(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    return newcomplex(-w_self.real, -w_self.imag)


@method(w_complex, "__pos__", "self")
def complex_pos(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    return newcomplex(w_self.real, w_self.imag)


@method(w_complex, "__abs__", "self")
def complex_abs(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_complex(args_w)
    result = math.hypot(w_self.real, w_self.imag)
    if rfloat.isinf(result) and rfloat.isfinite(w_self.real) and rfloat.isfinite(w_self.imag):
        raise errors.overflow_error("absolute value too large")
    return floatobject.newfloat(result)


def equal_to(w_self: W_ComplexObject, w_other: W_Root | None) -> int:
    """1 equal, 0 different, -1 not comparable (NotImplemented)."""
    if isinstance(w_other, W_ComplexObject):
        return int(w_self.real == w_other.real and w_self.imag == w_other.imag)
    if isinstance(w_other, floatobject.W_FloatObject):
        return int(w_self.imag == 0.0 and w_self.real == w_other.floatval)
    if isinstance(w_other, intobject.W_AbstractIntObject):
        if w_self.imag != 0.0:
            return 0
        return int(floatobject.compare_float_int(w_self.real, w_other) == 0 and w_self.real == w_self.real)
    return -1


@method(w_complex, "__eq__", "self, other, /")
def complex_eq(args_w: list[W_Root | None]) -> W_Root:
    result = equal_to(self_complex(args_w), args_w[1])
    if result < 0:
        return w_NotImplemented
    return intobject.newbool(result == 1)


@method(w_complex, "__ne__", "self, other, /")
def complex_ne(args_w: list[W_Root | None]) -> W_Root:
    result = equal_to(self_complex(args_w), args_w[1])
    if result < 0:
        return w_NotImplemented
    return intobject.newbool(result == 0)
