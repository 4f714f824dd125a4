"""kit.rlib.rbigint translated vs CPython's ints, side by side in one run: factorial(N) (multiplying
by machine ints, then str()) and the pidigits spigot (big * small, +, divmod of big numbers).

    python benchmarks/run_rbigint.py [--opt 2] [--repeat 5]

The programs are tests/rlib/targets/bench_bigint.py (translated) and bench_bigint_cpython.py.
"""

from __future__ import annotations

import argparse

from rlib_timing import compare, executable, header

CASES = [("factorial", "3000"), ("factorial", "20000"), ("pidigits", "2000"), ("pidigits", "5000")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    exe = executable("bench_bigint", args.opt)
    header(args.opt, args.repeat)
    for name, n in CASES:
        compare(f"{name}({n})", exe, "bench_bigint_cpython.py", [name, n], args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
