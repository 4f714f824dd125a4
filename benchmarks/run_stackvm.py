"""The stack-machine interpreter (examples/stackvm.py) translated by kit vs the same file on CPython,
run side by side in one run; also the time kit takes to translate a ~1,000-line program at -O2.

    python benchmarks/run_stackvm.py [N] [--opt 2] [--repeat 3]
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
sys.path.insert(0, str(ROOT))


def timed(cmd: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return elapsed, proc.stdout


def translate(target: Path, output: Path, opt: int) -> float:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "kit", "translate", str(target), "-o", str(output),
                           "--opt", str(opt)], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"translating {target} failed:\n{proc.stderr[-3000:]}")
    return time.perf_counter() - start


def thousand_line_program() -> tuple[Path, int]:
    """The translation corpus bundled into one target (about 1,200 lines of RPython)."""
    from tests.translator.corpus import load_programs, write_bundle
    programs = load_programs()
    target = write_bundle(programs, BUILD)
    lines = sum(len(p.path.read_text().splitlines()) for p in programs)
    return target, lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=20000)
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)

    exe = BUILD / "stackvm"
    t_translate = translate(ROOT / "examples" / "stackvm.py", exe, args.opt)
    native, cpython = [], []
    out_native = out_cpython = ""
    for _ in range(args.repeat):
        t, out_native = timed([str(exe), str(args.n)])
        native.append(t)
        t, out_cpython = timed([sys.executable, str(ROOT / "examples" / "stackvm.py"), str(args.n)])
        cpython.append(t)
    if out_native != out_cpython:
        raise SystemExit("the translated interpreter printed something else than CPython")
    best_native, best_cpython = min(native), min(cpython)

    target, lines = thousand_line_program()
    t_big = translate(target, BUILD / "corpus", 2)

    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}")
    print(f"stackvm {args.n}: translated -O{args.opt} {best_native:.3f} s, CPython {best_cpython:.3f} s "
          f"(best of {args.repeat}; median {statistics.median(native):.3f} / {statistics.median(cpython):.3f})")
    print(f"ratio: translated is {best_cpython / best_native:.1f}x faster than CPython")
    print(f"translating stackvm.py ({len((ROOT / 'examples' / 'stackvm.py').read_text().splitlines())} lines) "
          f"at -O{args.opt}: {t_translate:.1f} s")
    print(f"translating the corpus bundle ({lines} lines) at -O2: {t_big:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
