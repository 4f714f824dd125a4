"""Text conversions of magnitudes for rbigint: digits in bases 2..36 to text and back.

Parsing follows Python's int(text, base): surrounding whitespace, a sign, an optional base prefix
and single underscores between digits.  Power-of-two bases pack bits directly; other bases work
in chunks of the largest power of the base that fits a 31-bit digit.
"""

from __future__ import annotations

from kit.rlib.bigdigits import MASK, SHIFT, normsize
from kit.rlib.rarithmetic import intmask, r_uint
from kit.rlib.unicodedb import transform_decimal_and_space
from kit.rlib.unicodetext import repr_str

DIGIT_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz"

# Base 10 is the common case; the chunk divisor is spelled out as a constant so that the
# translated division becomes a multiplication.
DEC_CHUNK = 1000000000          # 10**9 < 2**31
DEC_CHUNK_DIGITS = 9
DEC_CHUNK_UNSIGNED = r_uint(DEC_CHUNK)


def _chunk_for_base(base: int) -> tuple[int, int]:
    """(base**k, k) for the largest k with base**k < 2**31."""
    power = base
    k = 1
    while power * base <= MASK:
        power *= base
        k += 1
    return power, k


def _log2_of_power_of_two(base: int) -> int:
    """log2(base) if base is a power of two, else 0."""
    bits = 0
    b = base
    while b > 1 and b & 1 == 0:
        b >>= 1
        bits += 1
    return bits if b == 1 else 0


# ---- magnitude to text -----------------------------------------------------------------------------

def to_text(a: list[int], asize: int, base: int, negative: bool) -> str:
    """The digits of a in `base` (2..36), lowercase, with '-' if negative, no prefix."""
    if asize == 0:
        return "0"
    bits = _log2_of_power_of_two(base)
    if bits != 0:
        chars = _binary_base_chars(a, asize, bits)
    elif base == 10:
        chunks, nchunks = _decimal_chunks(a, asize)
        chars = _chunks_to_chars(chunks, nchunks, 10, DEC_CHUNK_DIGITS)
    else:
        power, k = _chunk_for_base(base)
        chunks, nchunks = _base_chunks(a, asize, power)
        chars = _chunks_to_chars(chunks, nchunks, base, k)
    if negative:
        chars.append("-")
    chars.reverse()
    return "".join(chars)


def _binary_base_chars(a: list[int], asize: int, bits: int) -> list[str]:
    """Characters, least significant first, for a power-of-two base of `bits` bits per char."""
    chars: list[str] = []
    charmask = (1 << bits) - 1
    acc = 0
    accbits = 0
    i = 0
    while i < asize:
        acc |= a[i] << accbits         # accbits < bits <= 5, so this stays below 2**36
        accbits += SHIFT
        while accbits >= bits:
            chars.append(DIGIT_CHARS[acc & charmask])
            acc >>= bits
            accbits -= bits
        i += 1
    while acc != 0:
        chars.append(DIGIT_CHARS[acc & charmask])
        acc >>= bits
    # drop leading zeros (at the end of the list), keeping one digit
    while len(chars) > 1 and chars[-1] == "0":
        chars.pop()
    return chars


def _decimal_chunks(a: list[int], asize: int) -> tuple[list[int], int]:
    """a in base 10**9 (least significant chunk first): Horner's rule on a's digits."""
    out = [0] * (asize * SHIFT // 29 + 2)     # 10**9 > 2**29
    n = 0
    i = asize - 1
    while i >= 0:
        hi = a[i]
        j = 0
        while j < n:
            # z < 10**9 * 2**31 < 2**61; unsigned, its division by the constant needs no sign fixup
            z = (r_uint(out[j]) << SHIFT) | r_uint(hi)
            quotient = z // DEC_CHUNK_UNSIGNED
            out[j] = intmask(z - quotient * DEC_CHUNK_UNSIGNED)
            hi = intmask(quotient)
            j += 1
        while hi != 0:
            out[n] = hi % DEC_CHUNK
            hi //= DEC_CHUNK
            n += 1
        i -= 1
    return out, n


def _base_chunks(a: list[int], asize: int, power: int) -> tuple[list[int], int]:
    """a in base `power` (< 2**31), least significant chunk first."""
    out = [0] * (asize * SHIFT // (digit_bits_floor(power)) + 2)
    n = 0
    i = asize - 1
    while i >= 0:
        hi = a[i]
        j = 0
        while j < n:
            z = (out[j] << SHIFT) | hi
            hi = z // power
            out[j] = z - hi * power
            j += 1
        while hi != 0:
            out[n] = hi % power
            hi //= power
            n += 1
        i -= 1
    return out, n


def digit_bits_floor(x: int) -> int:
    """floor(log2(x)) for x >= 1."""
    n = -1
    while x > 0:
        x >>= 1
        n += 1
    return n


def _chunks_to_chars(chunks: list[int], nchunks: int, base: int, k: int) -> list[str]:
    """Characters, least significant first: every chunk gives k digits except the top one."""
    chars: list[str] = []
    j = 0
    while j < nchunks:
        c = chunks[j]
        if j == nchunks - 1:
            while c != 0:
                chars.append(DIGIT_CHARS[c % base])
                c //= base
        else:
            for _ in range(k):
                chars.append(DIGIT_CHARS[c % base])
                c //= base
        j += 1
    return chars


# ---- text to magnitude ------------------------------------------------------------------------------

class ParsedInt:
    """The result of parsing: sign (-1, 0, 1) and a magnitude (digits, size)."""

    def __init__(self, sign: int, digits: list[int], size: int) -> None:
        self.sign = sign
        self.digits = digits
        self.size = size


def is_space(ch: str) -> bool:
    """The whitespace int() and float() strip: C's isspace() in ASCII, str.isspace() beyond.

    (CPython maps non-ASCII whitespace to ' ' first, then skips C-locale whitespace, so the
    ASCII separators 0x1C-0x1F, which str.isspace() accepts, are not stripped.)
    """
    c = ord(ch)
    if c <= 0x20:
        return c == 0x20 or 0x09 <= c <= 0x0D
    if c < 0x85:
        return False
    return (c == 0x85 or c == 0xA0 or c == 0x1680 or 0x2000 <= c <= 0x200A or c == 0x2028
            or c == 0x2029 or c == 0x202F or c == 0x205F or c == 0x3000)


def strip_spaces(s: str) -> tuple[int, int]:
    """(start, end) of s without the surrounding whitespace."""
    start = 0
    end = len(s)
    while start < end and is_space(s[start]):
        start += 1
    while end > start and is_space(s[end - 1]):
        end -= 1
    return start, end


def char_digit_value(ch: str) -> int:
    """The value of an ASCII digit or letter (a/A = 10 ...), or 99 for anything else."""
    c = ord(ch)
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 122:
        return c - 87
    if 65 <= c <= 90:
        return c - 55
    return 99


def invalid_literal(s: str, base: int) -> ValueError:
    """CPython's message, with the text's repr cut at 200 characters."""
    shown = repr_str(s)
    if len(shown) > 200:
        shown = shown[:200]
    return ValueError("invalid literal for int() with base %d: %s" % (base, shown))


def parse_int(text: str, base: int) -> ParsedInt:
    """Parse like Python's int(text, base) for base 0 or 2..36; ValueError on bad text.

    Unicode decimal digits count as digits and Unicode whitespace as space, as in Python.
    """
    if base != 0 and (base < 2 or base > 36):
        raise ValueError("int() base must be >= 2 and <= 36, or 0")
    s = transform_decimal_and_space(text)
    given_base = base          # error messages name the base the caller asked for
    start, end = strip_spaces(s)
    sign = 1
    if start < end and (s[start] == "+" or s[start] == "-"):
        if s[start] == "-":
            sign = -1
        start += 1
    # base prefix (0x, 0o, 0b), allowed when it matches the base or the base is 0
    prefixed = False
    if end - start >= 2 and s[start] == "0":
        p = s[start + 1]
        prefix_base = 0
        if p == "x" or p == "X":
            prefix_base = 16
        elif p == "o" or p == "O":
            prefix_base = 8
        elif p == "b" or p == "B":
            prefix_base = 2
        if prefix_base != 0 and (base == 0 or base == prefix_base):
            base = prefix_base
            start += 2
            prefixed = True
    original_base_was_zero = False
    if base == 0:
        base = 10
        original_base_was_zero = True
    # collect digit values, checking underscores: one at a time, between digits (or after a prefix)
    values = [0] * (end - start)
    n = 0
    previous_underscore = False
    i = start
    while i < end:
        ch = s[i]
        if ch == "_":
            if previous_underscore or (n == 0 and not prefixed):
                raise invalid_literal(text, given_base)
            previous_underscore = True
        else:
            v = char_digit_value(ch)
            if v >= base:
                raise invalid_literal(text, given_base)
            values[n] = v
            n += 1
            previous_underscore = False
        i += 1
    if n == 0 or previous_underscore:
        raise invalid_literal(text, given_base)
    if original_base_was_zero and not prefixed and values[0] == 0:
        # base 0 forbids leading zeros in a non-zero decimal literal
        for j in range(n):
            if values[j] != 0:
                raise invalid_literal(text, given_base)
    digits, size = digits_from_values(values, n, base)
    if size == 0:
        sign = 0
    return ParsedInt(sign, digits, size)


def digits_from_values(values: list[int], n: int, base: int) -> tuple[list[int], int]:
    """The magnitude of the base-`base` numeral values[0:n] (most significant first)."""
    bits = _log2_of_power_of_two(base)
    if bits != 0:
        z = [0] * (n * bits // SHIFT + 1)
        acc = 0
        accbits = 0
        k = 0
        j = n - 1
        while j >= 0:
            acc |= values[j] << accbits
            accbits += bits
            if accbits >= SHIFT:
                z[k] = acc & MASK
                k += 1
                acc >>= SHIFT
                accbits -= SHIFT
            j -= 1
        if accbits > 0:
            z[k] = acc
        return z, normsize(z, len(z))
    power, k = _chunk_for_base(base)
    # the magnitude needs at most n * log2(base) bits
    z = [0] * (n * (digit_bits_floor(base) + 1) // SHIFT + 2)
    size = 0
    j = 0
    while j < n:
        # take the next chunk of up to k numerals
        chunk = 0
        scale = 1
        stop = min(j + k, n)
        while j < stop:
            chunk = chunk * base + values[j]
            scale *= base
            j += 1
        # z = z * scale + chunk, in place
        carry = chunk
        i = 0
        while i < size:
            carry += z[i] * scale
            z[i] = carry & MASK
            carry >>= SHIFT
            i += 1
        if carry != 0:
            z[size] = carry
            size += 1
    return z, normsize(z, size)
