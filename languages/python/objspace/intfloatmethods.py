"""The rest of int's and float's methods: bit operations, bytes conversion, integer ratios, the
numbers-tower attributes (real, imag, numerator, denominator, conjugate), rounding protocol
(__trunc__/__floor__/__ceil__/__round__), __format__, float.hex/fromhex.
"""

from __future__ import annotations

from kit.rlib import rfloat
from kit.rlib.rbigint import rbigint
from languages.python.objspace import errors, floatobject, formatting, intobject, ops, strobject, tupleobject
from languages.python.objspace.descriptors import getset
from languages.python.objspace.floatobject import W_FloatObject, w_float
from languages.python.objspace.gateway import classmethod_, method
from languages.python.objspace.intobject import W_AbstractIntObject, w_int
from languages.python.objspace.root import W_Root, w_None
from languages.python.objspace.typeobject import W_TypeObject


def self_int(args_w: list[W_Root | None]) -> W_AbstractIntObject:
    w_self = args_w[0]
    assert isinstance(w_self, W_AbstractIntObject)
    return w_self


def self_float(args_w: list[W_Root | None]) -> float:
    w_self = args_w[0]
    assert isinstance(w_self, W_FloatObject)
    return w_self.floatval


def plain_int(w_value: W_AbstractIntObject) -> W_Root:
    """The value as an exact int (not bool, not a subclass)."""
    if w_value.is_small():
        return intobject.newint(intobject.as_machine_int(w_value))
    return intobject.newlong(w_value.big())


# ---- int ----------------------------------------------------------------------------------------------

@method(w_int, "bit_count", "self")
def int_bit_count(args_w: list[W_Root | None]) -> W_Root:
    return intobject.newint(self_int(args_w).big().bit_count())


@method(w_int, "as_integer_ratio", "self")
def int_as_integer_ratio(args_w: list[W_Root | None]) -> W_Root:
    return tupleobject.newtuple([plain_int(self_int(args_w)), intobject.newint(1)])


@method(w_int, "conjugate", "self")
def int_conjugate(args_w: list[W_Root | None]) -> W_Root:
    return plain_int(self_int(args_w))


@method(w_int, "__trunc__", "self")
def int_trunc(args_w: list[W_Root | None]) -> W_Root:
    return plain_int(self_int(args_w))


@method(w_int, "__floor__", "self")
def int_floor(args_w: list[W_Root | None]) -> W_Root:
    return plain_int(self_int(args_w))


@method(w_int, "__ceil__", "self")
def int_ceil(args_w: list[W_Root | None]) -> W_Root:
    return plain_int(self_int(args_w))


@method(w_int, "__round__", "self, ndigits=None, /")
def int_round(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.modules import builtins
    w_self = self_int(args_w)
    w_ndigits = args_w[1]
    if w_ndigits is None or w_ndigits is w_None:
        return plain_int(w_self)
    w_index = ops.index_w(w_ndigits)
    assert isinstance(w_index, W_AbstractIntObject)
    if not intobject.is_negative(w_index):
        return plain_int(w_self)
    return builtins.round_int(plain_int(w_self), ops.int_w(w_ndigits))


@method(w_int, "__getnewargs__", "self")
def int_getnewargs(args_w: list[W_Root | None]) -> W_Root:
    return tupleobject.newtuple([plain_int(self_int(args_w))])


@method(w_int, "__format__", "self, format_spec, /")
def int_format(args_w: list[W_Root | None]) -> W_Root:
    spec = ops.text_w(args_w[1], "format() argument 2")
    w_self = self_int(args_w)
    if spec == "":
        return ops.str(w_self)
    return strobject.newstr(formatting.format_int_text(w_self, spec))


def byteorder_arg(w_value: W_Root | None) -> str:
    if w_value is None:
        return "big"
    order = ops.text_w(w_value, "to_bytes() argument 'byteorder'")
    if order != "big" and order != "little":
        raise errors.value_error("byteorder must be either 'little' or 'big'")
    return order


@method(w_int, "to_bytes", "self, length=None, byteorder=None, *, signed=None")
def int_to_bytes(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import bytesobject
    length = 1
    if args_w[1] is not None:
        length = ops.int_w(args_w[1])
        if length < 0:
            raise errors.value_error("length argument must be non-negative")
    order = byteorder_arg(args_w[2])
    signed = args_w[3] is not None and ops.is_true(args_w[3])
    try:
        data = self_int(args_w).big().tobytes(length, order, signed)
    except OverflowError as e:
        raise errors.overflow_error(str(e)) from None
    return bytesobject.W_BytesObject(data.decode("latin-1"))


@classmethod_(w_int, "from_bytes", "cls, bytes, byteorder=None, *, signed=None")
def int_from_bytes(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import bytesmethods, bytesobject
    w_source = args_w[1]
    assert w_source is not None
    if bytesobject.is_bytes_like(w_source):
        data = bytesobject.data_of(w_source)
    else:
        data = bytesmethods.bytes_from(w_source, None, None, "bytes")
    order = byteorder_arg(args_w[2])
    signed = args_w[3] is not None and ops.is_true(args_w[3])
    w_result = intobject.newlong(rbigint.frombytes(data.encode("latin-1"), order, signed))
    w_cls = args_w[0]
    if w_cls is w_int or w_cls is None:
        return w_result
    assert isinstance(w_cls, W_TypeObject)
    return ops.call_function(w_cls, [w_result])


def int_self_value(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_AbstractIntObject)
    return plain_int(w_obj)


def int_zero(w_obj: W_Root) -> W_Root:
    return intobject.newint(0)


def int_one(w_obj: W_Root) -> W_Root:
    return intobject.newint(1)


getset(w_int, "real", int_self_value)
getset(w_int, "imag", int_zero)
getset(w_int, "numerator", int_self_value)
getset(w_int, "denominator", int_one)


# ---- float --------------------------------------------------------------------------------------------

@method(w_float, "as_integer_ratio", "self")
def float_as_integer_ratio(args_w: list[W_Root | None]) -> W_Root:
    x = self_float(args_w)
    if rfloat.isnan(x):
        raise errors.value_error("cannot convert NaN to integer ratio")
    if rfloat.isinf(x):
        raise errors.overflow_error("cannot convert Infinity to integer ratio")
    num, den = rfloat.as_integer_ratio(x)
    return tupleobject.newtuple([intobject.newlong(num), intobject.newlong(den)])


@method(w_float, "conjugate", "self")
def float_conjugate(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.newfloat(self_float(args_w))


@method(w_float, "__trunc__", "self")
def float_trunc(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.to_int(self_float(args_w))


@method(w_float, "__floor__", "self")
def float_floor(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.to_int(rfloat.floor(self_float(args_w)))


@method(w_float, "__ceil__", "self")
def float_ceil(args_w: list[W_Root | None]) -> W_Root:
    return floatobject.to_int(rfloat.ceil(self_float(args_w)))


@method(w_float, "__getnewargs__", "self")
def float_getnewargs(args_w: list[W_Root | None]) -> W_Root:
    return tupleobject.newtuple([floatobject.newfloat(self_float(args_w))])


@method(w_float, "__format__", "self, format_spec, /")
def float_format(args_w: list[W_Root | None]) -> W_Root:
    spec = ops.text_w(args_w[1], "format() argument 2")
    x = self_float(args_w)
    if spec == "":
        w_self = args_w[0]
        assert w_self is not None
        return ops.str(w_self)
    return strobject.newstr(formatting.format_float_text(x, spec))


@method(w_float, "hex", "self")
def float_hex(args_w: list[W_Root | None]) -> W_Root:
    return strobject.newstr(floatobject.float_hex(self_float(args_w)))


@classmethod_(w_float, "fromhex", "cls, string, /")
def float_fromhex(args_w: list[W_Root | None]) -> W_Root:
    x = parse_hex_float(ops.text_w(args_w[1], "fromhex() argument"))
    w_cls = args_w[0]
    if w_cls is w_float or w_cls is None:
        return floatobject.newfloat(x)
    assert isinstance(w_cls, W_TypeObject)
    return ops.call_function(w_cls, [floatobject.newfloat(x)])


def hex_value(ch: str) -> int:
    if "0" <= ch <= "9":
        return ord(ch) - 48
    if "a" <= ch <= "f":
        return ord(ch) - 87
    if "A" <= ch <= "F":
        return ord(ch) - 55
    return -1


def parse_hex_float(text: str) -> float:
    """float.fromhex: [sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] decimal], or inf/nan."""
    s = text.strip(" \t\n\r\x0b\x0c")
    negative = False
    i = 0
    n = len(s)
    if i < n and (s[i] == "+" or s[i] == "-"):
        negative = s[i] == "-"
        i += 1
    rest = s[i:].lower()
    if rest == "inf" or rest == "infinity":
        return -rfloat.INF if negative else rfloat.INF
    if rest == "nan":
        return rfloat.NAN
    if i + 1 < n and s[i] == "0" and (s[i + 1] == "x" or s[i + 1] == "X"):
        i += 2
    mantissa = rbigint.fromint(0)
    exponent = 0
    digits = 0
    while i < n and hex_value(s[i]) >= 0:
        mantissa = mantissa.int_mul(16).int_add(hex_value(s[i]))
        digits += 1
        i += 1
    if i < n and s[i] == ".":
        i += 1
        while i < n and hex_value(s[i]) >= 0:
            mantissa = mantissa.int_mul(16).int_add(hex_value(s[i]))
            exponent -= 4
            digits += 1
            i += 1
    if digits == 0:
        raise errors.value_error("invalid hexadecimal floating-point string")
    if i < n and (s[i] == "p" or s[i] == "P"):
        i += 1
        exp_negative = False
        if i < n and (s[i] == "+" or s[i] == "-"):
            exp_negative = s[i] == "-"
            i += 1
        start = i
        value = 0
        while i < n and "0" <= s[i] <= "9":
            if value < 100000000:
                value = value * 10 + ord(s[i]) - 48
            i += 1
        if i == start:
            raise errors.value_error("invalid hexadecimal floating-point string")
        exponent += -value if exp_negative else value
    if i != n:
        raise errors.value_error("invalid hexadecimal floating-point string")
    result = scale_exact(mantissa, exponent)
    return -result if negative else result


def scale_exact(mantissa: rbigint, exponent: int) -> float:
    """mantissa * 2**exponent rounded to the nearest double (OverflowError when too large)."""
    if mantissa.is_zero():
        return 0.0
    bits = mantissa.bit_length()
    top = bits + exponent          # the value is in [2**(top-1), 2**top)
    if top > 1024:
        raise errors.overflow_error("hexadecimal value too large to represent as a float")
    # keep 53 significant bits (fewer for subnormals), rounding half to even on the rest
    keep = 53
    if top - 53 < -1074:
        keep = top + 1074
    if keep <= 0:
        if keep == 0 and mantissa.gt(rbigint.fromint(1).lshift(bits - 1)):
            return rfloat.ldexp(1.0, -1074)
        return 0.0
    shift = bits - keep
    if shift > 0:
        kept = mantissa.rshift(shift)
        rest = mantissa.sub(kept.lshift(shift))
        half = rbigint.fromint(1).lshift(shift - 1)
        if rest.gt(half) or (rest.eq(half) and kept.int_and_(1).tobool()):
            kept = kept.int_add(1)
        mantissa = kept
        exponent += shift
    result = rfloat.ldexp(mantissa.tofloat(), exponent)
    if rfloat.isinf(result):
        raise errors.overflow_error("hexadecimal value too large to represent as a float")
    return result


def float_self_value(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_FloatObject)
    return floatobject.newfloat(w_obj.floatval)


def float_zero(w_obj: W_Root) -> W_Root:
    return floatobject.newfloat(0.0)


getset(w_float, "real", float_self_value)
getset(w_float, "imag", float_zero)
