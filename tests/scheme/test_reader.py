"""The reader: positions, errors, datum labels, and printing/reading round trips."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from languages.scheme.numbers import W_Fixnum, W_Flonum
from languages.scheme.objects import EOF, W_Char, W_Pair, W_SourcePair, W_String, W_Symbol, W_Vector
from languages.scheme.printer import write_string
from languages.scheme.reader import Reader, ReadError


def read_one(text):
    return Reader(text, "t.scm").read()


def test_positions_of_lists():
    forms = Reader("(a)\n  (b\n (c))", "t.scm").read_all()
    assert isinstance(forms[0], W_SourcePair)
    assert (forms[0].pos.line, forms[0].pos.column) == (1, 1)
    assert (forms[1].pos.line, forms[1].pos.column) == (2, 3)
    inner = forms[1].cdr.car
    assert (inner.pos.line, inner.pos.column) == (3, 2)


def test_positions_can_be_turned_off():
    form = Reader("(a b)", "t.scm", positions=False).read()
    assert isinstance(form, W_Pair) and not isinstance(form, W_SourcePair)


@pytest.mark.parametrize("text,message,line,column,incomplete", [
    ("(a b", "unexpected end of input", 1, 1, True),
    ('"abc', "unterminated string", 1, 1, True),
    ("#| never closed", "unterminated #| comment", 1, 1, True),
    ("(a))", "unexpected ')'", 1, 4, False),
    ("(a . )", "a datum must follow '.'", 1, 6, False),
    ("(. a)", "bad use of '.'", 1, 2, False),
    ("(a . b c)", "more than one datum after '.'", 1, 8, False),
    ("\n  #\\bogus", "unknown character name", 2, 3, False),
    ("#u8(1 300)", "bytevector", 1, 7, False),
    ("#q", "bad syntax #q", 1, 1, False),
    ("#1#", "undefined datum label", 1, 1, False),
    ("(a ]", "closes a list opened with the other bracket", 1, 4, False),
    ("3+4i", "complex numbers are not supported", 1, 1, False),
])
def test_errors_name_line_and_column(text, message, line, column, incomplete):
    with pytest.raises(ReadError) as info:
        Reader(text, "t.scm").read_all()
    assert message in info.value.reason
    assert (info.value.pos.line, info.value.pos.column) == (line, column)
    assert info.value.incomplete == incomplete


def test_eof_after_atmosphere():
    assert read_one("  ; nothing\n #| here |# ") is EOF


def test_atoms():
    assert read_one("#\\x41").code == 65
    assert read_one("-17").intval == -17
    assert read_one("#b-101").intval == -5
    assert isinstance(read_one("1.5e2"), W_Flonum)
    assert read_one("|a b|").name == "a b"
    assert read_one('"\\x3bb;"').codes == [0x3bb]


def test_deep_nesting_does_not_recurse():
    depth = 100000
    datum = read_one("(" * depth + ")" * depth)
    for _ in range(depth - 1):
        assert isinstance(datum, W_Pair)
        datum = datum.car


def test_datum_label_cycle():
    datum = read_one("#0=(1 . #0#)")
    assert datum.cdr is datum
    assert write_string(datum) == "#0=(1 . #0#)"


# ---- printing and reading back -------------------------------------------------------------------

def to_scheme(value):
    if isinstance(value, bool):
        raise AssertionError
    if isinstance(value, int):
        return W_Fixnum(value)
    if isinstance(value, float):
        return W_Flonum(value)
    if isinstance(value, str):
        return W_String([ord(c) for c in value])
    if isinstance(value, tuple):
        return W_Vector([to_scheme(v) for v in value])
    if isinstance(value, list):
        result = __import__("languages.scheme.objects", fromlist=["NIL"]).NIL
        for item in reversed(value):
            result = W_Pair(to_scheme(item), result)
        return result
    if isinstance(value, Sym):
        return W_Symbol(value.name)
    if isinstance(value, Ch):
        return W_Char(value.code)
    raise AssertionError(value)


class Sym:
    def __init__(self, name):
        self.name = name


class Ch:
    def __init__(self, code):
        self.code = code


text = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
atoms = st.one_of(
    st.integers(min_value=-2**62, max_value=2**62),
    st.floats(allow_nan=False),
    text,
    text.map(Sym),
    st.integers(min_value=0, max_value=0x10FFFF).filter(lambda c: not 0xD800 <= c <= 0xDFFF).map(Ch),
)
data = st.recursive(atoms, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner), max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(data)
def test_write_then_read_gives_equal_data(value):
    datum = to_scheme(value)
    printed = write_string(datum)
    again = Reader(printed, "t.scm", positions=False).read()
    assert write_string(again) == printed
