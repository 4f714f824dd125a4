"""Machine-integer arithmetic for RPython code: overflow checks, wrapping, unsigned words.

Untranslated these emulate a 64-bit machine word on Python's unbounded ints; translated, the
flow builder turns `ovfcheck(a op b)` into one overflow-checking operation.
"""

from __future__ import annotations

import sys

LONG_BIT = 64
MAXINT = 2 ** (LONG_BIT - 1) - 1
MININT = -MAXINT - 1
_MASK = 2 ** LONG_BIT - 1

assert sys.maxsize == MAXINT, "kit targets 64-bit hosts"


def ovfcheck(value: int) -> int:
    """Return `value` if it fits in a machine word, else raise OverflowError.

    Write it around one arithmetic operation: `ovfcheck(a + b)`, `ovfcheck(a * b)`.
    """
    if not isinstance(value, int):
        raise TypeError("ovfcheck() expects an int")
    if not MININT <= value <= MAXINT:
        raise OverflowError("integer overflow")
    return value


def intmask(value: int) -> int:
    """Wrap an integer (or r_uint) to a signed machine word, as the hardware does."""
    value = int(value) & _MASK
    if value > MAXINT:
        value -= 2 ** LONG_BIT
    return value


class r_uint(int):
    """An unsigned machine word: arithmetic wraps modulo 2**64."""

    def __new__(cls, value: int = 0) -> r_uint:
        return int.__new__(cls, int(value) & _MASK)

    def _wrap(self, value: int) -> r_uint:
        return r_uint(value)

    def __add__(self, other: int) -> r_uint:
        return r_uint(int(self) + int(other))

    __radd__ = __add__

    def __sub__(self, other: int) -> r_uint:
        return r_uint(int(self) - int(other))

    def __rsub__(self, other: int) -> r_uint:
        return r_uint(int(other) - int(self))

    def __mul__(self, other: int) -> r_uint:
        return r_uint(int(self) * int(other))

    __rmul__ = __mul__

    def __floordiv__(self, other: int) -> r_uint:
        return r_uint(int(self) // int(r_uint(other)))

    def __mod__(self, other: int) -> r_uint:
        return r_uint(int(self) % int(r_uint(other)))

    def __lshift__(self, n: int) -> r_uint:
        return r_uint(int(self) << int(n))

    def __rshift__(self, n: int) -> r_uint:
        return r_uint(int(self) >> int(n))

    def __and__(self, other: int) -> r_uint:
        return r_uint(int(self) & int(r_uint(other)))

    __rand__ = __and__

    def __or__(self, other: int) -> r_uint:
        return r_uint(int(self) | int(r_uint(other)))

    __ror__ = __or__

    def __xor__(self, other: int) -> r_uint:
        return r_uint(int(self) ^ int(r_uint(other)))

    __rxor__ = __xor__

    def __neg__(self) -> r_uint:
        return r_uint(-int(self))

    def __invert__(self) -> r_uint:
        return r_uint(~int(self))

    def __repr__(self) -> str:
        return f"r_uint({int(self)})"


def is_valid_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and MININT <= value <= MAXINT
