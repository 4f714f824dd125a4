"""Literal values: numbers, str and bytes escapes, and the reprs of the boxed constants, checked
against CPython's own evaluation of the same literal text."""

from __future__ import annotations

import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

from languages.python.parser.consts import ConstComplex, ConstFloat, bytes_repr, digits_to_decimal, str_repr
from languages.python.parser.literals import LiteralError, decode_bytes_escapes, decode_unicode_escapes, parse_number


def python_eval(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return eval(text)


def underscored(digits: str, data) -> str:
    """Insert single underscores between some digits."""
    out = digits[0]
    for ch in digits[1:]:
        if data.draw(st.booleans()):
            out += "_"
        out += ch
    return out


@given(st.integers(min_value=0, max_value=10 ** 60), st.sampled_from(["", "0x", "0o", "0b", "0X", "0O", "0B"]),
       st.data())
def test_integer_literals(value, prefix, data):
    base = {"": 10, "0x": 16, "0o": 8, "0b": 2}[prefix.lower()]
    digits = ""
    v = value
    while True:
        digits = "0123456789abcdef"[v % base] + digits
        v //= base
        if v == 0:
            break
    if data.draw(st.booleans()):
        digits = digits.upper()
    text = prefix + underscored(digits, data)
    assert parse_number(text).repr() == repr(python_eval(text))


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=0.0))
def test_float_literals(value):
    text = repr(value)
    assert parse_number(text).repr() == repr(python_eval(text))
    assert ConstFloat(value).repr() == repr(value)


@given(st.floats(allow_nan=False, min_value=0.0))
def test_imaginary_literals(value):
    text = repr(value) + "j" if value != float("inf") else "1e400j"
    assert parse_number(text).repr() == repr(python_eval(text))
    assert ConstComplex(value).repr() == repr(complex(0.0, value))


@given(st.text(alphabet="0123456789", min_size=1, max_size=80), st.sampled_from([2, 8, 10, 16]))
def test_digits_to_decimal(digits, base):
    digits = "".join(d for d in digits if int(d) < base) or "0"
    assert digits_to_decimal(digits, base) == str(int(digits, base))


ESCAPE_PIECES = st.sampled_from([
    "a", "Z", " ", "é", "日", "\\n", "\\t", "\\\\", "\\'", '\\"', "\\a", "\\b", "\\f", "\\v", "\\r", "\\0", "\\7",
    "\\12", "\\377", "\\400", "\\x41", "\\xff", "\\x4", "\\xg0", "\\u00e9", "\\u12", "\\U0001F600", "\\U00110000",
    "\\U1234", "\\N{BULLET}", "\\N{latin small letter a}", "\\N{NO SUCH NAME}", "\\N", "\\N{", "\\q", "\\d", "\\é",
    "\\\n", "{", "}",
])


@settings(max_examples=300)
@given(st.lists(ESCAPE_PIECES, max_size=8))
def test_str_escapes(pieces):
    body = "".join(pieces)
    try:
        expected = python_eval("'" + body + "'")
    except SyntaxError as e:
        try:
            decode_unicode_escapes(body)
        except LiteralError as mine:
            assert mine.msg == e.msg
        else:
            raise AssertionError("no error for %r (CPython: %s)" % (body, e.msg)) from None
        return
    assert decode_unicode_escapes(body) == expected


@settings(max_examples=300)
@given(st.lists(ESCAPE_PIECES.filter(lambda p: p.isascii()), max_size=8))
def test_bytes_escapes(pieces):
    body = "".join(pieces)
    try:
        expected = python_eval("b'" + body + "'")
    except SyntaxError as e:
        try:
            decode_bytes_escapes(body, False)
        except LiteralError as mine:
            assert mine.msg == e.msg
        else:
            raise AssertionError("no error for %r (CPython: %s)" % (body, e.msg)) from None
        return
    assert decode_bytes_escapes(body, False) == expected.decode("latin-1")


@given(st.binary(max_size=20))
def test_bytes_repr(value):
    assert bytes_repr(value.decode("latin-1")) == repr(value)


@given(st.text(max_size=20))
def test_str_repr(value):
    assert str_repr(value) == repr(value)


def test_str_repr_of_unusual_characters():
    for text in ["\udc80", "\ufeff", "\xa0", "\u2007", "\U000e01ef", "'\"", "'", "\x7f\x1b", "\U0001f600"]:
        assert str_repr(text) == repr(text)
