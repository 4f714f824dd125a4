"""math.* and round() for translated programs: the C library's functions with the domain and range
checks of CPython's math module (ValueError "math domain error", OverflowError "math range error").
"""

from __future__ import annotations

from kit.rffi import c_math
from kit.rtyper import lltype
from kit.rtyper.llop import llop

INF = float("inf")
_c = c_math


def _isnan(x: float) -> bool:
    return x != x


def _isinf(x: float) -> bool:
    return x == INF or x == -INF


def _domain() -> None:
    raise ValueError("math domain error")


def _range() -> None:
    raise OverflowError("math range error")


def _check(x: float, result: float) -> float:
    """CPython's rule: NaN out of a non-NaN input is a domain error; inf out of finite is a range error."""
    if _isnan(result) and not _isnan(x):
        _domain()
    if _isinf(result) and not _isinf(x) and not _isnan(x):
        _range()
    return result


_sqrt = _c["sqrt"]
_exp = _c["exp"]
_log = _c["log"]
_log2 = _c["log2"]
_log10 = _c["log10"]
_sin = _c["sin"]
_cos = _c["cos"]
_tan = _c["tan"]
_asin = _c["asin"]
_acos = _c["acos"]
_atan = _c["atan"]
_sinh = _c["sinh"]
_cosh = _c["cosh"]
_tanh = _c["tanh"]
_asinh = _c["asinh"]
_acosh = _c["acosh"]
_atanh = _c["atanh"]
_fabs = _c["fabs"]
_floor = _c["floor"]
_ceil = _c["ceil"]
_trunc = _c["trunc"]
_expm1 = _c["expm1"]
_log1p = _c["log1p"]
_erf = _c["erf"]
_erfc = _c["erfc"]
_tgamma = _c["tgamma"]
_lgamma = _c["lgamma"]
_rint = _c["rint"]
_atan2 = _c["atan2"]
_pow = _c["pow"]
_fmod = _c["fmod"]
_hypot = _c["hypot"]
_copysign = _c["copysign"]
_ldexp = _c["ldexp"]


def ll_math_sqrt(x: float) -> float:
    if x < 0.0:
        _domain()
    return _sqrt(x)


def ll_math_exp(x: float) -> float:
    return _check(x, _exp(x))


def ll_math_log(x: float) -> float:
    if x <= 0.0:
        _domain()
    return _log(x)


def ll_math_log_base(x: float, base: float) -> float:
    if x <= 0.0 or base <= 0.0:
        _domain()
    den = _log(base)
    if den == 0.0:
        raise ZeroDivisionError("float division by zero")
    return _log(x) / den


def ll_math_log2(x: float) -> float:
    if x <= 0.0:
        _domain()
    return _log2(x)


def ll_math_log10(x: float) -> float:
    if x <= 0.0:
        _domain()
    return _log10(x)


def ll_math_sin(x: float) -> float:
    return _check(x, _sin(x))


def ll_math_cos(x: float) -> float:
    return _check(x, _cos(x))


def ll_math_tan(x: float) -> float:
    return _check(x, _tan(x))


def ll_math_asin(x: float) -> float:
    return _check(x, _asin(x))


def ll_math_acos(x: float) -> float:
    return _check(x, _acos(x))


def ll_math_atan(x: float) -> float:
    return _atan(x)


def ll_math_sinh(x: float) -> float:
    return _check(x, _sinh(x))


def ll_math_cosh(x: float) -> float:
    return _check(x, _cosh(x))


def ll_math_tanh(x: float) -> float:
    return _tanh(x)


def ll_math_asinh(x: float) -> float:
    return _asinh(x)


def ll_math_acosh(x: float) -> float:
    return _check(x, _acosh(x))


def ll_math_atanh(x: float) -> float:
    if x >= 1.0 or x <= -1.0:
        _domain()
    return _atanh(x)


def ll_math_fabs(x: float) -> float:
    return _fabs(x)


def ll_math_expm1(x: float) -> float:
    return _check(x, _expm1(x))


def ll_math_log1p(x: float) -> float:
    if x <= -1.0:
        _domain()
    return _log1p(x)


def ll_math_erf(x: float) -> float:
    return _erf(x)


def ll_math_erfc(x: float) -> float:
    return _erfc(x)


def ll_math_gamma(x: float) -> float:
    if x == _floor(x) and x <= 0.0:
        _domain()
    return _check(x, _tgamma(x))


def ll_math_lgamma(x: float) -> float:
    if x == _floor(x) and x <= 0.0:
        _domain()
    return _check(x, _lgamma(x))


def ll_math_degrees(x: float) -> float:
    return x * (180.0 / 3.141592653589793)


def ll_math_radians(x: float) -> float:
    return x * (3.141592653589793 / 180.0)


def _to_int(x: float) -> int:
    if _isnan(x):
        raise ValueError("cannot convert float NaN to integer")
    if _isinf(x) or x >= 9.2233720368547758e18 or x < -9.2233720368547758e18:
        raise OverflowError("cannot convert float infinity or a huge value to a machine-word integer")
    return lltype.cast_primitive(lltype.Signed, x)


def ll_math_floor(x: float) -> int:
    return _to_int(_floor(x))


def ll_math_ceil(x: float) -> int:
    return _to_int(_ceil(x))


def ll_math_trunc(x: float) -> int:
    return _to_int(_trunc(x))


def ll_math_isinf(x: float) -> bool:
    return _isinf(x)


def ll_math_isnan(x: float) -> bool:
    return _isnan(x)


def ll_math_isfinite(x: float) -> bool:
    return not _isinf(x) and not _isnan(x)


def ll_math_atan2(y: float, x: float) -> float:
    return _atan2(y, x)


def ll_math_pow(x: float, y: float) -> float:
    if x == 0.0 and y < 0.0:
        _domain()
    if x < 0.0 and y != _floor(y) and not _isinf(y):
        _domain()
    result = _pow(x, y)
    if _isinf(result) and not _isinf(x) and not _isinf(y):
        _range()
    return result


def ll_math_fmod(x: float, y: float) -> float:
    if y == 0.0 and not _isnan(x):
        _domain()
    if _isinf(x) and not _isnan(y):
        _domain()
    return _fmod(x, y)


def ll_math_hypot(x: float, y: float) -> float:
    return _hypot(x, y)


def ll_math_copysign(x: float, y: float) -> float:
    return _copysign(x, y)


def ll_math_ldexp(x: float, e: int) -> float:
    if e > 100000:
        e = 100000
    elif e < -100000:
        e = -100000
    result = _ldexp(x, e)
    if _isinf(result) and not _isinf(x):
        _range()
    return result


def ll_math_modf_frac(x: float) -> float:
    if _isinf(x):
        return _copysign(0.0, x)
    return x - _trunc(x)


def ll_math_modf_int(x: float) -> float:
    return _trunc(x)


def ll_round(x: float) -> int:
    """round(x): to the nearest int, halves to even (the C rounding mode is round-to-nearest-even)."""
    return _to_int(_rint(x))


def ll_round_digits(x: float, ndigits: int) -> float:
    """round(x, n), correctly rounded like CPython: format with n decimals, then parse back."""
    if _isnan(x) or _isinf(x) or x == 0.0:
        return x
    if ndigits > 320:
        return x
    if ndigits < -308:
        return _copysign(0.0, x)
    if ndigits >= 0:
        from kit.rtyper.llstr import ll_float2str, ll_str2float
        return ll_str2float(ll_float2str(x, 102, ndigits, 0))
    power = _pow(10.0, lltype.cast_primitive(lltype.Float, -ndigits))
    result = _rint(x / power) * power
    if _isinf(result):
        _range()
    return result


__all__ = ["llop"]


def ll_math_frexp_exponent(x: float) -> int:
    from kit.rffi import kit_frexp_exponent
    if _isnan(x) or _isinf(x) or x == 0.0:
        return 0
    return kit_frexp_exponent(x)


def ll_math_frexp_mantissa(x: float, exponent: int) -> float:
    if _isnan(x) or _isinf(x) or x == 0.0:
        return x
    return _ldexp(x, -exponent)
