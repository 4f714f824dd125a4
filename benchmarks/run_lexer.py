"""kit's lexer generator translated: tokens per second on a generated N-line program, against
CPython's `re` (a master pattern of named groups, the usual hand-written Python lexer) in one run.

    python benchmarks/run_lexer.py [N] [--opt 2] [--repeat 5]

The programs are tests/rlib/targets/bench_lexer.py (translated) and bench_lexer_cpython.py; "stream"
consumes tokens one at a time as a parser does, "tokenize" keeps them all in a list.
"""

from __future__ import annotations

import argparse

from rlib_timing import compare, executable, header, reported_time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=100000)
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    exe = executable("bench_lexer", args.opt)
    header(args.opt, args.repeat)
    _, out = reported_time([str(exe), str(args.n)])
    tokens = int(out.split()[0])
    for mode in ["stream", "tokenize"]:
        ours, theirs = compare(f"{mode} {args.n} lines", exe, "bench_lexer_cpython.py", [str(args.n), mode],
                               args.repeat)
        print(f"    {tokens} tokens: translated {tokens / ours / 1e6:.2f} M tokens/s, "
              f"CPython re {tokens / theirs / 1e6:.2f} M tokens/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
