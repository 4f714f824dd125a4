"""The operations of bench_float.py on CPython's float (repr, %-formatting, float()), for the ratio."""

import math
import sys
import time


def make_floats(count):
    values = []
    state = 12345
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        high = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c = ((high << 22) | (state >> 9)) | (1 << 52)
        q = state % 2045 - 1074
        x = math.ldexp(float(c & ((1 << 53) - 1)), q)
        values.append(-x if high & 1 else x)
    return values


def make_typical_floats(count):
    values = []
    state = 54321
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        n = state % 10000000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        values.append(float(n) / float(10 ** (state % 7)))
    return values


def bench_repr(values):
    return sum(len(repr(x)) for x in values)


def bench_format(values):
    total = 0
    for x in values:
        total += len("%.6e" % x) + len("%.12g" % x)
        total += len("%.3f" % (x * 1e-300 if abs(x) > 1e20 else x))
    return total


def bench_parse(texts, values):
    return sum(1 for text, x in zip(texts, values) if float(text) == x)


def main(argv):
    typical = len(argv) > 3 and argv[3] == "typical"
    values = make_typical_floats(int(argv[2])) if typical else make_floats(int(argv[2]))
    texts = [repr(x) for x in values]
    start = time.perf_counter()
    result = {"repr": bench_repr, "format": bench_format}[argv[1]](values) if argv[1] != "parse" \
        else bench_parse(texts, values)
    elapsed = time.perf_counter() - start
    print("%s %d: %d" % (argv[1], len(values), result))
    print("time: %f" % elapsed, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
