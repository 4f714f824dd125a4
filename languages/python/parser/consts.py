"""Boxed literal values for `Constant.value` and `MatchSingleton.value`: one class per Python type.

RPython needs one static type per field, so every literal is a ConstValue: None, Ellipsis, bool,
machine int, big int (kept as digit text and base), float, complex (imaginary part), str and bytes.
"""

from __future__ import annotations

from kit.rlib.rarithmetic import ovfcheck
from languages.python.parser import unicodedb
from languages.python.parser.errors import hex_digits


class ConstValue:
    """A literal value of the AST; `repr()` gives CPython's repr() of the value."""

    def repr(self) -> str:
        raise NotImplementedError

    def type_name(self) -> str:
        raise NotImplementedError


class ConstNone(ConstValue):
    def repr(self) -> str:
        return "None"

    def type_name(self) -> str:
        return "NoneType"


class ConstEllipsis(ConstValue):
    def repr(self) -> str:
        return "Ellipsis"

    def type_name(self) -> str:
        return "ellipsis"


class ConstBool(ConstValue):
    def __init__(self, value: bool) -> None:
        self.value = value

    def repr(self) -> str:
        if self.value:
            return "True"
        return "False"

    def type_name(self) -> str:
        return "bool"


class ConstInt(ConstValue):
    """An integer literal that fits in a machine word."""

    def __init__(self, value: int) -> None:
        self.value = value

    def repr(self) -> str:
        return str(self.value)

    def type_name(self) -> str:
        return "int"


class ConstBigInt(ConstValue):
    """An integer literal too big for a machine word: its digits (no prefix, no '_') and base."""

    def __init__(self, digits: str, base: int) -> None:
        self.digits = digits
        self.base = base

    def repr(self) -> str:
        return digits_to_decimal(self.digits, self.base)

    def type_name(self) -> str:
        return "int"


class ConstFloat(ConstValue):
    def __init__(self, value: float) -> None:
        self.value = value

    def repr(self) -> str:
        return repr(self.value)

    def type_name(self) -> str:
        return "float"


class ConstComplex(ConstValue):
    """An imaginary literal `Nj`: the real part is always +0.0."""

    def __init__(self, imag: float) -> None:
        self.imag = imag

    def repr(self) -> str:
        text = repr(self.imag)
        # complex repr drops the '.0' of integral parts: 2j, 1e+16j, infj
        if text.endswith(".0"):
            text = text[:len(text) - 2]
        return text + "j"

    def type_name(self) -> str:
        return "complex"


class ConstStr(ConstValue):
    def __init__(self, value: str) -> None:
        self.value = value

    def repr(self) -> str:
        return str_repr(self.value)

    def type_name(self) -> str:
        return "str"


class ConstBytes(ConstValue):
    """A bytes literal; `value` holds one character per byte (chr(0) to chr(255))."""

    def __init__(self, value: str) -> None:
        self.value = value

    def repr(self) -> str:
        return bytes_repr(self.value)

    def type_name(self) -> str:
        return "bytes"


def str_repr(value: str) -> str:
    """CPython's repr() of a str: quotes, backslash escapes, and \\x/\\u/\\U escapes for the
    characters Unicode does not call printable."""
    quote = "'"
    if "'" in value and '"' not in value:
        quote = '"'
    pieces = [quote]
    for ch in value:
        code = ord(ch)
        if ch == quote or ch == "\\":
            pieces.append("\\" + ch)
        elif ch == "\t":
            pieces.append("\\t")
        elif ch == "\n":
            pieces.append("\\n")
        elif ch == "\r":
            pieces.append("\\r")
        elif code < 0x20 or code == 0x7F:
            pieces.append("\\x" + hex_digits(code, 2, False))
        elif code < 0x7F or unicodedb.is_printable(code):
            pieces.append(ch)
        elif code <= 0xFF:
            pieces.append("\\x" + hex_digits(code, 2, False))
        elif code <= 0xFFFF:
            pieces.append("\\u" + hex_digits(code, 4, False))
        else:
            pieces.append("\\U" + hex_digits(code, 8, False))
    pieces.append(quote)
    return "".join(pieces)


def bytes_repr(value: str) -> str:
    """CPython's repr() of the bytes whose values are the characters of `value`."""
    quote = "'"
    if "'" in value and '"' not in value:
        quote = '"'
    pieces = ["b", quote]
    hexdigits = "0123456789abcdef"
    for ch in value:
        code = ord(ch)
        if ch == quote or ch == "\\":
            pieces.append("\\" + ch)
        elif ch == "\t":
            pieces.append("\\t")
        elif ch == "\n":
            pieces.append("\\n")
        elif ch == "\r":
            pieces.append("\\r")
        elif code < 0x20 or code >= 0x7F:
            pieces.append("\\x" + hexdigits[code // 16] + hexdigits[code % 16])
        else:
            pieces.append(ch)
    pieces.append(quote)
    return "".join(pieces)


CONST_NONE = ConstNone()
CONST_ELLIPSIS = ConstEllipsis()
CONST_TRUE = ConstBool(True)
CONST_FALSE = ConstBool(False)

DECIMAL_LIMB = 1000000000  # 10**9: one limb of the decimal conversion holds nine digits


def digit_value(ch: str) -> int:
    """The value of one digit character in bases up to 16 (the caller has validated it)."""
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "f":
        return ord(ch) - ord("a") + 10
    return ord(ch) - ord("A") + 10


def int_from_digits(digits: str, base: int) -> int:
    """The value of a digit string in a machine word; raises OverflowError if it does not fit."""
    value = 0
    for ch in digits:
        value = ovfcheck(value * base)
        value = ovfcheck(value + digit_value(ch))
    return value


def digits_to_decimal(digits: str, base: int) -> str:
    """Decimal text of an arbitrarily long digit string (schoolbook multiply-add on 10**9 limbs)."""
    limbs = [0]  # little-endian, base DECIMAL_LIMB
    for ch in digits:
        carry = digit_value(ch)
        for i in range(len(limbs)):
            total = limbs[i] * base + carry
            limbs[i] = total % DECIMAL_LIMB
            carry = total // DECIMAL_LIMB
        while carry > 0:
            limbs.append(carry % DECIMAL_LIMB)
            carry = carry // DECIMAL_LIMB
    pieces = [str(limbs[len(limbs) - 1])]
    i = len(limbs) - 2
    while i >= 0:
        limb = str(limbs[i])
        pieces.append("0" * (9 - len(limb)) + limb)
        i -= 1
    return "".join(pieces)
