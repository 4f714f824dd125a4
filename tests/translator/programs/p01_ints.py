"""Integers: arithmetic with Python's floor semantics, shifts, bit ops, comparisons, ovfcheck, intmask."""
from kit.rlib.rarithmetic import intmask, ovfcheck, r_uint


def entry_point(argv):
    values = [7, -7, 3, -3, 0, 1, 2 ** 40, -(2 ** 40)]
    for a in values:
        for b in [3, -3, 7, 1, -1]:
            print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b))
    print(1 << 10, -1 >> 3, 255 & 15, 8 | 3, 6 ^ 3, ~5, -(-9), abs(-12))
    print(2 ** 10, 3 ** 0, (-2) ** 5, 7 < 8, 7 <= 6, 1 == 1, 1 != 2)
    try:
        ovfcheck(2 ** 62 + 2 ** 62)
    except OverflowError:
        print("overflow caught")
    print(intmask(2 ** 63 + 5), intmask(-1))
    u = r_uint(5) - r_uint(7)
    print(u > r_uint(10), intmask(u))
    try:
        print(1 // int("0"))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(hex(255), hex(-255), min(3, 9), max(3, 9), sum([1, 2, 3]))
    return 0
