"""Unicode tables and str methods agree with CPython over every code point and random strings."""

import sys

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kit.rlib import unicodedb as db
from kit.rlib import unicodetext as ut

many = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def expected_flags(ch):
    return {
        db.ALPHA: ch.isalpha(), db.DECIMAL: ch.isdecimal(), db.DIGIT: ch.isdigit(),
        db.NUMERIC: ch.isnumeric(), db.SPACE: ch.isspace(), db.UPPER: ch.isupper(),
        db.LOWER: ch.islower(), db.PRINTABLE: ch.isprintable(),
        db.XID_START: ch.isidentifier() and ch != "_", db.XID_CONTINUE: ("a" + ch).isidentifier(),
        db.LINEBREAK: len(("a" + ch + "b").splitlines()) == 2,
    }


def test_flags_of_every_code_point():
    wrong = []
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        f = db.flags(cp)
        for bit, value in expected_flags(ch).items():
            if bool(f & bit) != value:
                wrong.append((hex(cp), bit))
        if (ut.char_upper(cp) != ch.upper() or ut.char_lower(cp) != ch.lower()
                or ut.char_title(cp) != ch.title() or ut.char_casefold(cp) != ch.casefold()
                or ut.char_swapcase(cp) != ch.swapcase()):
            wrong.append((hex(cp), "mapping"))
        if db.isalnum(cp) != ch.isalnum() or db.istitle(cp) != (ch.istitle() and not ch.isupper()):
            wrong.append((hex(cp), "alnum/title"))
    assert wrong == []


def test_decimal_values():
    import unicodedata
    for cp in range(sys.maxunicode + 1):
        assert db.decimal_value(cp) == unicodedata.decimal(chr(cp), -1)


def test_out_of_range_code_points_have_no_properties():
    assert db.flags(-1) == 0 and db.flags(0x110000) == 0 and db.decimal_value(2 ** 40) == -1


def test_tables_are_compact_lists_of_ints():
    for table in (db.STAGE1, db.STAGE2, db.REC_FLAGS, db.REC_UPPER, db.REC_LOWER, db.REC_TITLE,
                  db.REC_FOLD, db.REC_DECIMAL):
        assert all(type(v) is int and -(2 ** 63) <= v < 2 ** 63 for v in table)
    total = len(db.STAGE1) + len(db.STAGE2) + 6 * len(db.REC_FLAGS)
    assert total < 20000
    assert all(isinstance(s, str) and len(s) > 1 for s in db.SPECIAL_MAPPINGS)


# characters with interesting case behaviour: sigma and its contexts, case-ignorables, titlecase
# digraphs, multi-character mappings, dotted/dotless i, modifier letters that are both cased and
# case-ignorable
CASE_ALPHABET = ("aAzZ \u03a3\u03c3\u03c2\u0391\u03b1'.:\u00b7\u0345\u02b0\u0300\u01c4\u01c5\u01c6"
                 "\u00df\u1e9e\u0130\u0131iI\ufb00\u0149\u1f80\u1f88\u2160\u24b6\U00010400\U00010428\u00b5"
                 "123_-\u0660\u00bd\u2028\n\r\x1c\t\u3000\u00a0\u0f0b\u1d2c")

case_texts = st.one_of(st.text(alphabet=CASE_ALPHABET, max_size=12), st.text(max_size=12))


@many
@given(case_texts)
@example("\u03a3")
@example("a\u03a3")
@example("a\u03a3b")
@example("a'\u03a3'")
@example("\u02b0\u03a3")
@example("a\u03a3\u0345")
@example("\u01c4a \u01c6B")
@example("\u00df\u0149 \ufb00x")
@example("hello World Ab")
def test_case_mapping_of_strings(s):
    assert ut.upper(s) == s.upper()
    assert ut.lower(s) == s.lower()
    assert ut.title(s) == s.title()
    assert ut.casefold(s) == s.casefold()
    assert ut.swapcase(s) == s.swapcase()
    assert ut.capitalize(s) == s.capitalize()


@many
@given(case_texts)
@example("")
@example("Hello World")
@example("\u01c5a")
@example("A\u01c5")
@example("_a1")
@example("1a")
def test_classification_of_strings(s):
    assert ut.isalpha(s) == s.isalpha()
    assert ut.isdecimal(s) == s.isdecimal()
    assert ut.isdigit(s) == s.isdigit()
    assert ut.isnumeric(s) == s.isnumeric()
    assert ut.isalnum(s) == s.isalnum()
    assert ut.isspace(s) == s.isspace()
    assert ut.isprintable(s) == s.isprintable()
    assert ut.isupper(s) == s.isupper()
    assert ut.islower(s) == s.islower()
    assert ut.istitle(s) == s.istitle()
    assert ut.isidentifier(s) == s.isidentifier()
    assert ut.isascii(s) == s.isascii()


@many
@given(st.text(alphabet="ab\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029 ", max_size=16), st.booleans())
@example("a\r\nb\r", True)
@example("\r\n\r\n", False)
def test_splitlines(s, keepends):
    assert ut.splitlines(s, keepends) == s.splitlines(keepends)


@many
@given(st.text(alphabet="0123456789\u0660\u0661\u06f5\u0967\uff11\U0001d7d9 \u3000\u2003.-x", max_size=12))
def test_transform_decimal_and_space(s):
    expected = "".join(" " if ch.isspace() and ord(ch) >= 128 else
                       str(__import__("unicodedata").decimal(ch)) if ch.isdecimal() else ch for ch in s)
    assert db.transform_decimal_and_space(s) == expected


def test_cached_tables_equal_fresh_ones():
    from kit.rlib import unicodegen
    fresh = unicodegen._generate_tables()
    assert list(fresh[0]) == db.SPECIAL_MAPPINGS
    assert list(fresh[3]) == db.STAGE1 and list(fresh[6]) == db.STAGE2
    assert [r[0] for r in fresh[1]] == db.REC_FLAGS and [r[5] for r in fresh[1]] == db.REC_DECIMAL


@many
@given(st.one_of(st.text(max_size=10), st.text(alphabet="'\"\\\t\n\r\x00\x7f\x80\xa0\xad\u2028 a\U000e0001",
                                               max_size=10)))
def test_repr_str_matches_repr(s):
    assert ut.repr_str(s) == repr(s)


def test_repr_of_every_code_point():
    assert [cp for cp in range(sys.maxunicode + 1) if ut.repr_str(chr(cp)) != repr(chr(cp))] == []
