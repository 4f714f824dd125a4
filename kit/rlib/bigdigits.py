"""Algorithms on magnitudes: lists of 31-bit digits, least significant first (used by rbigint).

A magnitude is a pair (digits, size): only digits[0:size] count and digits[size-1] != 0 when
normalized (size 0 is zero).  Results are fresh lists, often one digit longer than needed; callers
find their true size with `normsize`.  With 31-bit digits a digit product plus two digits is below
2**63, so every intermediate value below fits a signed machine word.
"""

from __future__ import annotations

# The digit loops are `while` loops counting up from 0 rather than `for i in range(n)`: translated,
# such a counter is known to be non-negative (so a[i] skips the negative-index fixup) and needs no
# iterator object; pidigits ran about 1.5x faster with them.
SHIFT = 31
BASE = 1 << SHIFT
MASK = BASE - 1

# Below this many digits in the smaller factor, schoolbook multiplication beats Karatsuba.
KARATSUBA_CUTOFF = 48
KARATSUBA_SQUARE_CUTOFF = 2 * KARATSUBA_CUTOFF


def normsize(a: list[int], size: int) -> int:
    """The size of a[0:size] without its leading zero digits."""
    while size > 0 and a[size - 1] == 0:
        size -= 1
    return size


def digit_bit_length(d: int) -> int:
    n = 0
    while d >= 256:
        d >>= 8
        n += 8
    while d > 0:
        d >>= 1
        n += 1
    return n


def compare(a: list[int], asize: int, b: list[int], bsize: int) -> int:
    """-1, 0 or 1 as the magnitude a is smaller, equal or larger than b (both normalized)."""
    if asize != bsize:
        return -1 if asize < bsize else 1
    i = asize - 1
    while i >= 0:
        if a[i] != b[i]:
            return -1 if a[i] < b[i] else 1
        i -= 1
    return 0


# ---- addition and subtraction --------------------------------------------------------------------

def add(a: list[int], asize: int, b: list[int], bsize: int) -> list[int]:
    """a + b, as a list of max(asize, bsize) + 1 digits."""
    if asize < bsize:
        a, b = b, a
        asize, bsize = bsize, asize
    z = [0] * (asize + 1)
    carry = 0
    i = 0
    while i < bsize:
        carry += a[i] + b[i]
        z[i] = carry & MASK
        carry >>= SHIFT
        i += 1
    i = bsize
    while i < asize:
        carry += a[i]
        z[i] = carry & MASK
        carry >>= SHIFT
        i += 1
    z[asize] = carry
    return z


def sub(a: list[int], asize: int, b: list[int], bsize: int) -> list[int]:
    """a - b for a >= b, as a list of asize digits."""
    z = [0] * max(asize, 1)
    t = 0          # the running difference; after the shift it is the borrow, 0 or -1
    i = 0
    while i < bsize:
        t += a[i] - b[i]
        z[i] = t & MASK
        t >>= SHIFT
        i += 1
    i = bsize
    while i < asize:
        t += a[i]
        z[i] = t & MASK
        t >>= SHIFT
        i += 1
    assert t == 0, "bigdigits.sub: a < b"
    return z


def add_digit(a: list[int], asize: int, d: int) -> list[int]:
    """a + d for one digit d, as a list of asize + 1 digits."""
    z = [0] * (asize + 1)
    carry = d
    i = 0
    while i < asize:
        carry += a[i]
        z[i] = carry & MASK
        carry >>= SHIFT
        i += 1
    z[asize] = carry
    return z


def sub_digit(a: list[int], asize: int, d: int) -> list[int]:
    """a - d for one digit d <= a, as a list of asize digits."""
    z = [0] * max(asize, 1)
    t = -d
    i = 0
    while i < asize:
        t += a[i]
        z[i] = t & MASK
        t >>= SHIFT
        i += 1
    return z


def iadd_at(z: list[int], zstart: int, zsize: int, b: list[int], bsize: int) -> None:
    """z[zstart:zstart+zsize] += b[0:bsize] in place, modulo BASE**zsize (a carry out is dropped).

    Karatsuba relies on the wrap-around: its middle window goes "negative" after the two
    subtractions and comes back once the third product is added.
    """
    carry = 0
    i = 0
    while i < bsize:
        carry += z[zstart + i] + b[i]
        z[zstart + i] = carry & MASK
        carry >>= SHIFT
        i += 1
    while carry != 0 and i < zsize:
        carry += z[zstart + i]
        z[zstart + i] = carry & MASK
        carry >>= SHIFT
        i += 1


def isub_at(z: list[int], zstart: int, zsize: int, b: list[int], bsize: int) -> None:
    """z[zstart:zstart+zsize] -= b[0:bsize] in place, modulo BASE**zsize (a borrow out is dropped)."""
    t = 0
    i = 0
    while i < bsize:
        t += z[zstart + i] - b[i]
        z[zstart + i] = t & MASK
        t >>= SHIFT
        i += 1
    while t != 0 and i < zsize:
        t += z[zstart + i]
        z[zstart + i] = t & MASK
        t >>= SHIFT
        i += 1


# ---- shifts --------------------------------------------------------------------------------------

def lshift(a: list[int], asize: int, wordshift: int, bitshift: int) -> list[int]:
    """a << (wordshift * SHIFT + bitshift), as asize + wordshift + 1 digits (0 <= bitshift < SHIFT)."""
    z = [0] * (asize + wordshift + 1)
    carry = 0
    i = 0
    while i < asize:
        # a digit shifted by < 31 bits plus a carry of < 31 bits stays below 2**62
        carry |= a[i] << bitshift
        z[i + wordshift] = carry & MASK
        carry >>= SHIFT
        i += 1
    z[asize + wordshift] = carry
    return z


def rshift(a: list[int], asize: int, wordshift: int, bitshift: int) -> list[int]:
    """a >> (wordshift * SHIFT + bitshift), as max(asize - wordshift, 1) digits."""
    newsize = asize - wordshift
    if newsize <= 0:
        return [0]
    z = [0] * newsize
    lowmask = (1 << bitshift) - 1
    hishift = SHIFT - bitshift
    i = 0
    while i < newsize:
        d = a[i + wordshift] >> bitshift
        if i + 1 < newsize:
            d |= (a[i + wordshift + 1] & lowmask) << hishift
        z[i] = d
        i += 1
    return z


def any_low_bits(a: list[int], asize: int, nbits: int) -> bool:
    """True when one of the lowest nbits bits of the magnitude a is set."""
    wordshift = nbits // SHIFT
    i = 0
    while i < min(wordshift, asize):
        if a[i] != 0:
            return True
        i += 1
    if wordshift < asize:
        return (a[wordshift] & ((1 << (nbits - wordshift * SHIFT)) - 1)) != 0
    return False


# ---- multiplication ------------------------------------------------------------------------------

def mul_digit(a: list[int], asize: int, d: int, add_in: int) -> list[int]:
    """a * d + add_in for digits d and add_in, as asize + 1 digits."""
    z = [0] * (asize + 1)
    carry = add_in
    i = 0
    while i < asize:
        carry += a[i] * d
        z[i] = carry & MASK
        carry >>= SHIFT
        i += 1
    z[asize] = carry
    return z


def mul_school(a: list[int], asize: int, b: list[int], bsize: int) -> list[int]:
    """Schoolbook a * b, as asize + bsize digits."""
    z = [0] * (asize + bsize)
    i = 0
    while i < asize:
        f = a[i]
        if f == 0:
            i += 1
            continue
        carry = 0
        j = 0
        while j < bsize:
            # z digit + digit product + carry < 2**31 + 2**62 + 2**32 < 2**63
            carry += z[i + j] + b[j] * f
            z[i + j] = carry & MASK
            carry >>= SHIFT
            j += 1
        k = i + bsize
        while carry != 0:
            carry += z[k]
            z[k] = carry & MASK
            carry >>= SHIFT
            k += 1
        i += 1
    return z


def square_school(a: list[int], asize: int) -> list[int]:
    """a * a using the symmetry of the cross products (about half the digit products)."""
    z = [0] * (2 * asize)
    i = 0
    while i < asize:
        f = a[i]
        if f == 0:
            i += 1
            continue
        # the square of digit i, then twice each cross product a[i] * a[j] for j > i
        carry = z[2 * i] + f * f
        z[2 * i] = carry & MASK
        carry >>= SHIFT
        f2 = f << 1
        k = 2 * i + 1
        j = i + 1
        while j < asize:
            # z digit + 2 * digit product + carry < 2**31 + 2**63 - 2**33 + 2**33: the carry here is
            # at most 2**32, so the sum stays below 2**63
            carry += z[k] + a[j] * f2
            z[k] = carry & MASK
            carry >>= SHIFT
            k += 1
            j += 1
        while carry != 0:
            carry += z[k]
            z[k] = carry & MASK
            carry >>= SHIFT
            k += 1
        i += 1
    return z


def mul(a: list[int], asize: int, b: list[int], bsize: int) -> list[int]:
    """a * b, as asize + bsize digits: schoolbook, Karatsuba or chunked for lopsided sizes."""
    if asize > bsize:
        a, b = b, a
        asize, bsize = bsize, asize
    # now asize <= bsize
    if asize == 0:
        return [0] * max(bsize, 1)
    if asize == 1:
        z = mul_digit(b, bsize, a[0], 0)
        return z
    square = a is b and asize == bsize
    if square:
        if asize < KARATSUBA_SQUARE_CUTOFF:
            return square_school(a, asize)
    elif asize < KARATSUBA_CUTOFF:
        return mul_school(a, asize, b, bsize)
    if 2 * asize <= bsize:
        return mul_lopsided(a, asize, b, bsize)
    return karatsuba(a, asize, b, bsize)


def _low(a: list[int], asize: int, n: int) -> tuple[list[int], int]:
    """The low n digits of a, normalized (as (digits, size))."""
    size = min(n, asize)
    z = [0] * max(size, 1)
    i = 0
    while i < size:
        z[i] = a[i]
        i += 1
    return z, normsize(z, size)


def _high(a: list[int], asize: int, n: int) -> tuple[list[int], int]:
    """a >> (n digits), normalized."""
    size = max(asize - n, 0)
    z = [0] * max(size, 1)
    i = 0
    while i < size:
        z[i] = a[n + i]
        i += 1
    return z, normsize(z, size)


def karatsuba(a: list[int], asize: int, b: list[int], bsize: int) -> list[int]:
    """a * b with asize <= bsize < 2 * asize, by Karatsuba's three half-size products.

    With a = ah*X + al and b = bh*X + bl (X = BASE**half):
    a*b = ah*bh*X**2 + ((ah+al)*(bh+bl) - ah*bh - al*bl)*X + al*bl.
    """
    half = bsize >> 1
    square = a is b and asize == bsize
    ah, ahsize = _high(a, asize, half)
    al, alsize = _low(a, asize, half)
    if square:
        bh, bhsize, bl, blsize = ah, ahsize, al, alsize
    else:
        bh, bhsize = _high(b, bsize, half)
        bl, blsize = _low(b, bsize, half)
    zsize = asize + bsize
    z = [0] * zsize
    # al*bl into the low 2*half digits, ah*bh above it (they do not overlap)
    t1 = mul(al, alsize, bl, blsize)
    t1size = normsize(t1, len(t1))
    i = 0
    while i < t1size:
        z[i] = t1[i]
        i += 1
    t2 = mul(ah, ahsize, bh, bhsize)
    t2size = normsize(t2, len(t2))
    i = 0
    while i < t2size:
        z[2 * half + i] = t2[i]
        i += 1
    # subtract both from the middle, then add the product of the sums
    isub_at(z, half, zsize - half, t2, t2size)
    isub_at(z, half, zsize - half, t1, t1size)
    sa = add(ah, ahsize, al, alsize)
    sasize = normsize(sa, len(sa))
    if square:
        sb, sbsize = sa, sasize
    else:
        sb = add(bh, bhsize, bl, blsize)
        sbsize = normsize(sb, len(sb))
    t3 = mul(sa, sasize, sb, sbsize)
    iadd_at(z, half, zsize - half, t3, normsize(t3, len(t3)))
    return z


def mul_lopsided(a: list[int], asize: int, b: list[int], bsize: int) -> list[int]:
    """a * b for 2 * asize <= bsize: multiply a by asize-digit slices of b (keeps Karatsuba balanced)."""
    zsize = asize + bsize
    z = [0] * zsize
    start = 0
    while start < bsize:
        n = min(asize, bsize - start)
        chunk = [0] * n
        i = 0
        while i < n:
            chunk[i] = b[start + i]
            i += 1
        csize = normsize(chunk, n)
        if csize > 0:
            p = mul(a, asize, chunk, csize)
            iadd_at(z, start, zsize - start, p, normsize(p, len(p)))
        start += n
    return z


# ---- division ------------------------------------------------------------------------------------

def divrem_digit(a: list[int], asize: int, d: int) -> tuple[list[int], int]:
    """(a // d, a % d) for one digit 0 < d < BASE; the quotient has asize digits."""
    q = [0] * max(asize, 1)
    rem = 0
    i = asize - 1
    while i >= 0:
        cur = (rem << SHIFT) | a[i]      # < d * BASE <= 2**62
        qd = cur // d
        q[i] = qd
        rem = cur - qd * d
        i -= 1
    return q, rem


def mod_digit(a: list[int], asize: int, d: int) -> int:
    rem = 0
    i = asize - 1
    while i >= 0:
        rem = ((rem << SHIFT) | a[i]) % d
        i -= 1
    return rem


def divrem(v1: list[int], vsize1: int, w1: list[int], wsize: int) -> tuple[list[int], list[int]]:
    """(v // w, v % w) for normalized magnitudes with v >= w and wsize >= 2 (Knuth's algorithm D).

    Both operands are shifted left so that w's top digit has its high bit set; then each quotient
    digit is estimated from the top two digits of the running remainder and w's top digit, and
    corrected with w's second digit (the estimate is then exact or one too large).
    """
    d = SHIFT - digit_bit_length(w1[wsize - 1])
    w = lshift(w1, wsize, 0, d)              # the top digit stays within 31 bits: no carry
    v = lshift(v1, vsize1, 0, d)             # vsize1 + 1 digits
    vsize = vsize1
    if v[vsize1] != 0 or v[vsize1 - 1] >= w[wsize - 1]:
        vsize += 1
    k = vsize - wsize                        # number of quotient digits
    q = [0] * max(k, 1)
    wtop = w[wsize - 1]
    wnext = w[wsize - 2]
    j = k - 1
    while j >= 0:
        # estimate q digit from the top of v[j : j + wsize + 1]
        vtop = v[j + wsize]
        vv = (vtop << SHIFT) | v[j + wsize - 1]
        qd = vv // wtop
        r = vv - qd * wtop
        if qd > MASK:
            qd = MASK
            r = vv - qd * wtop
        while r < BASE and wnext * qd > ((r << SHIFT) | v[j + wsize - 2]):
            qd -= 1
            r += wtop
        # v[j : j + wsize + 1] -= qd * w
        t = 0
        i = 0
        while i < wsize:
            t += v[j + i] - qd * w[i]
            v[j + i] = t & MASK
            t >>= SHIFT
            i += 1
        t += vtop
        if t < 0:
            # the estimate was one too large: add w back
            carry = 0
            i = 0
            while i < wsize:
                carry += v[j + i] + w[i]
                v[j + i] = carry & MASK
                carry >>= SHIFT
                i += 1
            qd -= 1
        v[j + wsize] = 0
        q[j] = qd
        j -= 1
    # the remainder is v[0:wsize] shifted back
    rem = rshift(v, wsize, 0, d)
    return q, rem


# ---- in-place operations on fixed-capacity buffers (for loops that must not allocate) -------------

def imul_digit(a: list[int], asize: int, d: int) -> int:
    """a *= d in place for a digit d; a must have room for one more digit.  Returns the new size."""
    carry = 0
    i = 0
    while i < asize:
        carry += a[i] * d
        a[i] = carry & MASK
        carry >>= SHIFT
        i += 1
    if carry != 0:
        a[asize] = carry
        asize += 1
    return asize


def isub(a: list[int], asize: int, b: list[int], bsize: int) -> int:
    """a -= b in place for a >= b; returns the normalized size of a."""
    t = 0
    i = 0
    while i < bsize:
        t += a[i] - b[i]
        a[i] = t & MASK
        t >>= SHIFT
        i += 1
    while t != 0 and i < asize:
        t += a[i]
        a[i] = t & MASK
        t >>= SHIFT
        i += 1
    return normsize(a, asize)


def isubmul_digit(a: list[int], asize: int, b: list[int], bsize: int, d: int) -> int:
    """a -= b * d in place for a digit d with a >= b * d; returns the normalized size of a."""
    t = 0
    i = 0
    while i < bsize:
        # a digit minus a digit product plus a borrow of at most 2**31 stays above -2**63
        t += a[i] - b[i] * d
        a[i] = t & MASK
        t >>= SHIFT
        i += 1
    while t != 0 and i < asize:
        t += a[i]
        a[i] = t & MASK
        t >>= SHIFT
        i += 1
    return normsize(a, asize)


def add_into(z: list[int], a: list[int], asize: int, b: list[int], bsize: int) -> int:
    """z = a + b into the buffer z (room for max(asize, bsize) + 1 digits); returns z's size."""
    carry = 0
    n = max(asize, bsize)
    i = 0
    while i < n:
        if i < asize:
            carry += a[i]
        if i < bsize:
            carry += b[i]
        z[i] = carry & MASK
        carry >>= SHIFT
        i += 1
    if carry != 0:
        z[n] = carry
        n += 1
    return n


def copy_into(z: list[int], a: list[int], asize: int) -> None:
    i = 0
    while i < asize:
        z[i] = a[i]
        i += 1
