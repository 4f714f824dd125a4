"""The low-level string types (str: code points, bytes: bytes) and their helpers, written in
low-level RPython: these functions are annotated with pointer types and translated on demand.
"""

from __future__ import annotations

from typing import Any

from kit.rffi import kit_format_double, kit_strtod
from kit.rlib.rarithmetic import MAXINT, ovfcheck, r_uint
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import Ptr, cast_primitive, malloc

# hash 0 means "not computed yet"
STR = lltype.GcStruct("rpy_string", ("hash", lltype.Signed), ("chars", lltype.Array(lltype.UniChar)))
BYTES = lltype.GcStruct("rpy_bytes", ("hash", lltype.Signed), ("chars", lltype.Array(lltype.Char)))
STRPTR = Ptr(STR)
BYTESPTR = Ptr(BYTES)


def ll_chr(code: int) -> Any:
    if code < 0 or code > 0x10FFFF:
        raise ValueError("chr() arg not in range(0x110000)")
    s = malloc(STR, 1)
    s.chars[0] = cast_primitive(lltype.UniChar, code)
    return s


def ll_ord(s: Any) -> int:
    if len(s.chars) != 1:
        raise TypeError("ord() expected a character")
    return cast_primitive(lltype.Signed, s.chars[0])


def ll_bytes_ord(s: Any) -> int:
    if len(s.chars) != 1:
        raise TypeError("ord() expected a character")
    return cast_primitive(lltype.Signed, s.chars[0])


def ll_strlen(s: Any) -> int:
    return len(s.chars)


def ll_strconcat(s1: Any, s2: Any) -> Any:
    n1 = len(s1.chars)
    n2 = len(s2.chars)
    result = malloc(lltype.typeOf_struct(s1), n1 + n2)
    llop.interior_arraycopy(lltype.Void, s1, result, "chars", 0, 0, n1)
    llop.interior_arraycopy(lltype.Void, s2, result, "chars", 0, n1, n2)
    return result


def ll_strmul(s: Any, times: int) -> Any:
    n = len(s.chars)
    if times <= 0 or n == 0:
        return malloc(lltype.typeOf_struct(s), 0)
    try:
        total = ovfcheck(n * times)
    except OverflowError:
        raise MemoryError() from None
    result = malloc(lltype.typeOf_struct(s), total)
    pos = 0
    for _ in range(times):
        llop.interior_arraycopy(lltype.Void, s, result, "chars", 0, pos, n)
        pos += n
    return result


def ll_streq(s1: Any, s2: Any) -> bool:
    if s1 == s2:
        return True
    if not s1 or not s2:
        return False
    n = len(s1.chars)
    if n != len(s2.chars):
        return False
    i = 0
    while i < n:
        if s1.chars[i] != s2.chars[i]:
            return False
        i += 1
    return True


def ll_strcmp(s1: Any, s2: Any) -> int:
    n1 = len(s1.chars)
    n2 = len(s2.chars)
    n = n1 if n1 < n2 else n2
    i = 0
    while i < n:
        c1 = cast_primitive(lltype.Signed, s1.chars[i])
        c2 = cast_primitive(lltype.Signed, s2.chars[i])
        if c1 != c2:
            return c1 - c2
        i += 1
    return n1 - n2


def ll_strhash(s: Any) -> int:
    if not s:
        return 0
    h = s.hash
    if h == 0:
        # FNV-1a over the code points; never 0 or -1 so 0 can mean "not computed"
        h = 0x45D9F3B
        n = len(s.chars)
        i = 0
        while i < n:
            h = (h ^ cast_primitive(lltype.Signed, s.chars[i])) * 1000003
            i += 1
        h = h ^ n
        if h == 0 or h == -1:
            h = 29872897
        s.hash = h
    return h


def ll_getitem(s: Any, index: int) -> Any:
    n = len(s.chars)
    if r_uint(index) >= r_uint(n):   # negative or too big: the rare case
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("string index out of range")
    return ll_char_at(s, index)


def ll_char_at(s: Any, index: int) -> Any:
    code = cast_primitive(lltype.Signed, s.chars[index])
    if code < 256:
        return ONE_CHAR_STRINGS[code]
    result = malloc(STR, 1)
    result.chars[0] = s.chars[index]
    return result


def ll_bytes_getitem(s: Any, index: int) -> int:
    n = len(s.chars)
    if r_uint(index) >= r_uint(n):   # negative or too big: the rare case
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError("index out of range")
    return cast_primitive(lltype.Signed, s.chars[index])


def ll_getslice(s: Any, start: int, stop: int, has_start: bool, has_stop: bool) -> Any:
    n = len(s.chars)
    if not has_start:
        start = 0
    elif start < 0:
        start += n
        if start < 0:
            start = 0
    elif start > n:
        start = n
    if not has_stop:
        stop = n
    elif stop < 0:
        stop += n
        if stop < 0:
            stop = 0
    elif stop > n:
        stop = n
    if stop <= start:
        return malloc(lltype.typeOf_struct(s), 0)
    if start == 0 and stop == n:
        return s
    result = malloc(lltype.typeOf_struct(s), stop - start)
    llop.interior_arraycopy(lltype.Void, s, result, "chars", start, 0, stop - start)
    return result


def ll_find(s: Any, sub: Any, start: int, end: int, reverse: bool) -> int:
    n = len(s.chars)
    m = len(sub.chars)
    if start < 0:
        start += n
        if start < 0:
            start = 0
    if end > n:
        end = n
    elif end < 0:
        end += n
        if end < 0:
            end = 0
    if end - start < m:
        return -1
    if not reverse:
        i = start
        last = end - m
        while i <= last:
            j = 0
            while j < m and s.chars[i + j] == sub.chars[j]:
                j += 1
            if j == m:
                return i
            i += 1
    else:
        i = end - m
        while i >= start:
            j = 0
            while j < m and s.chars[i + j] == sub.chars[j]:
                j += 1
            if j == m:
                return i
            i -= 1
    return -1


def ll_count(s: Any, sub: Any, start: int, end: int) -> int:
    n = len(s.chars)
    m = len(sub.chars)
    if end > n:
        end = n
    if m == 0:
        return end - start + 1 if end >= start else 0
    count = 0
    i = start
    while i + m <= end:
        j = 0
        while j < m and s.chars[i + j] == sub.chars[j]:
            j += 1
        if j == m:
            count += 1
            i += m
        else:
            i += 1
    return count


def ll_startswith(s: Any, prefix: Any) -> bool:
    n = len(prefix.chars)
    if n > len(s.chars):
        return False
    i = 0
    while i < n:
        if s.chars[i] != prefix.chars[i]:
            return False
        i += 1
    return True


def ll_endswith(s: Any, suffix: Any) -> bool:
    n = len(suffix.chars)
    offset = len(s.chars) - n
    if offset < 0:
        return False
    i = 0
    while i < n:
        if s.chars[offset + i] != suffix.chars[i]:
            return False
        i += 1
    return True


def ll_contains(s: Any, sub: Any) -> bool:
    return ll_find(s, sub, 0, MAXINT, False) >= 0


def _is_space(c: int) -> bool:
    return c == 32 or (9 <= c <= 13) or c == 0x1C or c == 0x1D or c == 0x1E or c == 0x1F or c == 0x85 \
        or c == 0xA0 or c == 0x1680 or (0x2000 <= c <= 0x200A) or c == 0x2028 or c == 0x2029 \
        or c == 0x202F or c == 0x205F or c == 0x3000


def _in_chars(c: Any, chars: Any) -> bool:
    i = 0
    n = len(chars.chars)
    while i < n:
        if chars.chars[i] == c:
            return True
        i += 1
    return False


def ll_strip(s: Any, chars: Any, left: bool, right: bool) -> Any:
    n = len(s.chars)
    start = 0
    stop = n
    if left:
        while start < stop:
            c = s.chars[start]
            if chars:
                if not _in_chars(c, chars):
                    break
            elif not _is_space(cast_primitive(lltype.Signed, c)):
                break
            start += 1
    if right:
        while stop > start:
            c = s.chars[stop - 1]
            if chars:
                if not _in_chars(c, chars):
                    break
            elif not _is_space(cast_primitive(lltype.Signed, c)):
                break
            stop -= 1
    return ll_getslice(s, start, stop, True, True)


def ll_upper_lower(s: Any, upper: bool) -> Any:
    n = len(s.chars)
    result = malloc(lltype.typeOf_struct(s), n)
    i = 0
    while i < n:
        c = cast_primitive(lltype.Signed, s.chars[i])
        if upper and 97 <= c <= 122:
            c -= 32
        elif not upper and 65 <= c <= 90:
            c += 32
        result.chars[i] = cast_primitive(lltype.typeOf_item(s), c)
        i += 1
    return result


def ll_isclass(s: Any, kind: int) -> bool:
    """str.isdigit/isalpha/isspace/isalnum/isupper/islower (ASCII rules for non-ASCII code points)."""
    n = len(s.chars)
    if n == 0:
        return False
    cased = False
    i = 0
    while i < n:
        c = cast_primitive(lltype.Signed, s.chars[i])
        is_digit = 48 <= c <= 57
        is_upper = 65 <= c <= 90
        is_lower = 97 <= c <= 122
        if kind == 0 and not is_digit:
            return False
        if kind == 1 and not (is_upper or is_lower):
            return False
        if kind == 2 and not _is_space(c):
            return False
        if kind == 3 and not (is_digit or is_upper or is_lower):
            return False
        if kind == 4:
            if is_lower:
                return False
            if is_upper:
                cased = True
        if kind == 5:
            if is_upper:
                return False
            if is_lower:
                cased = True
        i += 1
    if kind == 4 or kind == 5:
        return cased
    return True


def ll_replace(s: Any, old: Any, new: Any, maxcount: int) -> Any:
    n = len(s.chars)
    m = len(old.chars)
    if m == 0:
        return s
    count = ll_count(s, old, 0, n)
    if maxcount >= 0 and count > maxcount:
        count = maxcount
    if count == 0:
        return s
    k = len(new.chars)
    result = malloc(lltype.typeOf_struct(s), n + count * (k - m))
    src = 0
    dst = 0
    done = 0
    while done < count:
        found = ll_find(s, old, src, n, False)
        llop.interior_arraycopy(lltype.Void, s, result, "chars", src, dst, found - src)
        dst += found - src
        llop.interior_arraycopy(lltype.Void, new, result, "chars", 0, dst, k)
        dst += k
        src = found + m
        done += 1
    llop.interior_arraycopy(lltype.Void, s, result, "chars", src, dst, n - src)
    return result


# ---- conversions to and from numbers -------------------------------------------------------------

def ll_int2str(value: int) -> Any:
    if value == 0:
        return ONE_CHAR_STRINGS[48]
    negative = value < 0
    digits = malloc(STR, 20)
    pos = 20
    # work with negative numbers so that MININT does not overflow
    if not negative:
        value = -value
    while value != 0:
        # value < 0 here; round the quotient towards zero so the remainder is a digit 0..9
        q = value // 10
        if q * 10 != value:
            q += 1
        r = q * 10 - value
        pos -= 1
        digits.chars[pos] = cast_primitive(lltype.UniChar, 48 + r)
        value = q
    length = 20 - pos + (1 if negative else 0)
    result = malloc(STR, length)
    start = 0
    if negative:
        result.chars[0] = cast_primitive(lltype.UniChar, 45)
        start = 1
    llop.interior_arraycopy(lltype.Void, digits, result, "chars", pos, start, 20 - pos)
    return result


def ll_int2base(value: int, base: int, prefix: int) -> Any:
    """hex()/oct()/bin(): prefix is the letter after '0' (120 'x', 111 'o', 98 'b')."""
    negative = value < 0
    digits = malloc(STR, 70)
    pos = 70
    if not negative:
        value = -value
    if value == 0:
        pos -= 1
        digits.chars[pos] = cast_primitive(lltype.UniChar, 48)
    while value != 0:
        q = value // base
        if q * base != value:
            q += 1
        r = q * base - value
        pos -= 1
        digits.chars[pos] = cast_primitive(lltype.UniChar, 48 + r if r < 10 else 87 + r)
        value = q
    pos -= 1
    digits.chars[pos] = cast_primitive(lltype.UniChar, prefix)
    pos -= 1
    digits.chars[pos] = cast_primitive(lltype.UniChar, 48)
    if negative:
        pos -= 1
        digits.chars[pos] = cast_primitive(lltype.UniChar, 45)
    return ll_getslice(digits, pos, 70, True, True)


def ll_str2int(s: Any, base: int) -> int:
    n = len(s.chars)
    i = 0
    while i < n and _is_space(cast_primitive(lltype.Signed, s.chars[i])):
        i += 1
    while n > i and _is_space(cast_primitive(lltype.Signed, s.chars[n - 1])):
        n -= 1
    sign = 1
    if i < n and (cast_primitive(lltype.Signed, s.chars[i]) == 45 or cast_primitive(lltype.Signed, s.chars[i]) == 43):
        if cast_primitive(lltype.Signed, s.chars[i]) == 45:
            sign = -1
        i += 1
    if i >= n:
        raise ValueError("invalid literal for int()")
    result = 0
    previous_underscore = True
    while i < n:
        c = cast_primitive(lltype.Signed, s.chars[i])
        if c == 95 and not previous_underscore:
            previous_underscore = True
            i += 1
            continue
        if 48 <= c <= 57:
            digit = c - 48
        elif 97 <= c <= 122:
            digit = c - 87
        elif 65 <= c <= 90:
            digit = c - 55
        else:
            raise ValueError("invalid literal for int()")
        if digit >= base:
            raise ValueError("invalid literal for int()")
        previous_underscore = False
        try:
            result = ovfcheck(result * base)
            result = ovfcheck(result - digit)
        except OverflowError:
            raise ValueError("int() literal too large for a machine word") from None
        i += 1
    if previous_underscore:
        raise ValueError("invalid literal for int()")
    if sign > 0:
        try:
            result = ovfcheck(-result)
        except OverflowError:
            raise ValueError("int() literal too large for a machine word") from None
    return result


def ll_float2str(value: float, code: int, precision: int, flags: int) -> Any:
    """Format a float with the C runtime: code 'r' (114) is repr (shortest round trip)."""
    buf = malloc(BYTES, 400)
    n = kit_format_double(llop.getinteriorarrayaddress(lltype.Address, buf, "chars"), 400, value,
                          code, precision)
    result = malloc(STR, n)
    i = 0
    while i < n:
        result.chars[i] = cast_primitive(lltype.UniChar, cast_primitive(lltype.Signed, buf.chars[i]))
        i += 1
    return result


def ll_str2float(s: Any) -> float:
    n = len(s.chars)
    buf = malloc(BYTES, n + 1)
    i = 0
    while i < n:
        c = cast_primitive(lltype.Signed, s.chars[i])
        if c > 127:
            raise ValueError("could not convert string to float")
        buf.chars[i] = cast_primitive(lltype.Char, c)
        i += 1
    buf.chars[n] = cast_primitive(lltype.Char, 0)
    ok = malloc(BYTES, 8)
    result = kit_strtod(llop.getinteriorarrayaddress(lltype.Address, buf, "chars"), n,
                        llop.getinteriorarrayaddress(lltype.Address, ok, "chars"))
    if cast_primitive(lltype.Signed, ok.chars[0]) == 0:
        raise ValueError("could not convert string to float")
    return result


def _build_one_char_strings() -> lltype.LLPointer:
    """A prebuilt array of the 256 one-character strings, so s[i] rarely allocates."""
    TABLE = lltype.GcArray(STRPTR)
    table = lltype.LLArray(TABLE, 256)
    for code in range(256):
        s = lltype.LLStruct(STR, length=1)
        s.values["chars"].items[0] = chr(code)
        table.items[code] = lltype.LLPointer(STRPTR, s)
    return lltype.LLPointer(Ptr(TABLE), table)


ONE_CHAR_STRINGS = _build_one_char_strings()


# ---- UTF-8 ---------------------------------------------------------------------------------------

def ll_encode_utf8(s: Any, errors: int) -> Any:
    """str -> bytes; errors: 0 strict, 1 replace, 2 ignore, 3 surrogateescape (lone surrogates)."""
    n = len(s.chars)
    size = 0
    i = 0
    while i < n:
        c = cast_primitive(lltype.Signed, s.chars[i])
        if c < 0x80:
            size += 1
        elif c < 0x800:
            size += 2
        elif c < 0x10000:
            size += 3
        else:
            size += 4
        i += 1
    result = malloc(BYTES, size)
    pos = 0
    i = 0
    while i < n:
        c = cast_primitive(lltype.Signed, s.chars[i])
        if c < 0x80:
            result.chars[pos] = cast_primitive(lltype.Char, c)
            pos += 1
        elif c < 0x800:
            result.chars[pos] = cast_primitive(lltype.Char, 0xC0 | (c >> 6))
            result.chars[pos + 1] = cast_primitive(lltype.Char, 0x80 | (c & 0x3F))
            pos += 2
        elif c < 0x10000:
            if 0xD800 <= c <= 0xDFFF:
                if errors == 3 and 0xDC80 <= c <= 0xDCFF:
                    result.chars[pos] = cast_primitive(lltype.Char, c - 0xDC00)
                    pos += 1
                    i += 1
                    continue
                if errors == 0:
                    raise UnicodeEncodeError("'utf-8' codec can't encode a surrogate: surrogates not allowed")
                if errors == 2:
                    i += 1
                    continue
                result.chars[pos] = cast_primitive(lltype.Char, 63)
                pos += 1
                i += 1
                continue
            result.chars[pos] = cast_primitive(lltype.Char, 0xE0 | (c >> 12))
            result.chars[pos + 1] = cast_primitive(lltype.Char, 0x80 | ((c >> 6) & 0x3F))
            result.chars[pos + 2] = cast_primitive(lltype.Char, 0x80 | (c & 0x3F))
            pos += 3
        else:
            result.chars[pos] = cast_primitive(lltype.Char, 0xF0 | (c >> 18))
            result.chars[pos + 1] = cast_primitive(lltype.Char, 0x80 | ((c >> 12) & 0x3F))
            result.chars[pos + 2] = cast_primitive(lltype.Char, 0x80 | ((c >> 6) & 0x3F))
            result.chars[pos + 3] = cast_primitive(lltype.Char, 0x80 | (c & 0x3F))
            pos += 4
        i += 1
    if pos != size:
        return ll_getslice(result, 0, pos, True, True)
    return result


def _continuation(b: Any, pos: int, n: int) -> int:
    if pos >= n:
        return -1
    c = cast_primitive(lltype.Signed, b.chars[pos]) & 0xFF
    if c & 0xC0 != 0x80:
        return -1
    return c & 0x3F


def ll_decode_utf8(b: Any, errors: int) -> Any:
    """bytes -> str, with the same error handlers as ll_encode_utf8."""
    n = len(b.chars)
    result = malloc(STR, n)
    pos = 0
    out = 0
    while pos < n:
        c = cast_primitive(lltype.Signed, b.chars[pos]) & 0xFF
        code = -1
        length = 1
        if c < 0x80:
            code = c
        elif 0xC2 <= c <= 0xDF:
            c1 = _continuation(b, pos + 1, n)
            if c1 >= 0:
                code = ((c & 0x1F) << 6) | c1
                length = 2
        elif 0xE0 <= c <= 0xEF:
            c1 = _continuation(b, pos + 1, n)
            c2 = _continuation(b, pos + 2, n)
            if c1 >= 0 and c2 >= 0:
                code = ((c & 0x0F) << 12) | (c1 << 6) | c2
                if code < 0x800 or 0xD800 <= code <= 0xDFFF:
                    code = -1
                else:
                    length = 3
        elif 0xF0 <= c <= 0xF4:
            c1 = _continuation(b, pos + 1, n)
            c2 = _continuation(b, pos + 2, n)
            c3 = _continuation(b, pos + 3, n)
            if c1 >= 0 and c2 >= 0 and c3 >= 0:
                code = ((c & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
                if code < 0x10000 or code > 0x10FFFF:
                    code = -1
                else:
                    length = 4
        if code < 0:
            if errors == 0:
                raise UnicodeDecodeError("'utf-8' codec can't decode the input: invalid utf-8")
            if errors == 2:
                pos += 1
                continue
            code = 0xFFFD if errors == 1 else 0xDC00 + c
        result.chars[out] = cast_primitive(lltype.UniChar, code)
        out += 1
        pos += length
    if out != n:
        return ll_getslice(result, 0, out, True, True)
    return result


def ll_encode_latin1(s: Any, errors: int, limit: int) -> Any:
    """str -> bytes for 'latin-1' (limit 256) and 'ascii' (limit 128)."""
    n = len(s.chars)
    result = malloc(BYTES, n)
    out = 0
    i = 0
    while i < n:
        c = cast_primitive(lltype.Signed, s.chars[i])
        if c >= limit:
            if errors == 0:
                raise UnicodeEncodeError("codec can't encode a character: ordinal not in range")
            if errors == 2:
                i += 1
                continue
            c = 63
        result.chars[out] = cast_primitive(lltype.Char, c)
        out += 1
        i += 1
    return ll_getslice(result, 0, out, True, True)


def ll_decode_latin1(b: Any, errors: int, limit: int) -> Any:
    n = len(b.chars)
    result = malloc(STR, n)
    out = 0
    i = 0
    while i < n:
        c = cast_primitive(lltype.Signed, b.chars[i]) & 0xFF
        if c >= limit:
            if errors == 0:
                raise UnicodeDecodeError("'ascii' codec can't decode a byte: ordinal not in range(128)")
            if errors == 2:
                i += 1
                continue
            c = 0xFFFD
        result.chars[out] = cast_primitive(lltype.UniChar, c)
        out += 1
        i += 1
    return ll_getslice(result, 0, out, True, True)


def ll_c_string(s: Any) -> Any:
    """A NUL-terminated UTF-8 copy of s, for passing to C."""
    encoded = ll_encode_utf8(s, 3)
    n = len(encoded.chars)
    result = malloc(BYTES, n + 1)
    llop.interior_arraycopy(lltype.Void, encoded, result, "chars", 0, 0, n)
    result.chars[n] = cast_primitive(lltype.Char, 0)
    return result
