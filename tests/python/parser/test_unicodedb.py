"""The Unicode tables built at import time agree with the host's unicodedata: NFKC, character
names, identifier characters and printability."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from languages.python.parser import unicodedb

# characters whose normalisation is interesting: combining marks, Hangul jamo and syllables,
# compatibility characters, composition exclusions and characters that reorder
INTERESTING = (
    [chr(c) for c in range(0x300, 0x370)] + [chr(c) for c in range(0x1100, 0x1176)]
    + [chr(c) for c in range(0x11A8, 0x11C3)] + [chr(c) for c in range(0xAC00, 0xAC40)]
    + list("AaEeOoUu\u00c5\u212b\u2126\ufb01\u2160\u1e9b\u0323\u0f73\u0fb2\u0f80\u09c7\u09be\u0958\U0001d400"
           "\u00bd\u2075\u3300\uff21\u0344\u0340\u1f80\u0345\u05b8\u05b9\u0591")
)


@given(st.lists(st.sampled_from(INTERESTING), max_size=8))
def test_nfkc_matches_unicodedata(chars):
    text = "".join(chars)
    assert unicodedb.nfkc(text) == unicodedata.normalize("NFKC", text)


def test_nfkc_of_every_single_character():
    for cp in range(0x80, 0x30000):
        ch = chr(cp)
        assert unicodedb.nfkc(ch) == unicodedata.normalize("NFKC", ch), hex(cp)


@given(st.integers(min_value=0, max_value=0x10FFFF))
def test_names_round_trip(cp):
    name = unicodedata.name(chr(cp), None)
    if name is None:
        return
    assert unicodedb.lookup_name(name) == cp
    assert unicodedb.lookup_name(name.lower()) == cp


def test_unknown_names():
    assert unicodedb.lookup_name("NO SUCH CHARACTER") == -1
    assert unicodedb.lookup_name("CJK UNIFIED IDEOGRAPH-0041") == -1
    assert unicodedb.lookup_name("CJK UNIFIED IDEOGRAPH-4E00") == 0x4E00


def test_identifier_and_printable_classes():
    for cp in range(0x110000):
        ch = chr(cp)
        assert unicodedb.is_identifier_start(cp) == (ch.isidentifier()), hex(cp)
        assert unicodedb.is_identifier_continue(cp) == ("a" + ch).isidentifier(), hex(cp)
        assert unicodedb.is_printable(cp) == ch.isprintable(), hex(cp)
