"""Values of number and string literals: number text to a ConstValue, escape sequences decoded
the way CPython's unicode-escape and bytes-escape decoders do (with their error messages).
"""

from __future__ import annotations

from languages.python.parser import unicodedb
from languages.python.parser.consts import (
    ConstBigInt,
    ConstComplex,
    ConstFloat,
    ConstInt,
    ConstValue,
    int_from_digits,
)
from languages.python.parser.errors import hex_digits

MAX_STR_DIGITS = 4300  # CPython 3.11's default limit for decimal int conversion
MAX_UNICODE = 0x10FFFF
HEX = "0123456789abcdefABCDEF"
OCTAL = "01234567"


class LiteralError(Exception):
    """A literal that cannot be decoded; `msg` is CPython's SyntaxError message."""

    def __init__(self, msg: str) -> None:
        self.msg = msg

    def __str__(self) -> str:
        return self.msg


# ---- numbers -------------------------------------------------------------------------------------


def parse_number(text: str) -> ConstValue:
    """The value of a NUMBER token (the tokenizer has checked its syntax)."""
    s = text.replace("_", "")
    last = s[len(s) - 1]
    if last == "j" or last == "J":
        return ConstComplex(float(s[:len(s) - 1]))
    if len(s) > 1 and s[0] == "0" and s[1] in "xXoObB":
        letter = s[1].lower()
        base = 16
        if letter == "o":
            base = 8
        elif letter == "b":
            base = 2
        return make_int(s[2:], base)
    if "." in s or "e" in s or "E" in s:
        return ConstFloat(float(s))
    if len(s) > MAX_STR_DIGITS:
        raise LiteralError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                           "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
                           "huge integer literals to avoid decimal conversion limits." % (MAX_STR_DIGITS, len(s)))
    return make_int(s, 10)


def make_int(digits: str, base: int) -> ConstValue:
    try:
        return ConstInt(int_from_digits(digits, base))
    except OverflowError:
        first = 0
        while first < len(digits) - 1 and digits[first] == "0":
            first += 1
        return ConstBigInt(digits[first:], base)


# ---- string escapes ------------------------------------------------------------------------------


def hex_value(ch: str) -> int:
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "a" <= ch <= "f":
        return ord(ch) - ord("a") + 10
    return ord(ch) - ord("A") + 10


def escape_width(ch: str) -> int:
    """How many bytes CPython's decoder sees for one source character (non-ASCII is re-escaped)."""
    if ord(ch) < 0x80:
        return 1
    return 10


class _Positions:
    """Maps indexes in the literal body to the byte positions CPython's error messages use."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.ascii = len(body.encode("utf-8")) == len(body)

    def at(self, index: int) -> int:
        if self.ascii:
            return index
        pos = 0
        i = 0
        while i < index:
            ch = self.body[i]
            if ch == "\\" and i + 1 < len(self.body):
                # CPython copies a backslash with the character after it; before a non-ASCII
                # character it writes the backslash as \u005c
                following = self.body[i + 1]
                pos += 1 + escape_width(following)
                if ord(following) >= 0x80:
                    pos += 5
                i += 2
            else:
                pos += escape_width(ch)
                i += 1
        return pos


def unicode_escape_error(body: str, start: int, end: int, reason: str) -> LiteralError:
    positions = _Positions(body)
    first = positions.at(start)
    last = positions.at(end) - 1
    if last <= first:
        where = "byte 0x%s in position %d" % (hex_digits(ord(body[start]) & 0xFF, 2, False), first)
    else:
        where = "bytes in position %d-%d" % (first, last)
    return LiteralError("(unicode error) 'unicodeescape' codec can't decode %s: %s" % (where, reason))


def decode_unicode_escapes(body: str) -> str:
    """Decode the escapes of a non-raw str literal body."""
    if "\\" not in body:
        return body
    out: list[str] = []
    n = len(body)
    i = 0
    while i < n:
        ch = body[i]
        if ch != "\\":
            j = body.find("\\", i)
            if j < 0:
                j = n
            out.append(body[i:j])
            i = j
            continue
        start = i
        i += 1
        if i >= n:
            raise unicode_escape_error(body, start, i, "\\ at end of string")
        c = body[i]
        i += 1
        if c == "\n":
            continue
        elif c == "\\":
            out.append("\\")
        elif c == "'":
            out.append("'")
        elif c == '"':
            out.append('"')
        elif c == "b":
            out.append("\b")
        elif c == "f":
            out.append("\f")
        elif c == "t":
            out.append("\t")
        elif c == "n":
            out.append("\n")
        elif c == "r":
            out.append("\r")
        elif c == "v":
            out.append("\v")
        elif c == "a":
            out.append("\a")
        elif c in OCTAL:
            value = ord(c) - ord("0")
            if i < n and body[i] in OCTAL:
                value = value * 8 + ord(body[i]) - ord("0")
                i += 1
                if i < n and body[i] in OCTAL:
                    value = value * 8 + ord(body[i]) - ord("0")
                    i += 1
            out.append(chr(value))
        elif c == "x" or c == "u" or c == "U":
            count = 2
            reason = "truncated \\xXX escape"
            if c == "u":
                count = 4
                reason = "truncated \\uXXXX escape"
            elif c == "U":
                count = 8
                reason = "truncated \\UXXXXXXXX escape"
            value = 0
            while count > 0:
                if i >= n or body[i] not in HEX:
                    raise unicode_escape_error(body, start, i, reason)
                value = value * 16 + hex_value(body[i])
                i += 1
                count -= 1
            if value > MAX_UNICODE:
                raise unicode_escape_error(body, start, i, "illegal Unicode character")
            out.append(chr(value))
        elif c == "N":
            reason = "malformed \\N character escape"
            if i >= n or body[i] != "{":
                raise unicode_escape_error(body, start, i, reason)
            i += 1
            close = body.find("}", i)
            if close < 0:
                raise unicode_escape_error(body, start, n, reason)
            if close == i:
                raise unicode_escape_error(body, start, i, reason)
            code = unicodedb.lookup_name(body[i:close])
            i = close + 1
            if code < 0:
                raise unicode_escape_error(body, start, i, "unknown Unicode character name")
            out.append(chr(code))
        else:
            # an unknown escape keeps its backslash (CPython warns about it)
            out.append("\\")
            out.append(c)
    return "".join(out)


def decode_bytes_escapes(body: str, raw: bool) -> str:
    """The value of a bytes literal body as a str of byte values (chr(0) to chr(255)); the caller
    has checked that the body is ASCII."""
    if raw or "\\" not in body:
        return body
    out: list[str] = []
    n = len(body)
    i = 0
    while i < n:
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        start = i
        i += 1
        c = body[i]
        i += 1
        if c == "\n":
            continue
        elif c == "\\":
            out.append("\\")
        elif c == "'":
            out.append("'")
        elif c == '"':
            out.append('"')
        elif c == "b":
            out.append("\b")
        elif c == "f":
            out.append("\f")
        elif c == "t":
            out.append("\t")
        elif c == "n":
            out.append("\n")
        elif c == "r":
            out.append("\r")
        elif c == "v":
            out.append("\v")
        elif c == "a":
            out.append("\a")
        elif c in OCTAL:
            value = ord(c) - ord("0")
            if i < n and body[i] in OCTAL:
                value = value * 8 + ord(body[i]) - ord("0")
                i += 1
                if i < n and body[i] in OCTAL:
                    value = value * 8 + ord(body[i]) - ord("0")
                    i += 1
            out.append(chr(value & 0xFF))
        elif c == "x":
            if i + 1 < n + 1 and i + 2 <= n and body[i] in HEX and body[i + 1] in HEX:
                out.append(chr(hex_value(body[i]) * 16 + hex_value(body[i + 1])))
                i += 2
            else:
                raise LiteralError("(value error) invalid \\x escape at position %d" % start)
        else:
            out.append("\\")
            out.append(c)
    return "".join(out)


def is_ascii(text: str) -> bool:
    return len(text.encode("utf-8")) == len(text)
