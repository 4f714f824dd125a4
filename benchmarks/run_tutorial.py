"""The tutorial language translated by kit vs the same program in Python on CPython, in one run:
a loop-heavy program (Collatz steps of 1..N: while loops, arithmetic, comparisons, calls). Also what
translation gains: the translated VM vs the same VM running on CPython, on a smaller N.

    python benchmarks/run_tutorial.py [N] [--opt 2] [--repeat 3] [--small N]
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build" / "bench"

TUTORIAL_PROGRAM = """
fn collatz_steps(n) {
    steps = 0;
    while n != 1 {
        if n % 2 == 0 {
            n = n / 2;
        } else {
            n = 3 * n + 1;
        }
        steps = steps + 1;
    }
    return steps;
}

fn total_steps(limit) {
    total = 0;
    i = 1;
    while i <= limit {
        total = total + collatz_steps(i);
        i = i + 1;
    }
    return total;
}

print total_steps(LIMIT);
"""

PYTHON_PROGRAM = """
def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps


def total_steps(limit):
    total = 0
    i = 1
    while i <= limit:
        total = total + collatz_steps(i)
        i = i + 1
    return total


print(total_steps(LIMIT))
"""


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def build(opt: int, output: Path) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kit", "build", "tutorial", "--opt", str(opt), "-o", str(output)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"kit build tutorial failed:\n{proc.stderr[-3000:]}")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=300000, help="the limit (default 300000)")
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--small", type=int, default=10000, help="N for the untranslated VM (default 10000)")
    args = parser.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)
    tut = BUILD / "collatz.tut"
    py = BUILD / "collatz.py"
    small = BUILD / "collatz-small.tut"
    tut.write_text(TUTORIAL_PROGRAM.replace("LIMIT", str(args.n)))
    py.write_text(PYTHON_PROGRAM.replace("LIMIT", str(args.n)))
    small.write_text(TUTORIAL_PROGRAM.replace("LIMIT", str(args.small)))

    exe = BUILD / "kit-tutorial"
    t_build = build(args.opt, exe)
    native, cpython = [], []
    out_native = out_cpython = ""
    for _ in range(args.repeat):
        t, out_native = timed([str(exe), str(tut)])
        native.append(t)
        t, out_cpython = timed([sys.executable, str(py)])
        cpython.append(t)
    if out_native != out_cpython:
        raise SystemExit(f"different results: tutorial {out_native!r}, Python {out_cpython!r}")
    best_native, best_cpython = min(native), min(cpython)
    t_small_native, out_small_native = timed([str(exe), str(small)])
    t_small_untranslated, out_small_untranslated = timed([sys.executable, "-m", "languages.tutorial", str(small)])
    if out_small_native != out_small_untranslated:
        raise SystemExit("the translated and the untranslated tutorial VM disagree")
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"collatz {args.n} (result {out_native.strip()}): tutorial translated -O{args.opt} {best_native:.3f} s, "
          f"Python on CPython {best_cpython:.3f} s (best of {args.repeat}; median "
          f"{statistics.median(native):.3f} / {statistics.median(cpython):.3f})")
    ratio = best_cpython / best_native
    if ratio >= 1:
        print(f"ratio: the translated tutorial VM is {ratio:.2f}x as fast as CPython")
    else:
        print(f"ratio: the translated tutorial VM takes {1 / ratio:.2f}x CPython's time")
    print(f"collatz {args.small}: tutorial translated {t_small_native:.3f} s, the same VM untranslated on CPython "
          f"{t_small_untranslated:.3f} s: translation makes it {t_small_untranslated / t_small_native:.0f}x faster")
    print(f"kit build tutorial at -O{args.opt}: {t_build:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
