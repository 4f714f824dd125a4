"""SOM benchmarks: the translated SOM VM (kit-som, -O2, with the meta-tracing JIT) against the same
programs' Python twins on CPython, side by side in one run; also the VM with its JIT off.

    python benchmarks/run_som.py [--repeat 3] [--only Richards,Json] [--no-jit] [--opt 2] [--exe PATH]

The VM is translated with `kit translate languages/smalltalk/target.py --opt 2 --jit llvm`
(cached by tests/vmbuild.py); if that translation fails, without the JIT. `--exe PATH` measures a
kit-som built elsewhere instead (say, from another branch, to compare in one sitting). Every program prints one
result line and the twin's must be the same. Times are per process (start-up included: both are a
few milliseconds): the best of N runs by CPU time (user + system, which a machine shared with other
jobs distorts less than the wall clock), with that run's wall-clock time; the ratio is CPython's CPU
time over kit's (above 1: kit is faster).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.vmbuild import translated  # noqa: E402

SOM_DIR = ROOT / "benchmarks" / "som"
TARGET = "languages/smalltalk/target.py"

# (SOM class, Python twin, what it exercises); each uses its default size unless --size says otherwise
BENCHMARKS = [
    ("Loops", "loops.py", "nested to:do: and whileTrue: loops on small integers"),
    ("Sieve", "sieve.py", "sieve of Eratosthenes over an Array"),
    ("Towers", "towers.py", "Towers of Hanoi with disk objects"),
    ("Queens", "queens.py", "all solutions of eight queens"),
    ("Richards", "richards.py", "Richards-shaped task scheduler"),
    ("Json", "json_parser.py", "JSON-shaped parser into objects"),
]


class Run:
    """One process: its wall-clock and CPU (user + system) seconds and its output."""

    def __init__(self, wall: float, cpu: float, stdout: str) -> None:
        self.wall = wall
        self.cpu = cpu
        self.stdout = stdout


class Failed(Exception):
    """A program exited with an error (reported in the table; the other benchmarks go on)."""


def run_once(cmd: list[str], env: dict[str, str] | None = None) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, env=env, cwd=SOM_DIR)
    wall = time.perf_counter() - start
    # (the child has been reaped: its CPU time is in the children's resource usage)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        status = f"signal {-proc.returncode}" if proc.returncode < 0 else f"status {proc.returncode}"
        raise Failed(f"{Path(cmd[0]).name} {' '.join(cmd[1:])}: {status} {proc.stderr.decode()[-300:]!r}")
    return Run(wall, cpu, proc.stdout.decode())


def best_of(cmd: list[str], repeat: int, env: dict[str, str] | None = None) -> Run:
    best: Run | None = None
    for _ in range(repeat):
        run = run_once(cmd, env)
        if best is not None and run.stdout != best.stdout:
            raise Failed(f"{' '.join(cmd)}: the output changed between runs")
        if best is None or run.cpu < best.cpu:
            best = run
    assert best is not None
    return best


def build_vm(opt: int, jit: bool) -> tuple[Path, bool]:
    """The translated VM, with the JIT if asked and possible; (path, has_jit) (cached by
    tests/vmbuild.py under names of their own, apart from the tests' `som` builds)."""
    start = time.perf_counter()
    if jit:
        try:
            exe = translated(TARGET, f"kitsom-jit-O{opt}", ["--opt", str(opt), "--jit", "llvm"])
            print(f"kit-som: translated with --jit llvm --opt {opt} ({time.perf_counter() - start:.0f} s or cached)")
            return exe, True
        except RuntimeError as error:
            print(f"kit-som: the JIT translation failed, measuring without the JIT:\n{str(error)[-1500:]}")
    exe = translated(TARGET, f"kitsom-O{opt}", ["--opt", str(opt)])
    print(f"kit-som: translated with --opt {opt}, no JIT ({time.perf_counter() - start:.0f} s or cached)")
    return exe, False


def ratio_text(cpython: float, kit: float) -> str:
    if kit <= 0.0:
        return "n/a"
    r = cpython / kit
    return f"{r:.2f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each program (best is kept)")
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--no-jit", action="store_true", help="translate and measure without the JIT")
    parser.add_argument("--size", action="append", default=[], metavar="NAME=N",
                        help="run NAME with size N instead of its default (both VMs)")
    parser.add_argument("--exe", default="", metavar="PATH",
                        help="measure this kit-som executable (with the JIT) instead of translating one")
    args = parser.parse_args()
    sizes = dict(item.split("=", 1) for item in args.size)
    only = {name for name in args.only.split(",") if name}
    if args.exe:
        exe, has_jit = Path(args.exe).resolve(), True
        print(f"kit-som: {exe}")
    else:
        exe, has_jit = build_vm(args.opt, not args.no_jit)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, CPython {platform.python_version()}; "
          f"best of {args.repeat} by CPU time (wall clock of that run in brackets)")
    header = f"{'benchmark':<10} {'CPython':>17} {'kit-som':>17} {'ratio':>7}"
    if has_jit:
        header += f" {'kit-som JIT off':>17} {'JIT gain':>8}"
    print(header)
    results = []
    failures = []
    for name, twin, _what in BENCHMARKS:
        if only and name not in only:
            continue
        extra = [sizes[name]] if name in sizes else []
        cpython = best_of([sys.executable, str(SOM_DIR / "python" / twin), *extra], args.repeat)
        line = f"{name:<10} {cpython.cpu:7.2f} s ({cpython.wall:5.2f})"
        try:
            kit = best_of([str(exe), f"{name}.som", *extra], args.repeat)
            if kit.stdout != cpython.stdout:
                raise Failed(f"outputs differ: kit-som {kit.stdout!r}, CPython {cpython.stdout!r}")
            line += f" {kit.cpu:7.2f} s ({kit.wall:5.2f}) {ratio_text(cpython.cpu, kit.cpu):>7}"
            results.append((name, cpython.cpu, kit.cpu))
        except Failed as failure:
            kit = None
            line += f" {'FAILED':>17} {'':>7}"
            failures.append(f"{name}: {failure}")
        if has_jit:
            try:
                off = best_of([str(exe), "--jit", "off", f"{name}.som", *extra], args.repeat)
                if off.stdout != cpython.stdout:
                    raise Failed(f"outputs differ with the JIT off: {off.stdout!r}")
                line += f" {off.cpu:7.2f} s ({off.wall:5.2f})"
                line += f" {ratio_text(off.cpu, kit.cpu):>8}" if kit is not None else f" {'':>8}"
            except Failed as failure:
                line += f" {'FAILED':>17}"
                failures.append(f"{name} (JIT off): {failure}")
        print(line, flush=True)
    if results:
        product = 1.0
        for _name, cp, k in results:
            product *= cp / k
        geomean = product ** (1.0 / len(results))
        faster = sum(1 for _name, cp, k in results if k < cp)
        print(f"geometric mean of the ratios: {geomean:.2f}x; "
              f"kit-som faster than CPython on {faster} of {len(results)}")
        print("(ratio = CPython time / kit-som time: above 1 means kit-som is faster)")
    for failure in failures:
        print("FAILED " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
