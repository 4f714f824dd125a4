"""Decimal digits of a double, exactly: shortest round-trip digits and correctly rounded digits.

A positive double is v = c * 2**q.  Digits come back as (digits, decpt) meaning 0.DIGITS * 10**decpt
with no trailing zeros (like David Gay's dtoa).  Every result is computed with exact integer
arithmetic: machine ints when the scaled numbers fit in 59 bits, rbigint otherwise.
"""

from __future__ import annotations

from kit.rlib import bigdigits as bd
from kit.rlib.bigdigits import SHIFT, digit_bit_length
from kit.rlib.rbigint import rbigint

LOG10_2 = 0.30102999566398119521
# numbers below this stay exact when multiplied by 10 and added twice
SMALL_LIMIT = 1 << 59
POW10 = [10 ** i for i in range(19)]       # exact machine-int powers of ten
DIGITS = "0123456789"


def decimal_exponent_estimate(c: int, q: int) -> int:
    """A lower bound, usually exact, for the decpt of v = c * 2**q (10**(decpt-1) <= v).

    log2(v) = e + log2(m) with m = c / 2**(bits-1) in [1, 2), and log2(m) >= m - 1 there.
    """
    bits = digit_bit_length(c)
    e = bits - 1 + q
    m = float(c) / float(1 << (bits - 1))
    t = (e + m - 1.0) * LOG10_2 - 1e-9
    k = int(t)                              # truncation; below make it a floor
    if t < k:
        k -= 1
    return k + 1


# Powers of five, the odd part of powers of ten: 5**n = POW5_BIG[n // 27] * POW5_SMALL[n % 27]
# (5**27 < 2**63 is the largest power that is a machine int); the big ones reach past 5**1100,
# which covers every exponent that parsing and repr need.
POW5_STEP = 27
POW5_SMALL = [5 ** i for i in range(POW5_STEP)]
POW5_BIG = [rbigint.fromlong(5 ** (POW5_STEP * i)) for i in range(42)]


def pow5_big(n: int) -> rbigint:
    """5**n for n >= 0."""
    if n < POW5_STEP:
        return rbigint.fromint(POW5_SMALL[n])
    i = n // POW5_STEP
    if i < len(POW5_BIG):
        return POW5_BIG[i].int_mul(POW5_SMALL[n - i * POW5_STEP])
    return rbigint.fromint(5).pow(rbigint.fromint(n))


def pow10_big(n: int) -> rbigint:
    """10**n for n >= 0."""
    if n < len(POW10):
        return rbigint.fromint(POW10[n])
    return pow5_big(n).lshift(n)


def _strip_zeros(chars: list[str]) -> str:
    n = len(chars)
    while n > 1 and chars[n - 1] == "0":
        n -= 1
    return "".join(chars[:n])


def _strip_zeros_text(text: str) -> str:
    n = len(text)
    while n > 1 and text[n - 1] == "0":
        n -= 1
    return text[:n]


def _decimal_text(n: rbigint) -> str:
    # most rounded values fit a machine int, whose str() is much cheaper than rbigint's
    if n.fits_int():
        return str(n.toint())
    return n.str()


# ---- shortest digits (Steele & White / Burger & Dybvig free-format generation) -----------------------

def shortest_digits(c: int, q: int) -> tuple[str, int]:
    """The shortest digits that read back as v = c * 2**q (c > 0), nearest to v, ties to even.

    The state is r/s = v / 10**k with the half-gaps to the neighbouring doubles m+/s and m-/s;
    the interval ends count as inside when c is even (round-half-even reading).
    """
    even = c & 1 == 0
    unequal = c == 1 << 52 and q > -1074      # the gap below a power of two is half the gap above
    k = decimal_exponent_estimate(c, q)
    result = _shortest_small(c, q, k, even, unequal)
    if result[1] != _FAILED:
        return result
    return _shortest_big(c, q, k, even, unequal)


_FAILED = -100000


def _shortest_small(c: int, q: int, k: int, even: bool, unequal: bool) -> tuple[str, int]:
    """shortest_digits on machine ints, or ("", _FAILED) if the numbers would not fit."""
    if q >= 0:
        if q > 4:
            return "", _FAILED
        r = c << (q + 1)
        s = 2
        mp = 1 << q
    else:
        if q < -60:
            return "", _FAILED
        r = c << 1
        s = 1 << (1 - q)
        mp = 1
    mm = mp
    if unequal:
        r <<= 1
        s <<= 1
        mp <<= 1
    if k >= 0:
        if k >= len(POW10) or s >= SMALL_LIMIT // POW10[k]:
            return "", _FAILED
        s *= POW10[k]
    else:
        # scale by 10**-k = 5**-k * 2**-k: the power of two is taken off s instead (s is a power
        # of two at least 2**(1-q) > 2**-k here)
        if -k >= len(POW10) or r >= SMALL_LIMIT // POW10[-k]:
            return "", _FAILED
        f = POW10[-k] >> (-k)
        r *= f
        mp *= f
        mm *= f
        s >>= -k
    if s >= SMALL_LIMIT:
        return "", _FAILED
    # fix the estimate: the upper end of the interval must fall below 10**k; when it does not,
    # k grows by one and the first step divides by s without first multiplying by 10 (which is
    # the same as multiplying s by 10, but keeps the numbers small)
    scale_first = True
    if r + mp > s or (even and r + mp == s):
        k += 1
        scale_first = False
        if r + mp > 10 * s or (even and r + mp == 10 * s):
            return "", _FAILED
    chars: list[str] = []
    while True:
        if scale_first:
            r *= 10
            mp *= 10
            mm *= 10
        scale_first = True
        d = r // s
        r -= d * s
        low = r < mm or (even and r == mm)
        high = r + mp > s or (even and r + mp == s)
        if low or high:
            if high and (not low or 2 * r > s or (2 * r == s and d & 1 == 1)):
                d += 1
            chars.append(DIGITS[d] if d < 10 else ":")
            break
        chars.append(DIGITS[d])
    return _carry_digits(chars, k)


def _shortest_big(c: int, q: int, k: int, even: bool, unequal: bool) -> tuple[str, int]:
    """shortest_digits with rbigint arithmetic (any exponent)."""
    if q >= 0:
        r = rbigint.fromint(c).lshift(q + 1)
        s = rbigint.fromint(2)
        mp = rbigint.fromint(1).lshift(q)
    else:
        r = rbigint.fromint(c << 1)
        s = rbigint.fromint(1).lshift(1 - q)
        mp = rbigint.fromint(1)
    mm = mp
    if unequal:
        r = r.lshift(1)
        s = s.lshift(1)
        mp = mp.lshift(1)
    if k >= 0:
        s = s.mul(pow10_big(k))
    else:
        f = pow10_big(-k)
        r = r.mul(f)
        mp = mp.mul(f)
        mm = mm.mul(f)
    while True:
        c_high = r.add(mp)._cmp(s)
        if c_high > 0 or (even and c_high == 0):
            s = s.int_mul(10)
            k += 1
        else:
            break
    return _generate_in_buffers(r, s, mp, mm, k, even, unequal)


def _buffer(x: rbigint, shift: int, capacity: int) -> tuple[list[int], int]:
    """x << shift as a digit buffer of the given capacity, and its size."""
    shifted = x.lshift(shift)
    buf = [0] * capacity
    for i in range(shifted.size):
        buf[i] = shifted.digit(i)
    return buf, shifted.size


def _generate_in_buffers(r_big: rbigint, s_big: rbigint, mp_big: rbigint, mm_big: rbigint, k: int,
                         even: bool, unequal: bool) -> tuple[str, int]:
    """The digit loop of shortest_digits on preallocated digit buffers (no allocation per digit).

    All four numbers are first shifted left together so that s's top digit has at least 28 bits:
    then the quotient estimate top(r) // (top(s) + 1) is the digit or one less.
    """
    n = s_big.size
    top_bits = digit_bit_length(s_big.digit(n - 1))
    shift = 28 - top_bits if top_bits < 28 else 0
    capacity = n + 2
    s, ssize = _buffer(s_big, shift, capacity)
    r, rsize = _buffer(r_big, shift, capacity)
    mp, mpsize = _buffer(mp_big, shift, capacity)
    mm, mmsize = _buffer(mm_big, shift, capacity)
    scratch = [0] * capacity
    stop = s[ssize - 1] + 1
    chars: list[str] = []
    while True:
        # r, mp, mm *= 10; then the next digit d = r // s and r = r % s
        rsize = bd.imul_digit(r, rsize, 10)
        mpsize = bd.imul_digit(mp, mpsize, 10)
        if unequal:
            mmsize = bd.imul_digit(mm, mmsize, 10)
        else:
            mm = mp
            mmsize = mpsize
        top = 0
        if rsize > ssize:
            top = r[ssize] << SHIFT
        if rsize >= ssize:
            top |= r[ssize - 1]
        d = top // stop
        if d > 0:
            rsize = bd.isubmul_digit(r, rsize, s, ssize, d)
        if bd.compare(r, rsize, s, ssize) >= 0:
            rsize = bd.isub(r, rsize, s, ssize)
            d += 1
        c_low = bd.compare(r, rsize, mm, mmsize)
        tsize = bd.add_into(scratch, r, rsize, mp, mpsize)
        c_high = bd.compare(scratch, tsize, s, ssize)
        low = c_low < 0 or (even and c_low == 0)
        high = c_high > 0 or (even and c_high == 0)
        if low or high:
            if high:
                tsize = bd.add_into(scratch, r, rsize, r, rsize)
                c_half = bd.compare(scratch, tsize, s, ssize)
                if not low or c_half > 0 or (c_half == 0 and d & 1 == 1):
                    d += 1
            chars.append(DIGITS[d] if d < 10 else ":")
            break
        chars.append(DIGITS[d])
    return _carry_digits(chars, k)


def _carry_digits(chars: list[str], k: int) -> tuple[str, int]:
    """Resolve a final digit of 10 (written ':') by carrying into the digits before it."""
    i = len(chars) - 1
    while i >= 0 and chars[i] == ":":
        if i == 0:
            chars[0] = "1"
            k += 1
            break
        chars[i] = "0"
        prev = ord(chars[i - 1]) - 48 + 1
        chars[i - 1] = DIGITS[prev] if prev < 10 else ":"
        i -= 1
    return _strip_zeros(chars), k


# ---- correctly rounded digits ----------------------------------------------------------------------

def _round_half_even_small(num: int, den: int) -> int:
    quotient = num // den
    twice_rem = 2 * (num - quotient * den)
    if twice_rem > den or (twice_rem == den and quotient & 1 == 1):
        quotient += 1
    return quotient


def _round_half_even_big(num: rbigint, den: rbigint) -> rbigint:
    quotient, rem = num.divmod(den)
    c = rem.lshift(1)._cmp(den)
    if c > 0 or (c == 0 and quotient._digits[0] & 1 == 1):
        quotient = quotient.int_add(1)
    return quotient


def _bits_of_pow5(n: int) -> int:
    """An upper bound for the bit length of 5**n (log2(5) < 7/3)."""
    return n * 7 // 3 + 1


def scaled_round(c: int, q: int, j: int) -> rbigint:
    """round-half-even(c * 2**q / 10**j) for c >= 0, exactly."""
    # num/den = c * 5**-j * 2**(q-j), the powers of five and two each on the side they belong
    twos = q - j
    fives = -j
    numbits = digit_bit_length(c)
    denbits = 1
    if fives >= 0:
        numbits += _bits_of_pow5(fives)
    else:
        denbits += _bits_of_pow5(-fives)
    if twos >= 0:
        numbits += twos
    else:
        denbits -= twos
    if numbits <= 62 and denbits <= 62 and abs(fives) < len(POW10):
        num = c
        den = 1
        if fives >= 0:
            num *= POW10[fives] >> fives
        else:
            den = POW10[-fives] >> (-fives)
        if twos >= 0:
            num <<= twos
        else:
            den <<= -twos
        return rbigint.fromint(_round_half_even_small(num, den))
    num_big = rbigint.fromint(c)
    den_big = rbigint.fromint(1)
    if fives >= 0:
        num_big = num_big.mul(pow5_big(fives))
    else:
        den_big = pow5_big(-fives)
    if twos >= 0:
        num_big = num_big.lshift(twos)
    else:
        den_big = den_big.lshift(-twos)
    return _round_half_even_big(num_big, den_big)


def fixed_digits(c: int, q: int, ndigits: int) -> tuple[str, int]:
    """v = c * 2**q rounded half-even to ndigits after the point (ndigits may be negative).

    Returns (digits, decpt) without trailing zeros; ("", -ndigits) when the result is zero.
    """
    n = scaled_round(c, q, -ndigits)
    if n.sign == 0:
        return "", -ndigits
    text = _decimal_text(n)
    return _strip_zeros_text(text), len(text) - ndigits


def significant_digits(c: int, q: int, nsig: int) -> tuple[str, int]:
    """v = c * 2**q (c > 0) rounded half-even to nsig >= 1 significant digits: (digits, decpt)."""
    k = decimal_exponent_estimate(c, q)
    limit = pow10_big(nsig)
    while True:
        n = scaled_round(c, q, k - nsig)
        if n.lt(limit):
            break
        k += 1
    return _strip_zeros_text(_decimal_text(n)), k
