"""The UTF-16 and UTF-32 codecs (with and without a byte order mark, either byte order), working on
str values whose characters are the bytes (latin-1), like the other codecs in bytesmethods."""

from __future__ import annotations

from kit.rlib import runicode


def wide_codec(encoding: str) -> tuple[int, int, bool]:
    """(unit size 2 or 4, byte order 0 little / 1 big / -1 native-with-BOM, known) for a normalized name."""
    name = encoding.replace("-", "")
    if name == "utf16":
        return 2, -1, True
    if name == "utf16le":
        return 2, 0, True
    if name == "utf16be":
        return 2, 1, True
    if name == "utf32":
        return 4, -1, True
    if name == "utf32le":
        return 4, 0, True
    if name == "utf32be":
        return 4, 1, True
    return 0, 0, False


def codec_name(size: int, order: int) -> str:
    base = "utf-16" if size == 2 else "utf-32"
    if order == 0:
        return base + "-le"
    if order == 1:
        return base + "-be"
    return base


def put_unit(out: list[str], value: int, size: int, big: bool) -> None:
    if big:
        for i in range(size - 1, -1, -1):
            out.append(chr((value >> (8 * i)) & 0xFF))
    else:
        for i in range(size):
            out.append(chr((value >> (8 * i)) & 0xFF))


def encode_wide(text: str, size: int, order: int, error_mode: str) -> str:
    big = order == 1
    out: list[str] = []
    if order == -1:
        put_unit(out, 0xFEFF, size, False)
    i = 0
    while i < len(text):
        cp = ord(text[i])
        if 0xD800 <= cp < 0xE000 and error_mode != "surrogatepass":
            if error_mode == "ignore":
                i += 1
                continue
            if error_mode == "replace":
                put_unit(out, ord("?"), size, big)
                i += 1
                continue
            raise runicode.RUnicodeError(codec_name(size, order), "surrogates not allowed", i, i + 1)
        if size == 4:
            put_unit(out, cp, 4, big)
        elif cp >= 0x10000:
            cp -= 0x10000
            put_unit(out, 0xD800 | (cp >> 10), 2, big)
            put_unit(out, 0xDC00 | (cp & 0x3FF), 2, big)
        else:
            put_unit(out, cp, 2, big)
        i += 1
    return "".join(out)


def get_unit(data: str, pos: int, size: int, big: bool) -> int:
    value = 0
    if big:
        for i in range(size):
            value = (value << 8) | ord(data[pos + i])
    else:
        for i in range(size - 1, -1, -1):
            value = (value << 8) | ord(data[pos + i])
    return value


def decode_wide(data: str, size: int, order: int, error_mode: str) -> str:
    name = codec_name(size, order)
    big = order == 1
    pos = 0
    if order == -1 and len(data) >= size:
        first = get_unit(data, 0, size, False)
        if first == 0xFEFF:
            pos = size
        elif (size == 2 and first == 0xFFFE) or (size == 4 and first == 0xFFFE0000):
            big = True
            pos = size
    name = codec_name(size, 1 if big else 0)
    out: list[str] = []
    n = len(data)
    while pos < n:
        if pos + size > n:
            if not handle_error(out, error_mode, name, "truncated data", pos, n):
                pass
            break
        unit = get_unit(data, pos, size, big)
        if size == 4:
            if unit >= 0x110000:
                handle_error(out, error_mode, name, "code point not in range(0x110000)", pos, pos + 4)
            elif 0xD800 <= unit < 0xE000 and error_mode != "surrogatepass":
                handle_error(out, error_mode, name, "code point in surrogate code point range(0xd800, 0xe000)",
                             pos, pos + 4)
            else:
                out.append(unichr_(unit))
            pos += 4
            continue
        if unit < 0xD800 or unit >= 0xE000:
            out.append(unichr_(unit))
            pos += 2
            continue
        if unit >= 0xDC00:
            if error_mode == "surrogatepass":
                out.append(unichr_(unit))
            else:
                handle_error(out, error_mode, name, "illegal encoding", pos, pos + 2)
            pos += 2
            continue
        if pos + 4 > n:
            if pos + 2 == n or pos + 3 == n:
                handle_error(out, error_mode, name, "unexpected end of data", pos, n)
                break
        low = get_unit(data, pos + 2, 2, big)
        if 0xDC00 <= low < 0xE000:
            out.append(unichr_(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)))
            pos += 4
            continue
        if error_mode == "surrogatepass":
            out.append(unichr_(unit))
        else:
            handle_error(out, error_mode, name, "illegal UTF-16 surrogate", pos, pos + 2)
        pos += 2
    return "".join(out)


def unichr_(cp: int) -> str:
    return chr(cp)


def handle_error(out: list[str], error_mode: str, name: str, reason: str, start: int, end: int) -> bool:
    if error_mode == "ignore":
        return True
    if error_mode == "replace":
        out.append(chr(0xFFFD))
        return True
    raise runicode.RUnicodeError(name, reason, start, end)
