"""The format-spec mini-language for format(), f-strings and str.format (fill, align, sign,
width, grouping, precision, type) over int, float and str, plus ascii()."""

from __future__ import annotations

from kit.rlib import rfloat
from languages.python.objspace import errors, floatobject, intobject, ops, strobject
from languages.python.objspace.root import W_Root


class Spec:
    def __init__(self) -> None:
        self.fill = " "
        self.align = ""
        self.sign = "-"
        self.alternate = False
        self.width = -1
        self.grouping = ""
        self.precision = -1
        self.type = ""


def parse_spec(spec: str) -> Spec:
    result = Spec()
    n = len(spec)
    i = 0
    if n >= 2 and spec[1] in "<>=^":
        result.fill = spec[0]
        result.align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        result.align = spec[0]
        i = 1
    if i < n and spec[i] in "+- ":
        result.sign = spec[i]
        i += 1
    if i < n and spec[i] == "#":
        result.alternate = True
        i += 1
    if i < n and spec[i] == "0":
        if result.align == "":
            result.fill = "0"
            result.align = "="
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        result.width = int(spec[start:i])
    if i < n and (spec[i] == "," or spec[i] == "_"):
        result.grouping = spec[i]
        i += 1
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise errors.value_error("Format specifier missing precision")
        result.precision = int(spec[start:i])
    if i < n:
        result.type = spec[i]
        i += 1
    if i < n:
        raise errors.value_error("Invalid format specifier '%s'" % spec)
    return result


def pad(body: str, sign: str, spec: Spec, default_align: str) -> str:
    align = spec.align if spec.align != "" else default_align
    total = len(sign) + len(body)
    if spec.width <= total:
        return sign + body
    padding = spec.width - total
    if align == "<":
        return sign + body + spec.fill * padding
    if align == ">":
        return spec.fill * padding + sign + body
    if align == "=":
        return sign + spec.fill * padding + body
    left = padding // 2
    return spec.fill * left + sign + body + spec.fill * (padding - left)


def group_digits(digits: str, separator: str) -> str:
    if separator == "":
        return digits
    pieces: list[str] = []
    end = len(digits)
    while end > 3:
        start = end - 3
        pieces.append(digits[start:end])
        end = start
    pieces.append(digits[0:end])
    pieces.reverse()
    return separator.join(pieces)


def sign_of(negative: bool, spec: Spec) -> str:
    if negative:
        return "-"
    if spec.sign == "+":
        return "+"
    if spec.sign == " ":
        return " "
    return ""


def format_int(w_int: intobject.W_AbstractIntObject, spec: Spec) -> str:
    kind = spec.type
    if kind != "" and kind in "eEfFgG%":
        return format_float(intobject.to_float(w_int), spec)
    negative = intobject.is_negative(w_int)
    w_abs = intobject.abs_(w_int)
    prefix = ""
    if kind == "" or kind == "d" or kind == "n":
        digits = intobject.int_str(w_abs)
    elif kind == "x" or kind == "X":
        digits = intobject.int_format_base(w_abs, 16)
        prefix = "0x"
        if kind == "X":
            digits = digits.upper()
            prefix = "0X"
    elif kind == "o":
        digits = intobject.int_format_base(w_abs, 8)
        prefix = "0o"
    elif kind == "b":
        digits = intobject.int_format_base(w_abs, 2)
        prefix = "0b"
    elif kind == "c":
        return pad(chr(intobject.as_machine_int(w_int)), "", spec, "<")
    else:
        raise errors.value_error("Unknown format code '%s' for object of type 'int'" % kind)
    digits = group_digits(digits, spec.grouping)
    if not spec.alternate:
        prefix = ""
    return pad(prefix + digits, sign_of(negative, spec), spec, ">")


def format_float(x: float, spec: Spec) -> str:
    kind = spec.type
    precision = spec.precision
    negative = rfloat.copysign(1.0, x) < 0.0
    if negative:
        x = -x
    if x != x:
        body = "nan"
    elif x == float("inf"):
        body = "inf"
    elif kind == "" and precision < 0:
        body = floatobject.float_repr(x)
    elif kind == "f" or kind == "F" or kind == "%":
        if precision < 0:
            precision = 6
        if kind == "%":
            x = x * 100.0
        body = rfloat.format_float(x, "f", precision)
        if kind == "%":
            body += "%"
    elif kind == "e" or kind == "E":
        if precision < 0:
            precision = 6
        body = rfloat.format_float(x, "e", precision)
        if kind == "E":
            body = body.upper()
    elif kind == "g" or kind == "G" or kind == "":
        if precision < 0:
            precision = 6
        if precision == 0:
            precision = 1
        body = rfloat.format_float(x, "g", precision, add_dot_0=kind == "")
        if kind == "G":
            body = body.upper()
    else:
        raise errors.value_error("Unknown format code '%s' for object of type 'float'" % kind)
    if spec.grouping != "":
        dot = body.find(".")
        if dot < 0:
            dot = len(body)
        body = group_digits(body[:dot], spec.grouping) + body[dot:]
    return pad(body, sign_of(negative, spec), spec, ">")


def format_str(text: str, spec: Spec) -> str:
    if spec.type != "" and spec.type != "s":
        raise errors.value_error("Unknown format code '%s' for object of type 'str'" % spec.type)
    if spec.precision >= 0 and spec.precision < len(text):
        text = text[:spec.precision]
    return pad(text, "", spec, "<")


def format(w_value: W_Root, spec: str) -> W_Root:
    """format(value, spec)."""
    if not w_value._user_:
        if isinstance(w_value, intobject.W_BoolObject):
            if spec == "":
                return ops.str(w_value)
        elif isinstance(w_value, intobject.W_AbstractIntObject):
            return strobject.newstr(format_int(w_value, parse_spec(spec)))
        elif isinstance(w_value, floatobject.W_FloatObject):
            return strobject.newstr(format_float(w_value.floatval, parse_spec(spec)))
        elif isinstance(w_value, strobject.W_StrObject):
            return strobject.newstr(format_str(w_value.value, parse_spec(spec)))
    w_format = ops.type_of(w_value).lookup("__format__")
    if w_format is None:
        return ops.str(w_value)
    w_result = ops.call_function(w_format, [w_value, strobject.newstr(spec)])
    if not isinstance(w_result, strobject.W_StrObject):
        raise errors.type_error("__format__ must return a str, not %s" % ops.type_name(w_result))
    return w_result


def ascii_of(text: str) -> str:
    pieces: list[str] = []
    for ch in text:
        code = ord(ch)
        if code < 128:
            pieces.append(ch)
        elif code < 256:
            pieces.append("\\x%02x" % code)
        elif code < 65536:
            pieces.append("\\u%04x" % code)
        else:
            pieces.append("\\U%08x" % code)
    return "".join(pieces)
