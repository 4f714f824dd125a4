"""The format-spec mini-language of format(), f-strings and str.format ([[fill]align][sign][z][#][0]
[width][grouping][.precision][type]) over int, float, complex and str, with CPython's error texts.
"""

from __future__ import annotations

from kit.rlib import rfloat
from languages.python.objspace import errors, floatobject, intobject, ops, strobject
from languages.python.objspace.root import W_Root

NUMBER_TYPES = "bcdoxXneEfFgG%"
FLOAT_TYPES = "eEfFgGn%"


class Spec:
    """A parsed format spec. `align` is "" when the spec gives none; `fill_given`/`align_given`
    tell the defaults apart from explicit choices (they decide what a leading '0' does)."""

    def __init__(self) -> None:
        self.fill = " "
        self.align = ""
        self.sign = ""
        self.no_neg_zero = False
        self.alternate = False
        self.width = -1
        self.grouping = ""
        self.precision = -1
        self.type = ""
        self.zero_pad = False


def is_align(ch: str) -> bool:
    return ch == "<" or ch == ">" or ch == "=" or ch == "^"


def parse_spec(spec: str, type_name: str = "", default_align: str = ">") -> Spec:
    """Parse `spec` the way CPython does for an object of type `type_name`."""
    result = Spec()
    n = len(spec)
    i = 0
    fill_given = False
    if n >= 2 and is_align(spec[1]):
        result.fill = spec[0]
        result.align = spec[1]
        fill_given = True
        i = 2
    elif n >= 1 and is_align(spec[0]):
        result.align = spec[0]
        i = 1
    if i < n and (spec[i] == "+" or spec[i] == "-" or spec[i] == " "):
        result.sign = spec[i]
        i += 1
    if i < n and spec[i] == "z":
        result.no_neg_zero = True
        i += 1
    if i < n and spec[i] == "#":
        result.alternate = True
        i += 1
    if not fill_given and i < n and spec[i] == "0":
        result.fill = "0"
        result.zero_pad = True
        if result.align == "" and default_align == ">":
            result.align = "="
        i += 1
    start = i
    while i < n and "0" <= spec[i] <= "9":
        i += 1
    if i > start:
        result.width = parse_decimal(spec[start:i])
    if i < n and (spec[i] == "," or spec[i] == "_"):
        result.grouping = spec[i]
        i += 1
        if i < n and (spec[i] == "," or spec[i] == "_"):
            if spec[i] == result.grouping:
                raise errors.value_error("Cannot specify '%s' with '%s'." % (spec[i], spec[i]))
            raise errors.value_error("Cannot specify both ',' and '_'.")
    if i < n and spec[i] == ".":
        i += 1
        start = i
        while i < n and "0" <= spec[i] <= "9":
            i += 1
        if i == start:
            raise errors.value_error("Format specifier missing precision")
        result.precision = parse_decimal(spec[start:i])
    if n - i > 1:
        raise errors.value_error("Invalid format specifier '%s' for object of type '%s'" % (spec, type_name))
    if i < n:
        result.type = spec[i]
    if result.grouping != "":
        check_grouping(result)
    return result


def parse_decimal(digits: str) -> int:
    value = 0
    for ch in digits:
        value = value * 10 + (ord(ch) - 48)
        if value > 0x7fffffff:
            raise errors.value_error("Too many decimal digits in format string")
    return value


def check_grouping(spec: Spec) -> None:
    kind = spec.type
    if kind == "" or kind in "deEfFgG%":
        return
    if spec.grouping == "_" and kind in "boxX":
        return
    raise errors.value_error("Cannot specify '%s' with '%s'." % (spec.grouping, kind))


# ---- layout ---------------------------------------------------------------------------------------------

def pad(body: str, sign: str, spec: Spec, default_align: str) -> str:
    """sign + body padded to the width: '=' puts the padding between the sign and the body."""
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


def group_digits(digits: str, separator: str, size: int, min_width: int) -> str:
    """Digits with `separator` between groups of `size` from the right, extended with zeros to at
    least `min_width` characters (CPython's algorithm: the result can be one character wider)."""
    if separator == "":
        if len(digits) < min_width:
            return "0" * (min_width - len(digits)) + digits
        return digits
    groups: list[str] = []
    remaining = len(digits)
    if min_width < 0:
        min_width = 0
    while True:
        length = min(size, max(max(remaining, min_width), 1))
        zeros = max(0, length - remaining)
        chars = max(0, min(remaining, length))
        start = remaining - chars
        assert start >= 0
        groups.append("0" * zeros + digits[start:remaining])
        remaining -= chars
        min_width -= length
        if remaining <= 0 and min_width <= 0:
            break
        min_width -= len(separator)
    groups.reverse()
    return separator.join(groups)


def sign_text(negative: bool, spec: Spec) -> str:
    if negative:
        return "-"
    if spec.sign == "+":
        return "+"
    if spec.sign == " ":
        return " "
    return ""


def zero_width(spec: Spec, others: int) -> int:
    """How many digit characters '0'-padding must produce (0 when it is not in effect)."""
    if spec.fill == "0" and spec.align == "=":
        return spec.width - others
    return 0


# ---- int ----------------------------------------------------------------------------------------------

def format_int(w_int: intobject.W_AbstractIntObject, spec: Spec) -> str:
    kind = spec.type
    if kind != "" and kind in FLOAT_TYPES and kind != "n":
        return format_float(intobject.to_float(w_int), spec)
    if kind != "" and kind not in "bcdoxXn":
        raise errors.value_error("Unknown format code '%s' for object of type 'int'" % kind)
    if spec.precision >= 0:
        raise errors.value_error("Precision not allowed in integer format specifier")
    if spec.no_neg_zero:
        raise errors.value_error("Negative zero coercion (z) not allowed in integer format specifier")
    if kind == "c":
        if spec.sign != "":
            raise errors.value_error("Sign not allowed with integer format specifier 'c'")
        if spec.alternate:
            raise errors.value_error("Alternate form (#) not allowed with integer format specifier 'c'")
        code = 0
        if intobject.is_negative(w_int) or not intobject.fits_machine(w_int):
            code = -1
        else:
            code = intobject.as_machine_int(w_int)
        if code < 0 or code > 0x10FFFF:
            raise errors.overflow_error("%c arg not in range(0x110000)")
        return pad(chr(code), "", spec, "<")
    negative = intobject.is_negative(w_int)
    w_abs = intobject.abs_(w_int)
    prefix = ""
    group_size = 3
    if kind == "x" or kind == "X":
        digits = intobject.int_format_base(w_abs, 16)
        prefix = "0x"
        group_size = 4
        if kind == "X":
            digits = digits.upper()
            prefix = "0X"
    elif kind == "o":
        digits = intobject.int_format_base(w_abs, 8)
        prefix = "0o"
        group_size = 4
    elif kind == "b":
        digits = intobject.int_format_base(w_abs, 2)
        prefix = "0b"
        group_size = 4
    else:
        digits = intobject.int_str(w_abs)
    if not spec.alternate:
        prefix = ""
    sign = sign_text(negative, spec)
    body = group_digits(digits, spec.grouping, group_size, zero_width(spec, len(sign) + len(prefix)))
    return pad(prefix + body, sign, spec, ">")


# ---- float --------------------------------------------------------------------------------------------

def float_body(x: float, kind: str, precision: int, alternate: bool) -> str:
    """The unsigned text of abs(x) for a format type ('' is format()'s default, 'r' is repr)."""
    if kind == "":
        if precision < 0:
            return rfloat.format_float(x, "r", 0, alternate=alternate, add_dot_0=True)
        return rfloat.format_float(x, "g", precision if precision > 0 else 1, alternate=alternate,
                                   add_dot_0=True)
    if kind == "n":
        kind = "g"
    if kind == "%":
        return rfloat.format_float(x * 100.0, "f", 6 if precision < 0 else precision, alternate=alternate) + "%"
    return rfloat.format_float(x, kind, 6 if precision < 0 else precision, alternate=alternate)


def split_number(body: str) -> tuple[str, str]:
    """The leading digits of a formatted number and the rest (point, fraction, exponent, '%')."""
    i = 0
    while i < len(body) and "0" <= body[i] <= "9":
        i += 1
    return body[:i], body[i:]


def format_float(x: float, spec: Spec) -> str:
    kind = spec.type
    if kind != "" and kind not in FLOAT_TYPES:
        raise errors.value_error("Unknown format code '%s' for object of type 'float'" % kind)
    negative = rfloat.signbit(x) and not rfloat.isnan(x)
    if negative:
        x = -x
    body = float_body(x, kind, spec.precision, spec.alternate)
    if spec.no_neg_zero and negative and is_zero_text(body):
        negative = False
    sign = sign_text(negative, spec)
    if not rfloat.isfinite(x):
        return pad(body, sign, spec, ">")
    digits, rest = split_number(body)
    grouped = group_digits(digits, spec.grouping, 3, zero_width(spec, len(sign) + len(rest)))
    return pad(grouped + rest, sign, spec, ">")


def is_zero_text(body: str) -> bool:
    """Does a formatted number show only zeros (so that 'z' drops its minus sign)?"""
    for ch in body:
        if "1" <= ch <= "9":
            return False
        if ch == "e" or ch == "E":
            return True
    return True


# ---- complex ------------------------------------------------------------------------------------------

def format_complex(real: float, imag: float, spec: Spec) -> str:
    kind = spec.type
    if kind != "" and kind not in "eEfFgGn":
        raise errors.value_error("Unknown format code '%s' for object of type 'complex'" % kind)
    if spec.fill == "0" and spec.zero_pad:
        raise errors.value_error("Zero padding is not allowed in complex format specifier")
    if spec.align == "=":
        raise errors.value_error("'=' alignment flag is not allowed in complex format specifier")
    # no type and no precision: repr's layout, which drops a zero real part and adds parentheses
    bare = kind == "" and spec.precision < 0
    skip_real = bare and real == 0.0 and not rfloat.signbit(real)
    part_kind = kind
    if kind == "":
        part_kind = "r" if spec.precision < 0 else "g"
    imag_negative = rfloat.signbit(imag) and not rfloat.isnan(imag)
    imag_text = complex_part(-imag if imag_negative else imag, part_kind, spec)
    if spec.no_neg_zero and imag_negative and is_zero_text(imag_text):
        imag_negative = False
    if skip_real:
        text = sign_text(imag_negative, spec) + imag_text + "j"
        return pad(text, "", spec, ">")
    real_negative = rfloat.signbit(real) and not rfloat.isnan(real)
    real_text = complex_part(-real if real_negative else real, part_kind, spec)
    if spec.no_neg_zero and real_negative and is_zero_text(real_text):
        real_negative = False
    text = (sign_text(real_negative, spec) + real_text + ("-" if imag_negative else "+") + imag_text + "j")
    if bare:
        text = "(" + text + ")"
    return pad(text, "", spec, ">")


def complex_part(x: float, kind: str, spec: Spec) -> str:
    if kind == "r":
        text = rfloat.format_float(x, "r", 0)
        return text
    body = float_body(x, kind, spec.precision, spec.alternate)
    if spec.grouping != "" and rfloat.isfinite(x):
        digits, rest = split_number(body)
        body = group_digits(digits, spec.grouping, 3, 0) + rest
    return body


# ---- str ----------------------------------------------------------------------------------------------

def format_str(text: str, spec: Spec) -> str:
    if spec.type != "" and spec.type != "s":
        raise errors.value_error("Unknown format code '%s' for object of type 'str'" % spec.type)
    if spec.sign != "":
        raise errors.value_error("Sign not allowed in string format specifier")
    if spec.alternate:
        raise errors.value_error("Alternate form (#) not allowed in string format specifier")
    if spec.align == "=":
        raise errors.value_error("'=' alignment not allowed in string format specifier")
    if spec.grouping != "":
        raise errors.value_error("Cannot specify '%s' with 's'." % spec.grouping)
    if spec.precision >= 0 and spec.precision < len(text):
        text = text[:spec.precision]
    return pad(text, "", spec, "<")


def format_text(text: str, spec_text: str) -> str:
    """str.__format__."""
    if spec_text == "":
        return text
    return format_str(text, parse_spec(spec_text, "str", "<"))


def format_int_text(w_int: intobject.W_AbstractIntObject, spec_text: str) -> str:
    """int.__format__ (an empty spec gives str(), so 'True' for bool)."""
    return format_int(w_int, parse_spec(spec_text, "int"))


def format_float_text(x: float, spec_text: str) -> str:
    """float.__format__."""
    return format_float(x, parse_spec(spec_text, "float"))


# ---- format() -----------------------------------------------------------------------------------------

def format(w_value: W_Root, spec: str) -> W_Root:
    """format(value, spec): the builtin types directly, anything else through __format__."""
    if not w_value._user_:
        if isinstance(w_value, intobject.W_BoolObject):
            if spec == "":
                return ops.str(w_value)
            return strobject.newstr(format_int_text(w_value, spec))
        elif isinstance(w_value, intobject.W_AbstractIntObject):
            if spec == "":
                return strobject.newstr(intobject.int_str(w_value))
            return strobject.newstr(format_int_text(w_value, spec))
        elif isinstance(w_value, floatobject.W_FloatObject):
            if spec == "":
                return strobject.newstr(floatobject.float_repr(w_value.floatval))
            return strobject.newstr(format_float_text(w_value.floatval, spec))
        elif isinstance(w_value, strobject.W_StrObject):
            return strobject.newstr(format_text(w_value.value, spec))
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
