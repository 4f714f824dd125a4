"""The compile-time helpers of kit.rlib (objectmodel, unroll, rarithmetic) in a translated program:
what `run` prints must not depend on translation (helpers.out holds it); we_are_translated() is
reported on stderr only.
"""

import os

from kit.rlib.objectmodel import always_inline, compute_hash, import_from_mixin, specialize, we_are_translated
from kit.rlib.rarithmetic import MAXINT, MININT, intmask, ovfcheck, r_uint
from kit.rlib.unroll import unrolling_iterable


@specialize.argtype(0)
def describe(value):
    # one copy per argument type: the int copy and the str copy are different functions
    return "<%s>" % (value,)


@specialize.arg(0)
def scaled(factor, value):
    return factor * value


@specialize.memo()
def table_for(size):
    return [i * i for i in range(size)]


@always_inline
def twice(x: int) -> int:
    return 2 * x


class Shape:
    def area(self) -> int:
        raise NotImplementedError


class Named:
    def describe(self) -> str:
        return "%s of area %d" % (self.name(), self.area())


class Square(Shape):
    import_from_mixin(Named)

    def __init__(self, side: int) -> None:
        self.side = side

    def area(self) -> int:
        return self.side * self.side

    def name(self) -> str:
        return "square"


class Rect(Shape):
    import_from_mixin(Named)

    def __init__(self, w: int, h: int) -> None:
        self.w = w
        self.h = h

    def area(self) -> int:
        return self.w * self.h

    def name(self) -> str:
        return "rect"


OPERATIONS = unrolling_iterable([("add", 1), ("mul", 3), ("sub", 7)])


def apply_all(x: int) -> list[str]:
    out: list[str] = []
    for name, k in OPERATIONS:      # unrolled at translation time: name and k are constants
        if name == "add":
            out.append("%s=%d" % (name, x + k))
        elif name == "mul":
            out.append("%s=%d" % (name, x * k))
        else:
            out.append("%s=%d" % (name, x - k))
    return out


def checked_add(a: int, b: int) -> str:
    try:
        return str(ovfcheck(a + b))
    except OverflowError:
        return "overflow"


def checked_mul(a: int, b: int) -> str:
    try:
        return str(ovfcheck(a * b))
    except OverflowError:
        return "overflow"


def run() -> None:
    print(describe(42), describe("text"), scaled(3, 14), scaled(5, 14))
    print(len(table_for(10)), table_for(10)[9], twice(21))
    print(Square(3).describe(), "/", Rect(2, 5).describe())
    print(" ".join(apply_all(10)))
    print(checked_add(MAXINT, 1), checked_add(MAXINT, -1), checked_add(MININT, -1), checked_mul(1 << 40, 1 << 30),
          checked_mul(-(1 << 31), 1 << 32))
    print(intmask(MAXINT + 1) == MININT, intmask(r_uint(MAXINT) * 2 + 3))
    u = r_uint(0) - r_uint(1)
    print(intmask(u), intmask(u >> 1), intmask(r_uint(5) // r_uint(2)), intmask(r_uint(7) % r_uint(3)),
          u > r_uint(1))
    # hashes of values that translation keeps equal to CPython's (str hashes are randomised there)
    print(compute_hash(12345), compute_hash(-1), compute_hash(1 << 61), compute_hash(2.5), compute_hash(-0.0))
    os.write(2, b"translated\n" if we_are_translated() else b"untranslated\n")
