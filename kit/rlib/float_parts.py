"""Exact splitting of a double into integer mantissa and binary exponent, and back, in RPython.

Uses float arithmetic only (multiplying by powers of two is exact), so no libc call is needed;
the sign of a zero or NaN is the one thing read with `math.copysign` (an LLVM intrinsic).
"""

from __future__ import annotations

import math

INF = float("inf")
NAN = float("nan")
MANT_DIG = 53                  # bits in a double's significand
MIN_EXP = -1074                # exponent of the smallest subnormal, 2**-1074
MAX_EXP = 1024                 # 2**1024 overflows
TWO52 = 4503599627370496.0     # 2.0 ** 52

# POW2[i] == 2.0 ** (i + MIN_EXP) for every representable power of two (2**-1074 .. 2**1023).
_POW2_OFFSET = -MIN_EXP
POW2 = [2.0 ** (i + MIN_EXP) for i in range(MAX_EXP - MIN_EXP)]


def isnan(x: float) -> bool:
    return x != x


def isinf(x: float) -> bool:
    return x == INF or x == -INF


def isfinite(x: float) -> bool:
    # inf - inf and nan - nan are NaN, which is not equal to 0.0
    return x - x == 0.0


def signbit(x: float) -> bool:
    """True when the sign bit of x is set (also for -0.0 and negative NaNs)."""
    if x < 0.0:
        return True
    if x > 0.0:
        return False
    return math.copysign(1.0, x) < 0.0


def copysign(x: float, y: float) -> float:
    """x with the sign of y (like C's copysign)."""
    magnitude = abs(x)
    if signbit(y):
        return -magnitude
    return magnitude


def pow2(e: int) -> float:
    """2.0 ** e for MIN_EXP <= e < MAX_EXP."""
    return POW2[e + _POW2_OFFSET]


def ldexp_exact(x: float, e: int) -> float:
    """x * 2**e, computed in steps that are exact whenever the result is representable.

    (Scaling up only overflows if the result does; scaling down passes through values larger
    than the result, which are representable when the result is.)  Overflow gives inf.
    """
    while e >= MAX_EXP:
        x *= POW2[MAX_EXP - 1 + _POW2_OFFSET]
        e -= MAX_EXP - 1
        if isinf(x) or x == 0.0:
            return x
    while e < MIN_EXP:
        x *= POW2[0]
        e -= MIN_EXP
        if x == 0.0:
            return x
    return x * POW2[e + _POW2_OFFSET]


def exponent_of(x: float) -> int:
    """floor(log2(x)) for finite x > 0 (binary search over the powers of two)."""
    lo = 0
    hi = len(POW2) - 1
    if x >= POW2[hi]:
        return hi - _POW2_OFFSET
    # invariant: POW2[lo] <= x < POW2[hi]
    while hi - lo > 1:
        mid = (lo + hi) >> 1
        if POW2[mid] <= x:
            lo = mid
        else:
            hi = mid
    return lo - _POW2_OFFSET


def decompose(x: float) -> tuple[int, int]:
    """Split finite x > 0 into (c, q) with x == c * 2**q exactly, 0 < c < 2**53.

    Normal numbers get 2**52 <= c; subnormals get q == -1074 (the double's own encoding).
    """
    e = exponent_of(x)
    q = e - (MANT_DIG - 1)
    if q < MIN_EXP:
        q = MIN_EXP
    c = int(ldexp_exact(x, -q))
    return c, q


def compose(c: int, q: int) -> float:
    """c * 2**q for an integer |c| < 2**53; exact when the result is representable."""
    return ldexp_exact(float(c), q)
