"""kit.rlib.rfloat translated vs CPython's float (David Gay's dtoa in C), side by side in one run:
repr(), '%.6e' / '%.12g' / '%.3f' and parsing repr's text, for doubles over the whole exponent range
("wide": random bit patterns) and for short decimals like 0.25 or 1234.5 ("typical").

    python benchmarks/run_rfloat.py [N] [--opt 2] [--repeat 5]

The programs are tests/rlib/targets/bench_float.py (translated) and bench_float_cpython.py.
"""

from __future__ import annotations

import argparse

from rlib_timing import compare, executable, header


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100000)
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    exe = executable("bench_float", args.opt)
    header(args.opt, args.repeat)
    for values in ["wide", "typical"]:
        print(f"{values} values:")
        for mode, label in [("repr", "repr"), ("format", "%.6e %.12g %.3f"), ("parse", "float(text)")]:
            compare(f"  {label} x {args.n}", exe, "bench_float_cpython.py", [mode, str(args.n), values],
                    args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
