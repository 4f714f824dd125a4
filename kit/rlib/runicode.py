"""UTF-8 (and ASCII, Latin-1) encoding and decoding of str and bytes, with CPython's error handlers.

Handlers: 'strict' (raise RUnicodeDecodeError / RUnicodeEncodeError carrying start, end and the
reason), 'replace', 'ignore', 'surrogateescape', 'surrogatepass', 'backslashreplace' and (when
encoding) 'xmlcharrefreplace'.  Error ranges and reasons are CPython's.
"""

from __future__ import annotations

from kit.rlib.rstring import BytesBuilder, StringBuilder

HEX_DIGITS = "0123456789abcdef"


class RUnicodeError(UnicodeError):
    """A codec error: the encoding, a reason, and the failing range [start, end) of the input.

    A UnicodeError (so a ValueError) like CPython's codec errors; the front end builds its own
    exception object from these fields and the input it passed in.
    """

    def __init__(self, encoding: str, reason: str, start: int, end: int) -> None:
        self.encoding = encoding
        self.reason = reason
        self.start = start
        self.end = end

    def __str__(self) -> str:
        return "'%s' codec can't process position %d-%d: %s" % (self.encoding, self.start,
                                                                  self.end - 1, self.reason)


class RUnicodeDecodeError(RUnicodeError):
    pass


class RUnicodeEncodeError(RUnicodeError):
    pass


def _check_errors(errors: str, encoding: bool) -> None:
    if (errors == "strict" or errors == "replace" or errors == "ignore" or errors == "surrogateescape"
            or errors == "surrogatepass" or errors == "backslashreplace"):
        return
    if encoding and errors == "xmlcharrefreplace":
        return
    raise LookupError("unknown error handler name '%s'" % errors)


# ---- decoding ----------------------------------------------------------------------------------------

def _is_continuation(b: int) -> bool:
    return 0x80 <= b <= 0xBF


def _sequence_error(data: bytes, i: int, n: int) -> tuple[str, int]:
    """Classify an invalid or incomplete sequence at data[i]: (reason, end of the error range).

    Only the valid prefix of a multi-byte sequence belongs to the error; a sequence cut off by
    the end of the data is 'unexpected end of data'.
    """
    lead = data[i]
    if lead < 0xC2 or lead > 0xF4:
        return "invalid start byte", i + 1
    if lead < 0xE0:
        length = 2
    elif lead < 0xF0:
        length = 3
    else:
        length = 4
    # the allowed range of the second byte excludes overlong forms, surrogates and > U+10FFFF
    lo = 0x80
    hi = 0xBF
    if lead == 0xE0:
        lo = 0xA0
    elif lead == 0xED:
        hi = 0x9F
    elif lead == 0xF0:
        lo = 0x90
    elif lead == 0xF4:
        hi = 0x8F
    for k in range(1, length):
        if i + k >= n:
            return "unexpected end of data", n
        b = data[i + k]
        if k == 1:
            ok = lo <= b <= hi
        else:
            ok = _is_continuation(b)
        if not ok:
            return "invalid continuation byte", i + k
    return "", i + length


def str_decode_utf_8(data: bytes, errors: str = "strict", final: bool = True) -> tuple[str, int]:
    """Decode UTF-8: (text, number of bytes consumed).

    With final=False an incomplete sequence at the end is left unconsumed instead of an error.
    """
    _check_errors(errors, False)
    out = StringBuilder(len(data))
    n = len(data)
    i = 0
    while i < n:
        b0 = data[i]
        if b0 < 0x80:
            out.append_char(chr(b0))
            i += 1
            continue
        reason, end = _sequence_error(data, i, n)
        if reason == "":
            out.append_char(chr(_decode_sequence(data, i, end - i)))
            i = end
            continue
        if not final and (reason == "unexpected end of data" or _truncated_surrogate(data, i, n)):
            break
        i = _decode_error(data, i, end, reason, errors, out)
    return out.build(), i


def _truncated_surrogate(data: bytes, i: int, n: int) -> bool:
    """ED A0..BF as the last two bytes: incremental decoding waits for the third byte (CPython
    does, so that 'surrogatepass' can complete the surrogate)."""
    return n - i == 2 and data[i] == 0xED and 0xA0 <= data[i + 1] <= 0xBF


def _decode_sequence(data: bytes, i: int, length: int) -> int:
    if length == 2:
        return ((data[i] & 0x1F) << 6) | (data[i + 1] & 0x3F)
    if length == 3:
        return ((data[i] & 0x0F) << 12) | ((data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F)
    return (((data[i] & 0x07) << 18) | ((data[i + 1] & 0x3F) << 12) | ((data[i + 2] & 0x3F) << 6)
            | (data[i + 3] & 0x3F))


def _decode_error(data: bytes, start: int, end: int, reason: str, errors: str, out: StringBuilder,
                  encoding: str = "utf-8") -> int:
    """Apply the error handler to data[start:end]; returns where decoding continues."""
    if errors == "replace":
        out.append_char("\ufffd")
        return end
    if errors == "ignore":
        return end
    if errors == "surrogateescape":
        for k in range(start, end):
            out.append_char(chr(0xDC00 + data[k]))
        return end
    if errors == "backslashreplace":
        for k in range(start, end):
            out.append("\\x")
            out.append_char(HEX_DIGITS[data[k] >> 4])
            out.append_char(HEX_DIGITS[data[k] & 0xF])
        return end
    if errors == "surrogatepass" and encoding == "utf-8":
        # a surrogate encoded like any other 3-byte sequence: ED A0..BF 80..BF
        if (start + 2 < len(data) and data[start] == 0xED and 0xA0 <= data[start + 1] <= 0xBF
                and _is_continuation(data[start + 2])):
            out.append_char(chr(_decode_sequence(data, start, 3)))
            return start + 3
    raise RUnicodeDecodeError(encoding, reason, start, end)


def decode_utf_8(data: bytes, errors: str = "strict") -> str:
    """bytes.decode('utf-8', errors)."""
    return str_decode_utf_8(data, errors, True)[0]


# ---- encoding ----------------------------------------------------------------------------------------

def _append_utf8(out: BytesBuilder, cp: int) -> None:
    if cp < 0x80:
        out.append_byte(cp)
    elif cp < 0x800:
        out.append_byte(0xC0 | (cp >> 6))
        out.append_byte(0x80 | (cp & 0x3F))
    elif cp < 0x10000:
        out.append_byte(0xE0 | (cp >> 12))
        out.append_byte(0x80 | ((cp >> 6) & 0x3F))
        out.append_byte(0x80 | (cp & 0x3F))
    else:
        out.append_byte(0xF0 | (cp >> 18))
        out.append_byte(0x80 | ((cp >> 12) & 0x3F))
        out.append_byte(0x80 | ((cp >> 6) & 0x3F))
        out.append_byte(0x80 | (cp & 0x3F))


def _append_backslash_escape(out: BytesBuilder, cp: int) -> None:
    """\\xNN, \\uNNNN or \\UNNNNNNNN, as the 'backslashreplace' handler writes a code point."""
    if cp < 0x100:
        _append_ascii(out, "\\x")
        width = 2
    elif cp < 0x10000:
        _append_ascii(out, "\\u")
        width = 4
    else:
        _append_ascii(out, "\\U")
        width = 8
    shift = 4 * (width - 1)
    while shift >= 0:
        out.append_byte(ord(HEX_DIGITS[(cp >> shift) & 0xF]))
        shift -= 4


def _is_surrogate(cp: int) -> bool:
    return 0xD800 <= cp <= 0xDFFF


def _append_ascii(out: BytesBuilder, text: str) -> None:
    for ch in text:
        out.append_byte(ord(ch))


def encode_utf_8(s: str, errors: str = "strict") -> bytes:
    """str.encode('utf-8', errors): surrogates (U+D800..U+DFFF) are the only errors."""
    _check_errors(errors, True)
    out = BytesBuilder(len(s))
    n = len(s)
    i = 0
    while i < n:
        cp = ord(s[i])
        if not _is_surrogate(cp):
            _append_utf8(out, cp)
            i += 1
            continue
        # the error range is the whole run of surrogates
        end = i + 1
        while end < n and _is_surrogate(ord(s[end])):
            end += 1
        _encode_error(s, i, end, errors, out)
        i = end
    return out.build()


def _encode_error(s: str, start: int, end: int, errors: str, out: BytesBuilder) -> None:
    if errors == "replace":
        out.append_multiple_char(b"?", end - start)
        return
    if errors == "ignore":
        return
    if errors == "surrogatepass":
        for k in range(start, end):
            _append_utf8(out, ord(s[k]))
        return
    if errors == "backslashreplace":
        for k in range(start, end):
            _append_backslash_escape(out, ord(s[k]))
        return
    if errors == "xmlcharrefreplace":
        for k in range(start, end):
            _append_ascii(out, "&#%d;" % ord(s[k]))
        return
    if errors == "surrogateescape":
        # U+DC80..U+DCFF stand for the bytes 0x80..0xFF; anything else in the run is an error
        k = start
        while k < end:
            cp = ord(s[k])
            if not 0xDC80 <= cp <= 0xDCFF:
                break
            out.append_byte(cp - 0xDC00)
            k += 1
        if k == end:
            return
        start = k
    raise RUnicodeEncodeError("utf-8", "surrogates not allowed", start, end)


# ---- ASCII and Latin-1 -----------------------------------------------------------------------------

def decode_ascii(data: bytes, errors: str = "strict") -> str:
    """bytes.decode('ascii', errors): every byte above 127 is an error of its own."""
    _check_errors(errors, False)
    out = StringBuilder(len(data))
    for i in range(len(data)):
        b = data[i]
        if b < 0x80:
            out.append_char(chr(b))
        else:
            _decode_error(data, i, i + 1, "ordinal not in range(128)", errors, out, "ascii")
    return out.build()


def decode_latin_1(data: bytes) -> str:
    """bytes.decode('latin-1'): every byte is the code point of the same value (never fails)."""
    out = StringBuilder(len(data))
    for b in data:
        out.append_char(chr(b))
    return out.build()


def encode_ascii(s: str, errors: str = "strict") -> bytes:
    return _encode_charmap_limit(s, errors, 128, "ascii", "ordinal not in range(128)")


def encode_latin_1(s: str, errors: str = "strict") -> bytes:
    return _encode_charmap_limit(s, errors, 256, "latin-1", "ordinal not in range(256)")


def _encode_charmap_limit(s: str, errors: str, limit: int, encoding: str, reason: str) -> bytes:
    """Encode to one byte per code point below `limit`; the error range is a run of those above."""
    _check_errors(errors, True)
    out = BytesBuilder(len(s))
    n = len(s)
    i = 0
    while i < n:
        cp = ord(s[i])
        if cp < limit:
            out.append_byte(cp)
            i += 1
            continue
        end = i + 1
        while end < n and ord(s[end]) >= limit:
            end += 1
        _encode_charmap_error(s, i, end, errors, out, encoding, reason)
        i = end
    return out.build()


def _encode_charmap_error(s: str, start: int, end: int, errors: str, out: BytesBuilder, encoding: str,
                          reason: str) -> None:
    if errors == "surrogateescape":
        # U+DC80..U+DCFF give back the bytes they stand for; the first other character fails
        for k in range(start, end):
            cp = ord(s[k])
            if not 0xDC80 <= cp <= 0xDCFF:
                raise RUnicodeEncodeError(encoding, reason, k, end)
        for k in range(start, end):
            out.append_byte(ord(s[k]) - 0xDC00)
        return
    if errors == "surrogatepass" or errors == "strict":
        raise RUnicodeEncodeError(encoding, reason, start, end)
    # replace, ignore, backslashreplace and xmlcharrefreplace act as for UTF-8
    _encode_error(s, start, end, errors, out)


# ---- helpers for interpreters ----------------------------------------------------------------------

def utf8_length(data: bytes) -> int:
    """The number of code points in valid UTF-8 data (bytes that are not continuation bytes)."""
    count = 0
    for b in data:
        if b & 0xC0 != 0x80:
            count += 1
    return count


def code_point_utf8_size(cp: int) -> int:
    if cp < 0x80:
        return 1
    if cp < 0x800:
        return 2
    if cp < 0x10000:
        return 3
    return 4
