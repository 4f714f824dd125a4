"""The Eisel-Lemire fast path of text-to-double conversion: w * 10**q for a decimal significand w of
at most 18 digits, correctly rounded with one or two 64x64->128-bit products and a table of 5**q.

The algorithm is D. Lemire's ("Number Parsing at a Gigabyte per Second", 2021); Mushtak and Lemire
("Fast Number Parsing Without Fallback", 2023) proved that with the exact significand the two
products always decide the rounding, so there is no fallback. float_parse uses it for significands
too long for Clinger's fast path; the exact rbigint path remains for longer ones.
"""

from __future__ import annotations

from kit.rlib.float_parts import INF, compose
from kit.rlib.objectmodel import not_rpython
from kit.rlib.rarithmetic import intmask, r_uint

SMALLEST_POWER_OF_TEN = -342     # below: the value is 0 for every w < 2**64
LARGEST_POWER_OF_TEN = 308       # above: infinity
MANTISSA_BITS = 52
MINIMUM_EXPONENT = -1023
INFINITE_POWER = 0x7FF
# exact halfway cases w * 10**q exist only for these q (for other q, 5**|q| is too large to allow one)
MIN_EXPONENT_ROUND_TO_EVEN = -4
MAX_EXPONENT_ROUND_TO_EVEN = 23
MASK32 = r_uint(0xFFFFFFFF)
PRECISION_MASK = r_uint(0x1FF)  # the low 64 - (52 + 3) bits of the high product word


@not_rpython
def _power_of_five_128(q: int) -> int:
    """5**q as a 128-bit number with its top bit set: truncated for q >= 0, for q < 0 the
    reciprocal rounded up (the published construction of the table)."""
    if q >= 0:
        value = 5 ** q
        while value < 1 << 127:
            value <<= 1
        while value >= 1 << 128:
            value >>= 1
        return value
    power5 = 5 ** -q
    z = power5.bit_length()      # the smallest z with 2**z >= power5 (power5 is no power of two)
    if q >= -27:
        return (1 << (z + 127)) // power5 + 1
    value = (1 << (2 * z + 128)) // power5 + 1
    while value >= 1 << 128:
        value >>= 1
    return value


# the table as two lists of machine words (high and low halves, stored as signed ints)
_TABLE = [_power_of_five_128(q) for q in range(SMALLEST_POWER_OF_TEN, LARGEST_POWER_OF_TEN + 1)]
POW5_HIGH = [intmask(value >> 64) for value in _TABLE]
POW5_LOW = [intmask(value & ((1 << 64) - 1)) for value in _TABLE]
del _TABLE


def _multiply(a: r_uint, b: r_uint) -> tuple[r_uint, r_uint]:
    """The 128-bit product a * b as (high, low) 64-bit words, from 32-bit halves."""
    a_lo = a & MASK32
    a_hi = a >> 32
    b_lo = b & MASK32
    b_hi = b >> 32
    p0 = a_lo * b_lo
    p1 = a_lo * b_hi
    p2 = a_hi * b_lo
    p3 = a_hi * b_hi
    middle = (p0 >> 32) + (p1 & MASK32) + (p2 & MASK32)     # < 3 * 2**32
    low = (p0 & MASK32) | (middle << 32)
    high = p3 + (p1 >> 32) + (p2 >> 32) + (middle >> 32)
    return high, low


def _power2(q: int) -> int:
    """floor(q * log2(10)) + 63 for |q| <= 342 (the binary exponent of 10**q, shifted)."""
    return (((152170 + 65536) * q) >> 16) + 63


def _leading_zeros(w: int) -> int:
    n = 64
    while w > 0:
        w >>= 1
        n -= 1
    return n


def eisel_lemire(w: int, q: int) -> float:
    """The double nearest to w * 10**q (ties to even), for 0 <= w < 10**18."""
    if w == 0 or q < SMALLEST_POWER_OF_TEN:
        return 0.0
    if q > LARGEST_POWER_OF_TEN:
        return INF
    lz = _leading_zeros(w)
    wn = r_uint(w) << lz
    index = q - SMALLEST_POWER_OF_TEN
    high, low = _multiply(wn, r_uint(POW5_HIGH[index]))
    if high & PRECISION_MASK == PRECISION_MASK:
        # the truncated part may carry into the bits that decide the rounding: add the next word
        second_high, _ = _multiply(wn, r_uint(POW5_LOW[index]))
        low += second_high
        if second_high > low:
            high += r_uint(1)
    upperbit = intmask(high >> 63)
    shift = upperbit + 64 - MANTISSA_BITS - 3
    mantissa = intmask(high >> shift)               # 54 or 55 bits: the result and a rounding bit
    power2 = _power2(q) + upperbit - lz - MINIMUM_EXPONENT
    if power2 <= 0:
        # a subnormal result (no exact halfway case is possible this far down)
        if -power2 + 1 >= 64:
            return 0.0
        mantissa >>= -power2 + 1
        mantissa += mantissa & 1
        mantissa >>= 1
        return compose(mantissa, -1074)
    if (low <= r_uint(1) and MIN_EXPONENT_ROUND_TO_EVEN <= q <= MAX_EXPONENT_ROUND_TO_EVEN
            and mantissa & 3 == 1 and r_uint(mantissa) << shift == high):
        # exactly halfway between two doubles with an even lower one: round down
        mantissa &= ~1
    mantissa += mantissa & 1
    mantissa >>= 1
    if mantissa >= 2 << MANTISSA_BITS:
        mantissa = 1 << MANTISSA_BITS
        power2 += 1
    if power2 >= INFINITE_POWER:
        return INF
    # mantissa has its implicit bit: the value is mantissa * 2**(power2 - 1023 - 52)
    return compose(mantissa, power2 + MINIMUM_EXPONENT - MANTISSA_BITS)
