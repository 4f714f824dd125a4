"""UTF-8 encoding and decoding agree with CPython, including every error handler's output."""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kit.rlib.runicode import (
    RUnicodeDecodeError,
    RUnicodeEncodeError,
    code_point_utf8_size,
    decode_utf_8,
    encode_utf_8,
    str_decode_utf_8,
    utf8_length,
)

many = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DECODE_HANDLERS = ["strict", "replace", "ignore", "surrogateescape", "surrogatepass", "backslashreplace"]
ENCODE_HANDLERS = DECODE_HANDLERS + ["xmlcharrefreplace"]


def python_decode(data, errors):
    try:
        return "ok", data.decode("utf-8", errors)
    except UnicodeDecodeError as exc:
        return "error", (exc.reason, exc.start, exc.end)


def our_decode(data, errors):
    try:
        return "ok", decode_utf_8(data, errors)
    except RUnicodeDecodeError as exc:
        return "error", (exc.reason, exc.start, exc.end)


def python_encode(text, errors):
    try:
        return "ok", text.encode("utf-8", errors)
    except UnicodeEncodeError as exc:
        return "error", (exc.reason, exc.start, exc.end)


def our_encode(text, errors):
    try:
        return "ok", encode_utf_8(text, errors)
    except RUnicodeEncodeError as exc:
        return "error", (exc.reason, exc.start, exc.end)


# byte soup biased towards UTF-8 structure: lead bytes, continuation bytes, boundary values
interesting_bytes = st.sampled_from([0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
                                     0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
                                     0xF5, 0xFF])
byte_soup = st.one_of(st.binary(max_size=20),
                      st.lists(interesting_bytes, max_size=12).map(bytes),
                      st.text(max_size=8).map(lambda s: s.encode("utf-8", "surrogatepass")))


@many
@given(byte_soup, st.sampled_from(DECODE_HANDLERS))
@example(b"\xed\xa0\x80", "surrogatepass")
@example(b"\xed\xa0\x80", "strict")
@example(b"\xe2\x82", "strict")
@example(b"\xe2\x82(", "replace")
@example(b"\xf0\x80\x80\x80", "replace")
@example(b"\xf4\x90\x80\x80", "surrogateescape")
@example(b"a\xffb", "backslashreplace")
def test_decode_matches_cpython(data, errors):
    assert our_decode(data, errors) == python_decode(data, errors)


@many
@given(byte_soup, st.sampled_from(["replace", "surrogatepass", "strict"]))
@example(b"\xed\xa0", "replace")
@example(b"a\xed\xbf", "surrogatepass")
def test_incremental_decode_leaves_incomplete_tail(data, errors):
    import codecs
    decoder = codecs.getincrementaldecoder("utf-8")(errors)
    try:
        expected = ("ok", decoder.decode(data, final=False), decoder.getstate()[0])
    except UnicodeDecodeError as exc:
        expected = ("error", exc.reason, exc.start, exc.end)
    try:
        text, consumed = str_decode_utf_8(data, errors, final=False)
        ours = ("ok", text, data[consumed:])
    except RUnicodeDecodeError as exc:
        ours = ("error", exc.reason, exc.start, exc.end)
    assert ours == expected


surrogate_text = st.text(alphabet=st.one_of(st.characters(), st.sampled_from(
    ["\ud800", "\udfff", "\udc80", "\udcff", "\udc7f", "\ud83d", "\ude00", "a", "\u20ac"])), max_size=12)


@many
@given(surrogate_text, st.sampled_from(ENCODE_HANDLERS))
@example("a\ud800\udc00b", "strict")
@example("\udc80\udcff", "surrogateescape")
@example("\udc80\ud800\udcff", "surrogateescape")
def test_encode_matches_cpython(text, errors):
    assert our_encode(text, errors) == python_encode(text, errors)


@many
@given(st.text())
def test_roundtrip_valid_text(text):
    data = encode_utf_8(text)
    assert data == text.encode("utf-8")
    assert decode_utf_8(data) == text
    assert utf8_length(data) == len(text)
    assert sum(code_point_utf8_size(ord(c)) for c in text) == len(data)


@many
@given(st.binary())
def test_surrogateescape_roundtrips_any_bytes(data):
    text = decode_utf_8(data, "surrogateescape")
    assert encode_utf_8(text, "surrogateescape") == data


def test_unknown_handler():
    with pytest.raises(LookupError):
        decode_utf_8(b"a", "bogus")
    with pytest.raises(LookupError):
        decode_utf_8(b"a", "xmlcharrefreplace")


def test_error_carries_range_and_reason():
    with pytest.raises(RUnicodeDecodeError) as info:
        decode_utf_8(b"ab\xe2\x82")
    assert (info.value.encoding, info.value.start, info.value.end) == ("utf-8", 2, 4)
    assert info.value.reason == "unexpected end of data"
    assert "position 2-3" in str(info.value)


def python_codec(action, value, encoding, errors):
    try:
        return "ok", action(value, encoding, errors)
    except (UnicodeDecodeError, UnicodeEncodeError) as exc:
        return "error", (exc.encoding, exc.reason, exc.start, exc.end)


def our_codec(func, *args):
    try:
        return "ok", func(*args)
    except (RUnicodeDecodeError, RUnicodeEncodeError) as exc:
        return "error", (exc.encoding, exc.reason, exc.start, exc.end)


latin_text = st.text(alphabet=st.one_of(st.characters(max_codepoint=0x17F), st.sampled_from(
    ["\udc80", "\udcff", "\ud800", "\U0001f600", "\u20ac"])), max_size=12)


@many
@given(latin_text, st.sampled_from(ENCODE_HANDLERS))
@example("a\u20ac\u20acb\udc80", "strict")
@example("\udc80\udcff\u20ac", "surrogateescape")
def test_ascii_and_latin_1_encoding(text, errors):
    from kit.rlib.runicode import encode_ascii, encode_latin_1
    assert our_codec(encode_ascii, text, errors) == python_codec(str.encode, text, "ascii", errors)
    assert our_codec(encode_latin_1, text, errors) == python_codec(str.encode, text, "latin-1", errors)


@many
@given(st.binary(max_size=12), st.sampled_from(DECODE_HANDLERS))
def test_ascii_and_latin_1_decoding(data, errors):
    from kit.rlib.runicode import decode_ascii, decode_latin_1
    assert our_codec(decode_ascii, data, errors) == python_codec(bytes.decode, data, "ascii", errors)
    assert decode_latin_1(data) == data.decode("latin-1")
