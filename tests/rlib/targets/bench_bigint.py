"""Benchmark target for rbigint: factorial(N) and N digits of pi (the benchmarks-game spigot).

`kit run tests/rlib/targets/bench_bigint.py pidigits 2000` untranslated; translated the same way.
The time reported on stderr is the best of three runs in the process.
bench_bigint_cpython.py runs the same algorithms on CPython's ints for the ratio.
"""

import os
import time

from kit.rlib.rbigint import rbigint


def factorial(n: int) -> rbigint:
    result = rbigint.fromint(1)
    for i in range(2, n + 1):
        result = result.int_mul(i)
    return result


def pidigits(count: int) -> list[str]:
    """The first `count` digits of pi as benchmarks-game lines: ten digits, a tab, ':' and the count."""
    lines: list[str] = []
    i = 0
    k = 0
    ns = 0
    k1 = 1
    n = rbigint.fromint(1)
    a = rbigint.fromint(0)
    d = rbigint.fromint(1)
    while True:
        k += 1
        t = n.lshift(1)
        n = n.int_mul(k)
        a = a.add(t)
        k1 += 2
        a = a.int_mul(k1)
        d = d.int_mul(k1)
        if a.ge(n):
            q, r = n.int_mul(3).add(a).divmod(d)
            u = r.add(n)
            if d.gt(u):
                digit = q.toint()
                ns = ns * 10 + digit
                i += 1
                if i % 10 == 0 or i >= count:
                    lines.append("%s\t:%d" % (_pad(ns, 10 if i % 10 == 0 else i % 10), i))
                    ns = 0
                if i >= count:
                    break
                a = a.sub(d.int_mul(digit))
                a = a.int_mul(10)
                n = n.int_mul(10)
    return lines


def _pad(value: int, width: int) -> str:
    text = str(value)
    return "0" * (width - len(text)) + text


def run(kind: str, n: int) -> list[str]:
    """The output lines of one benchmark run (empty for an unknown kind)."""
    if kind == "factorial":
        text = factorial(n).str()
        return ["%d %s %s" % (len(text), text[:20], text[len(text) - 20:])]
    if kind == "pidigits":
        return pidigits(n)
    return []


def entry_point(argv: list[str]) -> int:
    if len(argv) < 3 or (argv[1] != "factorial" and argv[1] != "pidigits"):
        os.write(2, b"usage: bench_bigint (factorial|pidigits) N [quiet]\n")
        return 2
    n = int(argv[2])
    quiet = len(argv) > 3
    # the best of three runs in one process: the first one also pays for fresh memory pages
    best = -1.0
    lines: list[str] = []
    for _ in range(3):
        start = time.perf_counter()
        lines = run(argv[1], n)
        elapsed = time.perf_counter() - start
        if best < 0.0 or elapsed < best:
            best = elapsed
    if not quiet:
        for line in lines:
            print(line)
    os.write(2, ("time: %f\n" % best).encode())
    return 0
