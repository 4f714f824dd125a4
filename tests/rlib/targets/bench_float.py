"""Benchmark target for rfloat: repr, %-formatting and parsing of N doubles spread over the whole
exponent range (from a fixed linear congruential generator, so bench_float_cpython.py sees the same).

`bench_float (repr|format|parse) N [typical]`: prints a checksum line; the time goes to stderr.
With `typical` the values are short decimals (n / 10**d with up to 7 digits, as in data files and
programs) instead of random bit patterns.
"""

import os
import time

from kit.rlib import rfloat
from kit.rlib.float_parts import compose


def make_floats(count: int) -> list[float]:
    """count doubles c * 2**q with 53-bit c and q in [-1074, 970]; the generator is the reference's."""
    values: list[float] = []
    state = 12345
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        high = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c = ((high << 22) | (state >> 9)) | (1 << 52)
        q = state % 2045 - 1074
        x = compose(c & ((1 << 53) - 1), q)
        values.append(-x if high & 1 else x)
    return values


def make_typical_floats(count: int) -> list[float]:
    """count short decimals n / 10**d (n < 10**7, d <= 6): the values programs usually print."""
    values: list[float] = []
    state = 54321
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = state % 10000000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(float(n) / float(10 ** (state % 7)))
    return values


def bench_repr(values: list[float]) -> int:
    total = 0
    for x in values:
        total += len(rfloat.float_repr(x))
    return total


def bench_format(values: list[float]) -> int:
    total = 0
    for x in values:
        total += len(rfloat.format_float(x, "e", 6)) + len(rfloat.format_float(x, "g", 12))
        total += len(rfloat.format_float(x * 1e-300 if abs(x) > 1e20 else x, "f", 3))
    return total


def bench_parse(texts: list[str], values: list[float]) -> int:
    same = 0
    for i in range(len(texts)):
        if rfloat.string_to_float(texts[i]) == values[i]:
            same += 1
    return same


def entry_point(argv: list[str]) -> int:
    if len(argv) < 3:
        os.write(2, b"usage: bench_float (repr|format|parse) N [typical]\n")
        return 2
    if len(argv) > 3 and argv[3] == "typical":
        values = make_typical_floats(int(argv[2]))
    else:
        values = make_floats(int(argv[2]))
    texts = [rfloat.float_repr(x) for x in values]
    start = time.perf_counter()
    if argv[1] == "repr":
        result = bench_repr(values)
    elif argv[1] == "format":
        result = bench_format(values)
    elif argv[1] == "parse":
        result = bench_parse(texts, values)
    else:
        os.write(2, b"unknown benchmark\n")
        return 2
    elapsed = time.perf_counter() - start
    print("%s %d: %d" % (argv[1], len(values), result))
    os.write(2, ("time: %f\n" % elapsed).encode())
    return 0
