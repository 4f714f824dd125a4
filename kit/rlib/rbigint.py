"""Arbitrary-precision integers for RPython programs: the immutable class `rbigint`.

A value is a sign (-1, 0, 1) and a magnitude of 31-bit digits (kit.rlib.bigdigits); values below
2**62 take machine-int fast paths: no digit loops, just the result and its short digit list.
"""

from __future__ import annotations

import math

from kit.rlib import bigdigits as bd
from kit.rlib import bigtext
from kit.rlib.bigdigits import BASE, MASK, SHIFT
from kit.rlib.float_parts import decompose, isinf, isnan, ldexp_exact
from kit.rlib.objectmodel import not_rpython
from kit.rlib.rarithmetic import MININT, ovfcheck, r_uint
from kit.rlib.rstring import BYTE_CHARS

HASH_BITS = 61
HASH_MODULUS = (1 << HASH_BITS) - 1        # CPython's sys.hash_info.modulus on 64-bit hosts
TWO63 = 9223372036854775808.0              # 2.0 ** 63
# the exponent bound past which building a power is hopeless (the result would need 2**40 bits)
MAX_RESULT_BITS = 1 << 40


class rbigint:
    """An immutable arbitrary-precision integer (sign and magnitude, like Python's int)."""

    _immutable_fields_ = ["_digits[*]", "size", "sign"]

    def __init__(self, digits: list[int], sign: int, size: int) -> None:
        # digits[0:size] is the normalized magnitude, least significant digit first; the list may
        # be longer (results are allocated with room for a carry).  Zero has size 0 and sign 0.
        self._digits = digits
        self.sign = sign
        self.size = size

    # ---- construction ------------------------------------------------------------------------

    @staticmethod
    def fromint(i: int) -> rbigint:
        if i == 0:
            return ZERO
        sign = 1
        if i < 0:
            if i == MININT:
                return MININT_BIG
            i = -i
            sign = -1
        if i < BASE:
            return rbigint([i], sign, 1)
        if i < BASE * BASE:
            return rbigint([i & MASK, i >> SHIFT], sign, 2)
        return rbigint([i & MASK, (i >> SHIFT) & MASK, i >> (2 * SHIFT)], sign, 3)

    @staticmethod
    def frombool(b: bool) -> rbigint:
        return ONE if b else ZERO

    @staticmethod
    def fromfloat(f: float) -> rbigint:
        """The integer part of f (truncated toward zero)."""
        if isnan(f):
            raise ValueError("cannot convert float NaN to integer")
        if isinf(f):
            raise OverflowError("cannot convert float infinity to integer")
        if -TWO63 <= f < TWO63:
            return rbigint.fromint(int(f))
        c, q = decompose(abs(f))      # here q > 0: the float is an integer
        result = rbigint.fromint(c).lshift(q)
        if f < 0.0:
            return result.neg()
        return result

    @staticmethod
    def fromstr(s: str, base: int = 10) -> rbigint:
        """Parse like Python's int(s, base): whitespace, sign, prefix for base 0/2/8/16, '_'."""
        parsed = bigtext.parse_int(s, base)
        return _from_digits(parsed.digits, parsed.size, parsed.sign)

    @staticmethod
    @not_rpython
    def fromlong(value: int) -> rbigint:
        """From a Python int (import time and tests only)."""
        sign = (value > 0) - (value < 0)
        value = abs(value)
        digits = []
        while value:
            digits.append(value & MASK)
            value >>= SHIFT
        if not digits:
            return ZERO
        return rbigint(digits, sign, len(digits))

    # ---- conversion --------------------------------------------------------------------------

    def _small(self) -> int:
        """The value as a machine int; only for size <= 2 (|value| < 2**62)."""
        if self.size == 0:
            return 0
        v = self._digits[0]
        if self.size == 2:
            v |= self._digits[1] << SHIFT
        return v * self.sign

    def fits_int(self) -> bool:
        if self.size <= 2:
            return True
        if self.size > 3:
            return False
        top = self._digits[2]
        if top < 2:
            return True
        return top == 2 and self._digits[1] == 0 and self._digits[0] == 0 and self.sign < 0

    def toint(self) -> int:
        """The value as a machine int; OverflowError if it does not fit one."""
        if self.size <= 2:
            return self._small()
        if not self.fits_int():
            raise OverflowError("int too large to convert to a machine int")
        top = self._digits[2]
        if top == 2:
            return MININT
        mag = (top << (2 * SHIFT)) | (self._digits[1] << SHIFT) | self._digits[0]
        return mag * self.sign

    @not_rpython
    def tolong(self) -> int:
        """The value as a Python int (untranslated only: tests and debugging)."""
        value = 0
        for i in range(self.size - 1, -1, -1):
            value = (value << SHIFT) | self._digits[i]
        return value * self.sign

    def tofloat(self) -> float:
        """The nearest float (ties to even); OverflowError if beyond the float range."""
        if self.size <= 2:
            return float(self._small())
        nbits = self.bit_length()
        if nbits > 1024:
            raise OverflowError("int too large to convert to float")
        # the top 55 bits, with the lowest one made sticky (set if any bit below is set): rounding
        # that to 53 bits gives the correctly rounded result
        shift = nbits - 55
        top = _bits_at(self._digits, self.size, shift, 55)
        if bd.any_low_bits(self._digits, self.size, shift):
            top |= 1
        result = ldexp_exact(float(top), shift)
        if isinf(result):
            raise OverflowError("int too large to convert to float")
        return -result if self.sign < 0 else result

    def str(self) -> str:
        return bigtext.to_text(self._digits, self.size, 10, self.sign < 0)

    def repr(self) -> str:
        return self.str()

    def format(self, base: int) -> str:
        """The digits in base 2..36 (lowercase), with a leading '-' if negative, no prefix."""
        if base < 2 or base > 36:
            raise ValueError("base must be between 2 and 36")
        return bigtext.to_text(self._digits, self.size, base, self.sign < 0)

    def hash(self) -> int:
        """CPython's hash() of the same int: |value| mod 2**61-1 with the sign; -1 becomes -2."""
        x = 0
        i = self.size - 1
        while i >= 0:
            # x * 2**31 mod (2**61 - 1) is a rotation of x's 61 bits by 31 places
            x = ((x & ((1 << (HASH_BITS - SHIFT)) - 1)) << SHIFT) | (x >> (HASH_BITS - SHIFT))
            x += self._digits[i]
            if x >= HASH_MODULUS:
                x -= HASH_MODULUS
            i -= 1
        x = x * self.sign
        if x == -1:
            x = -2
        return x

    # ---- inspection --------------------------------------------------------------------------

    def get_sign(self) -> int:
        return self.sign

    def is_zero(self) -> bool:
        return self.sign == 0

    def tobool(self) -> bool:
        return self.sign != 0

    def bit_length(self) -> int:
        """Bits of |value| (0 for zero), like int.bit_length()."""
        if self.size == 0:
            return 0
        return (self.size - 1) * SHIFT + bd.digit_bit_length(self._digits[self.size - 1])

    def numdigits(self) -> int:
        return self.size

    def digit(self, i: int) -> int:
        """The i-th 31-bit digit of the magnitude (least significant first)."""
        return self._digits[i]

    @not_rpython
    def __repr__(self) -> str:
        return "rbigint(%d)" % self.tolong()

    # ---- comparison --------------------------------------------------------------------------

    def _cmp(self, other: rbigint) -> int:
        if self.sign != other.sign:
            return -1 if self.sign < other.sign else 1
        return bd.compare(self._digits, self.size, other._digits, other.size) * self.sign

    def eq(self, other: rbigint) -> bool:
        if self.sign != other.sign or self.size != other.size:
            return False
        for i in range(self.size):
            if self._digits[i] != other._digits[i]:
                return False
        return True

    def ne(self, other: rbigint) -> bool:
        return not self.eq(other)

    def lt(self, other: rbigint) -> bool:
        return self._cmp(other) < 0

    def le(self, other: rbigint) -> bool:
        return self._cmp(other) <= 0

    def gt(self, other: rbigint) -> bool:
        return self._cmp(other) > 0

    def ge(self, other: rbigint) -> bool:
        return self._cmp(other) >= 0

    def _int_cmp(self, i: int) -> int:
        if self.size <= 2:
            v = self._small()
            return -1 if v < i else (1 if v > i else 0)
        if self.size > 3:
            return self.sign
        return self._cmp(rbigint.fromint(i))

    def int_eq(self, i: int) -> bool:
        return self._int_cmp(i) == 0

    def int_ne(self, i: int) -> bool:
        return self._int_cmp(i) != 0

    def int_lt(self, i: int) -> bool:
        return self._int_cmp(i) < 0

    def int_le(self, i: int) -> bool:
        return self._int_cmp(i) <= 0

    def int_gt(self, i: int) -> bool:
        return self._int_cmp(i) > 0

    def int_ge(self, i: int) -> bool:
        return self._int_cmp(i) >= 0

    # ---- sign --------------------------------------------------------------------------------

    def neg(self) -> rbigint:
        if self.sign == 0:
            return self
        return rbigint(self._digits, -self.sign, self.size)

    def abs(self) -> rbigint:
        if self.sign >= 0:
            return self
        return rbigint(self._digits, 1, self.size)

    def invert(self) -> rbigint:
        """~x == -x - 1."""
        if self.size <= 2:
            return rbigint.fromint(~self._small())
        return self.neg().int_sub(1)

    # ---- addition, subtraction, multiplication -------------------------------------------------

    def add(self, other: rbigint) -> rbigint:
        if self.size <= 2 and other.size <= 2:
            return rbigint.fromint(self._small() + other._small())
        return _add_signed(self, other, other.sign)

    def sub(self, other: rbigint) -> rbigint:
        if self.size <= 2 and other.size <= 2:
            return rbigint.fromint(self._small() - other._small())
        return _add_signed(self, other, -other.sign)

    def mul(self, other: rbigint) -> rbigint:
        if self.size <= 1 and other.size <= 1:
            return rbigint.fromint(self._small() * other._small())    # below 2**62
        if self.sign == 0 or other.sign == 0:
            return ZERO
        if self is other:
            z = bd.mul(self._digits, self.size, self._digits, self.size)
        else:
            z = bd.mul(self._digits, self.size, other._digits, other.size)
        return _from_digits(z, len(z), self.sign * other.sign)

    def int_add(self, i: int) -> rbigint:
        if self.size <= 2:
            try:
                return rbigint.fromint(ovfcheck(self._small() + i))
            except OverflowError:
                pass
        return self.add(rbigint.fromint(i))

    def int_sub(self, i: int) -> rbigint:
        if self.size <= 2:
            try:
                return rbigint.fromint(ovfcheck(self._small() - i))
            except OverflowError:
                pass
        return self.sub(rbigint.fromint(i))

    def int_mul(self, i: int) -> rbigint:
        if self.size <= 2:
            try:
                return rbigint.fromint(ovfcheck(self._small() * i))
            except OverflowError:
                pass
        if i == 0 or self.sign == 0:
            return ZERO
        if -BASE < i < BASE:
            # one-digit factor: a single linear pass
            sign = self.sign
            if i < 0:
                sign = -sign
                i = -i
            z = bd.mul_digit(self._digits, self.size, i, 0)
            return _from_digits(z, len(z), sign)
        return self.mul(rbigint.fromint(i))

    # ---- division ----------------------------------------------------------------------------

    def _divrem_trunc(self, other: rbigint) -> tuple[rbigint, rbigint]:
        """Quotient truncated toward zero, and the remainder with the sign of self."""
        c = bd.compare(self._digits, self.size, other._digits, other.size)
        if c < 0:
            return ZERO, self
        if other.size == 1:
            q, r = bd.divrem_digit(self._digits, self.size, other._digits[0])
            return (_from_digits(q, len(q), self.sign * other.sign),
                    rbigint.fromint(r * self.sign))
        q, rem = bd.divrem(self._digits, self.size, other._digits, other.size)
        return (_from_digits(q, len(q), self.sign * other.sign),
                _from_digits(rem, len(rem), self.sign))

    def divmod(self, other: rbigint) -> tuple[rbigint, rbigint]:
        """(self // other, self % other) with Python's floor semantics."""
        if other.sign == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        if self.size <= 2 and other.size <= 2:
            a = self._small()
            b = other._small()
            return rbigint.fromint(a // b), rbigint.fromint(a % b)
        q, r = self._divrem_trunc(other)
        if r.sign != 0 and r.sign != other.sign:
            q = q.int_sub(1)
            r = r.add(other)
        return q, r

    def floordiv(self, other: rbigint) -> rbigint:
        if other.sign == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        if self.size <= 2 and other.size <= 2:
            return rbigint.fromint(self._small() // other._small())
        q, r = self._divrem_trunc(other)
        if r.sign != 0 and r.sign != other.sign:
            q = q.int_sub(1)
        return q

    def mod(self, other: rbigint) -> rbigint:
        if other.sign == 0:
            raise ZeroDivisionError("integer division or modulo by zero")
        if self.size <= 2 and other.size <= 2:
            return rbigint.fromint(self._small() % other._small())
        if other.size == 1:
            # one-digit divisor: no quotient needed
            rem = bd.mod_digit(self._digits, self.size, other._digits[0]) * self.sign
            r = rbigint.fromint(rem)
        else:
            r = self._divrem_trunc(other)[1]
        if r.sign != 0 and r.sign != other.sign:
            r = r.add(other)
        return r

    def int_floordiv(self, i: int) -> rbigint:
        if self.size <= 2 and i != 0:
            return rbigint.fromint(self._small() // i)
        return self.floordiv(rbigint.fromint(i))

    def int_mod(self, i: int) -> rbigint:
        if self.size <= 2 and i != 0:
            return rbigint.fromint(self._small() % i)
        return self.mod(rbigint.fromint(i))

    def int_divmod(self, i: int) -> tuple[rbigint, rbigint]:
        return self.divmod(rbigint.fromint(i))

    def truediv(self, other: rbigint) -> float:
        """self / other as the correctly rounded float; OverflowError if too large."""
        if other.sign == 0:
            raise ZeroDivisionError("division by zero")
        negative = self.sign * other.sign < 0 or (self.sign == 0 and other.sign < 0)
        if self.sign == 0:
            return -0.0 if negative else 0.0
        abits = self.bit_length()
        bbits = other.bit_length()
        if abits <= 53 and bbits <= 53:
            # both exact as floats: one correctly rounded division
            return self.tofloat() / other.tofloat()
        # |self/other| lies in (2**(diff-1), 2**(diff+1))
        diff = abits - bbits
        if diff > 1024:
            raise OverflowError("integer division result too large for a float")
        if diff < -1075:
            return -0.0 if negative else 0.0
        # q = |self| // (|other| * 2**shift) gets 55 or 56 bits (fewer for subnormal results);
        # its low `extra` bits are rounded away, with the remainder as a sticky bit
        shift = max(diff, -1021) - 55
        if shift >= 0:
            x = bd.rshift(self._digits, self.size, shift // SHIFT, shift % SHIFT)
            inexact = bd.any_low_bits(self._digits, self.size, shift)
        else:
            x = bd.lshift(self._digits, self.size, (-shift) // SHIFT, (-shift) % SHIFT)
            inexact = False
        xsize = bd.normsize(x, len(x))
        if other.size == 1:
            qd, r = bd.divrem_digit(x, xsize, other._digits[0])
            inexact = inexact or r != 0
        elif bd.compare(x, xsize, other._digits, other.size) < 0:
            qd = [0]
            inexact = inexact or xsize > 0
        else:
            qd, rd = bd.divrem(x, xsize, other._digits, other.size)
            inexact = inexact or bd.normsize(rd, len(rd)) > 0
        q = _bits_at(qd, bd.normsize(qd, len(qd)), 0, 62)
        if inexact:
            q |= 1
        qbits = bd.digit_bit_length(q)
        extra = max(qbits, -1021 - shift) - 53
        half = 1 << (extra - 1)
        if q & half and q & (3 * half - 1):
            q += half
        q &= ~(2 * half - 1)
        if bd.digit_bit_length(q) + shift > 1024:
            raise OverflowError("integer division result too large for a float")
        result = ldexp_exact(float(q), shift)
        return -result if negative else result

    # ---- powers --------------------------------------------------------------------------------

    def pow(self, other: rbigint, modulus: rbigint | None = None) -> rbigint:
        """self ** other, or pow(self, other, modulus) like Python (negative exponents need one)."""
        if modulus is None:
            if other.sign < 0:
                raise ValueError("pow() negative exponent without a modulus")
            return _pow_plain(self, other)
        if modulus.sign == 0:
            raise ValueError("pow() 3rd argument cannot be 0")
        m = modulus.abs()
        base = self
        exponent = other
        if exponent.sign < 0:
            base = _mod_inverse(base.mod(m), m)
            exponent = exponent.neg()
        if m.int_eq(1):
            return ZERO
        result = _pow_mod(base.mod(m), exponent, m)
        if modulus.sign < 0 and result.sign != 0:
            result = result.sub(m)
        return result

    # ---- shifts and bitwise operations ----------------------------------------------------------

    def lshift(self, n: int) -> rbigint:
        if n < 0:
            raise ValueError("negative shift count")
        if self.sign == 0 or n == 0:
            return self
        if self.size <= 1 and n < SHIFT:
            return rbigint.fromint(self._small() << n)     # below 2**62
        if n // SHIFT + self.size > MAX_RESULT_BITS // SHIFT:
            raise OverflowError("too many digits in integer")
        z = bd.lshift(self._digits, self.size, n // SHIFT, n % SHIFT)
        return _from_digits(z, len(z), self.sign)

    def rshift(self, n: int) -> rbigint:
        """self >> n, rounding toward minus infinity like Python."""
        if n < 0:
            raise ValueError("negative shift count")
        if self.size <= 2:
            if n >= 2 * SHIFT:
                return MINUS_ONE if self.sign < 0 else ZERO
            return rbigint.fromint(self._small() >> n)
        if self.sign < 0:
            # -a >> n == -(((a - 1) >> n) + 1) for a > 0
            return self.neg().int_sub(1).rshift(n).int_add(1).neg()
        z = bd.rshift(self._digits, self.size, n // SHIFT, n % SHIFT)
        return _from_digits(z, len(z), 1)

    def and_(self, other: rbigint) -> rbigint:
        if self.size <= 2 and other.size <= 2:
            return rbigint.fromint(self._small() & other._small())
        return _bitwise(self, "&", other)

    def or_(self, other: rbigint) -> rbigint:
        if self.size <= 2 and other.size <= 2:
            return rbigint.fromint(self._small() | other._small())
        return _bitwise(self, "|", other)

    def xor(self, other: rbigint) -> rbigint:
        if self.size <= 2 and other.size <= 2:
            return rbigint.fromint(self._small() ^ other._small())
        return _bitwise(self, "^", other)

    def bit_count(self) -> int:
        """The number of one bits in |value| (int.bit_count)."""
        count = 0
        for i in range(self.size):
            d = self._digits[i]
            while d != 0:
                d &= d - 1
                count += 1
        return count

    # ---- bytes, roots, logarithms, gcd (for int.to_bytes, math.isqrt, math.log, math.gcd) ---------

    @staticmethod
    def frombytes(data: bytes, byteorder: str, signed: bool) -> rbigint:
        """int.from_bytes(data, byteorder, signed=signed); byteorder is 'big' or 'little'."""
        big_endian = _check_byteorder(byteorder)
        n = len(data)
        z = [0] * ((n * 8) // SHIFT + 1)
        acc = 0
        accbits = 0
        k = 0
        for j in range(n):
            b = data[n - 1 - j] if big_endian else data[j]
            acc |= b << accbits
            accbits += 8
            if accbits >= SHIFT:
                z[k] = acc & MASK
                k += 1
                acc >>= SHIFT
                accbits -= SHIFT
        if accbits > 0:
            z[k] = acc
        result = _from_digits(z, len(z), 1)
        if signed and n > 0:
            top = data[0] if big_endian else data[n - 1]
            if top & 0x80:
                result = result.sub(ONE.lshift(8 * n))
        return result

    def tobytes(self, nbytes: int, byteorder: str, signed: bool) -> bytes:
        """int.to_bytes(nbytes, byteorder, signed=signed); OverflowError if it does not fit."""
        big_endian = _check_byteorder(byteorder)
        if self.sign < 0 and not signed:
            raise OverflowError("can't convert negative int to unsigned")
        bits = self.bit_length()
        if signed:
            # -2**(8n-1) <= value < 2**(8n-1): a negative power of two needs one bit less
            fits = bits < 8 * nbytes or (self.sign < 0 and bits == 8 * nbytes
                                         and self.bit_count() == 1)
        else:
            fits = bits <= 8 * nbytes
        if signed and nbytes == 0 and self.int_eq(-1):
            fits = True           # CPython: no bytes written, so no sign check fails
        if not fits and self.sign != 0:
            raise OverflowError("int too big to convert")
        value = self
        if self.sign < 0:
            value = self.add(ONE.lshift(8 * nbytes))     # the two's complement, as a non-negative int
        chunks = [b""] * nbytes
        acc = 0
        accbits = 0
        i = 0
        for j in range(nbytes):
            if accbits < 8 and i < value.size:
                acc |= value._digits[i] << accbits
                accbits += SHIFT
                i += 1
            byte = BYTE_CHARS[acc & 0xFF]
            acc >>= 8
            accbits -= 8
            chunks[nbytes - 1 - j if big_endian else j] = byte
        return b"".join(chunks)

    def isqrt(self) -> rbigint:
        """The integer square root (math.isqrt); ValueError for negative values."""
        if self.sign < 0:
            raise ValueError("isqrt() argument must be nonnegative")
        if self.sign == 0:
            return ZERO
        # Newton's iteration from above: x = (x + n // x) // 2 decreases until it is the root
        x = ONE.lshift((self.bit_length() + 1) // 2)
        while True:
            y = x.add(self.floordiv(x)).rshift(1)
            if y.ge(x):
                return x
            x = y

    def gcd(self, other: rbigint) -> rbigint:
        """The greatest common divisor of |self| and |other| (math.gcd)."""
        a = self.abs()
        b = other.abs()
        while b.sign != 0:
            if a.size <= 2 and b.size <= 2:
                return rbigint.fromint(_gcd_small(a._small(), b._small()))
            a, b = b, a.mod(b)
        return a

    def frexp(self) -> tuple[float, int]:
        """(m, e) with value == m * 2**e approximately, 0.5 <= |m| < 1 correctly rounded (0 -> (0.0, 0))."""
        if self.sign == 0:
            return 0.0, 0
        nbits = self.bit_length()
        if self.size <= 2:
            top = self.abs()._small()         # float(top) rounds correctly by itself
            shift = 0
        else:
            shift = nbits - 55
            top = _bits_at(self._digits, self.size, shift, 55)
            if bd.any_low_bits(self._digits, self.size, shift):
                top |= 1
        # float(top) rounds to 53 bits; scaling by a power of two is exact
        m = ldexp_exact(float(top), shift - nbits)
        e = nbits
        if m == 1.0:
            m = 0.5
            e += 1
        return (-m if self.sign < 0 else m), e

    def log(self) -> float:
        """math.log(value): from the float when it fits one, else from frexp (as CPython does)."""
        self._check_log_domain()
        try:
            return math.log(self.tofloat())
        except OverflowError:
            m, e = self.frexp()
            return math.log(m) + math.log(2.0) * e

    def log2(self) -> float:
        self._check_log_domain()
        try:
            return math.log2(self.tofloat())
        except OverflowError:
            m, e = self.frexp()
            return math.log2(m) + math.log2(2.0) * e

    def log10(self) -> float:
        self._check_log_domain()
        try:
            return math.log10(self.tofloat())
        except OverflowError:
            m, e = self.frexp()
            return math.log10(m) + math.log10(2.0) * e

    def _check_log_domain(self) -> None:
        if self.sign <= 0:
            raise ValueError("math domain error")

    def uintmask(self) -> r_uint:
        """The low 64 bits of the two's-complement value, as an r_uint."""
        low = r_uint(0)
        for i in range(min(self.size, 3)):
            low = low | (r_uint(self._digits[i]) << (SHIFT * i))
        if self.sign < 0:
            low = -low
        return low

    def int_and_(self, i: int) -> rbigint:
        return self.and_(rbigint.fromint(i))

    def int_or_(self, i: int) -> rbigint:
        return self.or_(rbigint.fromint(i))

    def int_xor(self, i: int) -> rbigint:
        return self.xor(rbigint.fromint(i))


# ---- prebuilt constants ------------------------------------------------------------------------------

ZERO = rbigint([0], 0, 0)
ONE = rbigint([1], 1, 1)
MINUS_ONE = rbigint([1], -1, 1)
MININT_BIG = rbigint([0, 0, 2], -1, 3)      # -2**63


# ---- helpers ---------------------------------------------------------------------------------------

def _from_digits(digits: list[int], size: int, sign: int) -> rbigint:
    """A value from a possibly unnormalized magnitude."""
    size = bd.normsize(digits, size)
    if size == 0:
        return ZERO
    return rbigint(digits, sign, size)


def _bits_at(a: list[int], asize: int, shift: int, nbits: int) -> int:
    """(a >> shift) & (2**nbits - 1) as a machine int, for nbits <= 62."""
    result = 0
    got = 0
    i = shift // SHIFT
    skip = shift - i * SHIFT
    while got < nbits and i < asize:
        d = a[i] >> skip
        avail = SHIFT - skip
        if avail > nbits - got:
            avail = nbits - got
            d &= (1 << avail) - 1
        result |= d << got
        got += avail
        skip = 0
        i += 1
    return result


def _check_byteorder(byteorder: str) -> bool:
    """True for 'big', False for 'little'; ValueError otherwise."""
    if byteorder == "big":
        return True
    if byteorder == "little":
        return False
    raise ValueError("byteorder must be either 'little' or 'big'")


def _gcd_small(a: int, b: int) -> int:
    while b != 0:
        a, b = b, a % b
    return a


def _add_signed(a: rbigint, b: rbigint, bsign: int) -> rbigint:
    """a + b where b's sign is taken as bsign (so subtraction is addition with -sign)."""
    if b.sign == 0:
        return a
    if a.sign == 0:
        return b if bsign == b.sign else b.neg()
    if a.sign == bsign:
        z = bd.add(a._digits, a.size, b._digits, b.size)
        return _from_digits(z, len(z), a.sign)
    c = bd.compare(a._digits, a.size, b._digits, b.size)
    if c == 0:
        return ZERO
    if c > 0:
        z = bd.sub(a._digits, a.size, b._digits, b.size)
        return _from_digits(z, len(z), a.sign)
    z = bd.sub(b._digits, b.size, a._digits, a.size)
    return _from_digits(z, len(z), bsign)


def _twos_complement(x: rbigint, n: int) -> list[int]:
    """x as n digits of two's complement (the digits above n repeat the sign: 0 or MASK)."""
    z = [0] * n
    for i in range(x.size):
        z[i] = x._digits[i]
    if x.sign < 0:
        # 2**(31n) - |x|: invert every digit, then add one
        carry = 1
        for i in range(n):
            carry += z[i] ^ MASK
            z[i] = carry & MASK
            carry >>= SHIFT
    return z


def _bitwise(a: rbigint, op: str, b: rbigint) -> rbigint:
    """a & b, a | b or a ^ b with Python's infinite two's-complement semantics."""
    n = max(a.size, b.size) + 1
    x = _twos_complement(a, n)
    y = _twos_complement(b, n)
    xext = MASK if a.sign < 0 else 0
    yext = MASK if b.sign < 0 else 0
    z = [0] * n
    if op == "&":
        for i in range(n):
            z[i] = x[i] & y[i]
        zext = xext & yext
    elif op == "|":
        for i in range(n):
            z[i] = x[i] | y[i]
        zext = xext | yext
    else:
        for i in range(n):
            z[i] = x[i] ^ y[i]
        zext = xext ^ yext
    if zext == 0:
        return _from_digits(z, n, 1)
    # negative: the magnitude is the two's complement of z
    carry = 1
    for i in range(n):
        carry += z[i] ^ MASK
        z[i] = carry & MASK
        carry >>= SHIFT
    return _from_digits(z, n, -1)


def _pow_plain(base: rbigint, exponent: rbigint) -> rbigint:
    """base ** exponent for exponent >= 0."""
    if exponent.sign == 0:
        return ONE
    if base.size == 0 or base.int_eq(1):
        return base
    if base.int_eq(-1):
        return ONE if exponent._digits[0] & 1 == 0 else base
    if not exponent.fits_int():
        raise OverflowError("integer exponent too large")
    e = exponent.toint()
    if base.size == 1 and base._digits[0] & (base._digits[0] - 1) == 0:
        # a power of two: a shift
        bits = bd.digit_bit_length(base._digits[0]) - 1
        if e > MAX_RESULT_BITS // bits:
            raise OverflowError("too many digits in integer")
        result = ONE.lshift(bits * e)
        if base.sign < 0 and e & 1:
            return result.neg()
        return result
    if e > MAX_RESULT_BITS // (base.bit_length() - 1):
        raise OverflowError("too many digits in integer")
    # left-to-right binary exponentiation
    result = base
    bit = 1 << (bd.digit_bit_length(e) - 2) if e > 1 else 0
    while bit > 0:
        result = result.mul(result)
        if e & bit:
            result = result.mul(base)
        bit >>= 1
    return result


def _pow_mod(base: rbigint, exponent: rbigint, m: rbigint) -> rbigint:
    """base ** exponent % m for 0 <= base < m and exponent >= 0."""
    result = ONE
    i = exponent.size - 1
    while i >= 0:
        d = exponent._digits[i]
        bit = 1 << (SHIFT - 1)
        while bit > 0:
            result = result.mul(result).mod(m)
            if d & bit:
                result = result.mul(base).mod(m)
            bit >>= 1
        i -= 1
    return result


def _mod_inverse(a: rbigint, m: rbigint) -> rbigint:
    """x with a * x == 1 (mod m), for 0 <= a < m (extended Euclid); ValueError if none."""
    r0 = m
    r1 = a
    t0 = ZERO
    t1 = ONE
    while r1.sign != 0:
        q, r = r0.divmod(r1)
        r0 = r1
        r1 = r
        t_next = t0.sub(q.mul(t1))
        t0 = t1
        t1 = t_next
    if not r0.int_eq(1):
        raise ValueError("base is not invertible for the given modulus")
    return t0.mod(m)
