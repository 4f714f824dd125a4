"""Python benchmarks: the translated Python VM (kit-python, -O2, with the meta-tracing JIT) against
CPython 3.11 and PyPy3 on the same programs (benchmarks/python/), side by side in one run.

    python benchmarks/run_python.py [--repeat 3] [--only richards,nbody] [--no-jit] [--opt 2]
                                    [--kit EXE] [--no-install] [--jit-off] [--size NAME=N]

The VM is translated with `kit translate languages/python/target.py --opt 2 --jit llvm` (what
`kit build python` does; cached by tests/vmbuild.py); if that translation fails, without the JIT.
PyPy3 is Debian's `pypy3`: when it is missing the script installs it with apt-get (unless
--no-install) and otherwise says it is absent and compares with CPython alone. Every program prints
one checksum line, and all implementations must print the same. Times are per process (start-up
included): the best of N runs by CPU time (user + system, which a machine shared with other jobs
distorts less than the wall clock), with that run's wall-clock time in brackets; a ratio is the
other implementation's CPU time over kit's (above 1: kit is faster).
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.vmbuild import translated  # noqa: E402

PROGRAMS = ROOT / "benchmarks" / "python"
TARGET = "languages/python/target.py"

# (name, what it exercises); the program is benchmarks/python/NAME.py, run at its default size
BENCHMARKS = [
    ("richards", "Richards-shaped task scheduler: small objects, polymorphic calls, properties"),
    ("nbody", "n-body simulation: float arithmetic on object attributes"),
    ("text", "word counts, bigrams and a report: dicts, str methods, joins, f-strings, sorting"),
    ("classes", "many small objects: operator methods, inheritance, super(), properties, __hash__"),
    ("generators", "a pipeline of generators, yield from, generator expressions, send()"),
]


class Run:
    """One process: its wall-clock and CPU (user + system) seconds and its output."""

    def __init__(self, wall: float, cpu: float, stdout: str) -> None:
        self.wall = wall
        self.cpu = cpu
        self.stdout = stdout


class Failed(Exception):
    """A program exited with an error (reported in the table; the other benchmarks go on)."""


def run_once(cmd: list[str], timeout: float) -> Run:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, cwd=PROGRAMS, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failed(f"{Path(cmd[0]).name} {' '.join(cmd[1:])}: no result within {timeout:.0f} s") from None
    wall = time.perf_counter() - start
    # (the child has been reaped: its CPU time is in the children's resource usage)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        status = f"signal {-proc.returncode}" if proc.returncode < 0 else f"status {proc.returncode}"
        raise Failed(f"{Path(cmd[0]).name} {' '.join(cmd[1:])}: {status} {proc.stderr.decode()[-300:]!r}")
    return Run(wall, cpu, proc.stdout.decode())


def best_of(cmd: list[str], repeat: int, timeout: float) -> Run:
    best: Run | None = None
    for _ in range(repeat):
        run = run_once(cmd, timeout)
        if best is not None and run.stdout != best.stdout:
            raise Failed(f"{' '.join(cmd)}: the output changed between runs")
        if best is None or run.cpu < best.cpu:
            best = run
    assert best is not None
    return best


def build_vm(opt: int, jit: bool) -> tuple[Path, bool]:
    """The translated VM, with the JIT if asked and possible; (path, has_jit). (Cache names start
    with "kitpython": tests/vmbuild.py replaces every `NAME-*` file, and the tests' VM is `python`.)"""
    start = time.perf_counter()
    if jit:
        try:
            exe = translated(TARGET, f"kitpython-jit-O{opt}", ["--opt", str(opt), "--jit", "llvm"])
            print(f"kit-python: translated with --jit llvm --opt {opt} ({time.perf_counter() - start:.0f} s or cached)")
            return exe, True
        except RuntimeError as error:
            print(f"kit-python: the JIT translation failed, measuring without the JIT:\n{str(error)[-1500:]}")
    exe = translated(TARGET, f"kitpython-O{opt}", ["--opt", str(opt)])
    print(f"kit-python: translated with --opt {opt}, no JIT ({time.perf_counter() - start:.0f} s or cached)")
    return exe, False


def find_cpython() -> str:
    """CPython 3.11: this interpreter when it is 3.11, else python3.11 on the PATH."""
    if sys.version_info[:2] == (3, 11) and platform.python_implementation() == "CPython":
        return sys.executable
    found = shutil.which("python3.11")
    if found is None:
        raise SystemExit("run_python.py: CPython 3.11 (python3.11) is needed as the reference")
    return found


def find_pypy(install: bool) -> str | None:
    """Debian's pypy3, installed with apt-get when missing (and allowed); None when absent."""
    found = shutil.which("pypy3")
    if found is not None or not install:
        return found
    print("pypy3 is missing: installing Debian's pypy3 with apt-get ...", flush=True)
    apt = ["apt-get", "install", "-y", "-q", "pypy3"]
    if os.geteuid() != 0:
        apt = ["sudo", "-n", *apt]
    try:
        proc = subprocess.run(apt, capture_output=True, text=True, timeout=900,
                              env=dict(os.environ, DEBIAN_FRONTEND="noninteractive"))
        if proc.returncode != 0:
            print(f"apt-get failed (status {proc.returncode}): {proc.stderr.strip()[-500:]}")
    except (OSError, subprocess.TimeoutExpired) as error:
        print(f"apt-get could not run: {error}")
    return shutil.which("pypy3")


def version_of(exe: str) -> str:
    proc = subprocess.run([exe, "-c", "import platform; print(platform.python_implementation(), "
                                      "platform.python_version())"], capture_output=True, text=True)
    return proc.stdout.strip() or "?"


def ratio_text(other: float | None, kit: float | None) -> str:
    if other is None or kit is None or kit <= 0.0:
        return "n/a"
    return f"{other / kit:.2f}x"


def time_text(run: Run | None) -> str:
    if run is None:
        return f"{'FAILED':>17}"
    return f"{run.cpu:7.2f} s ({run.wall:5.2f})"


def geomean(values: list[float]) -> float:
    product = 1.0
    for value in values:
        product *= value
    return product ** (1.0 / len(values))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each program (best is kept)")
    parser.add_argument("--opt", type=int, default=2)
    parser.add_argument("--only", default="", help="comma-separated benchmark names")
    parser.add_argument("--no-jit", action="store_true", help="translate and measure without the JIT")
    parser.add_argument("--jit-off", action="store_true", help="also run kit-python with --jit off")
    parser.add_argument("--kit", metavar="EXE", help="use this kit-python instead of translating one")
    parser.add_argument("--no-install", action="store_true", help="do not apt-get install pypy3")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per process")
    parser.add_argument("--size", action="append", default=[], metavar="NAME=N",
                        help="run NAME with size N instead of its default (every implementation)")
    args = parser.parse_args()
    sizes = dict(item.split("=", 1) for item in args.size)
    only = {name for name in args.only.split(",") if name}
    unknown = only - {name for name, _what in BENCHMARKS}
    if unknown:
        raise SystemExit(f"run_python.py: no benchmark named {', '.join(sorted(unknown))}")

    cpython = find_cpython()
    pypy = find_pypy(not args.no_install)
    if args.kit:
        exe, has_jit = Path(args.kit).resolve(), not args.no_jit
        print(f"kit-python: {exe}")
    else:
        exe, has_jit = build_vm(args.opt, not args.no_jit)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; {version_of(cpython)} ({cpython}); "
          + (f"{version_of(pypy)} ({pypy})" if pypy else "PyPy3: ABSENT (not installed; compared with CPython only)"))
    print(f"best of {args.repeat} by CPU time (wall clock of that run in brackets); "
          f"kit-python {'with' if has_jit else 'without'} the JIT")
    header = f"{'benchmark':<11} {'CPython':>17} {'PyPy3':>17} {'kit-python':>17} {'vs CPython':>10} {'vs PyPy':>8}"
    if args.jit_off:
        header += f" {'kit JIT off':>17} {'vs CPython':>10}"
    print(header)

    vs_cpython: list[float] = []
    vs_pypy: list[float] = []
    pypy_vs_cpython: list[float] = []
    off_vs_cpython: list[float] = []
    failures: list[str] = []
    for name, _what in BENCHMARKS:
        if only and name not in only:
            continue
        program = str(PROGRAMS / f"{name}.py")
        extra = [sizes[name]] if name in sizes else []
        runs: dict[str, Run | None] = {}
        commands = [("CPython", [cpython, program, *extra])]
        if pypy:
            commands.append(("PyPy3", [pypy, program, *extra]))
        commands.append(("kit-python", [str(exe), program, *extra]))
        if args.jit_off:
            commands.append(("kit JIT off", [str(exe), "--jit", "off", program, *extra]))
        for system, cmd in commands:
            try:
                runs[system] = best_of(cmd, args.repeat, args.timeout)
            except Failed as failure:
                runs[system] = None
                failures.append(f"{name} on {system}: {failure}")
        reference = runs["CPython"]
        for system, run in runs.items():
            if run is not None and reference is not None and run.stdout != reference.stdout:
                failures.append(f"{name}: outputs differ: {system} {run.stdout!r}, CPython {reference.stdout!r}")
                runs[system] = None
        cp, pp, kit = runs.get("CPython"), runs.get("PyPy3"), runs.get("kit-python")
        pypy_text = time_text(pp) if pypy else f"{'absent':>17}"
        line = f"{name:<11} {time_text(cp)} {pypy_text} {time_text(kit)}"
        line += f" {ratio_text(cp.cpu if cp else None, kit.cpu if kit else None):>10}"
        line += f" {ratio_text(pp.cpu if pp else None, kit.cpu if kit else None):>8}"
        off = runs.get("kit JIT off")
        if args.jit_off:
            line += f" {time_text(off)} {ratio_text(cp.cpu if cp else None, off.cpu if off else None):>10}"
        if cp and off:
            off_vs_cpython.append(cp.cpu / off.cpu)
        print(line, flush=True)
        if cp and kit:
            vs_cpython.append(cp.cpu / kit.cpu)
        if pp and kit:
            vs_pypy.append(pp.cpu / kit.cpu)
        if cp and pp:
            pypy_vs_cpython.append(cp.cpu / pp.cpu)

    if vs_cpython:
        faster = sum(1 for r in vs_cpython if r > 1.0)
        print(f"geometric mean, kit-python vs CPython: {geomean(vs_cpython):.2f}x "
              f"(kit-python faster on {faster} of {len(vs_cpython)})")
    if vs_pypy:
        print(f"geometric mean, kit-python vs PyPy3: {geomean(vs_pypy):.2f}x")
    if off_vs_cpython:
        print(f"geometric mean, kit-python with --jit off vs CPython: {geomean(off_vs_cpython):.2f}x")
    if pypy_vs_cpython:
        print(f"(for reference, PyPy3 vs CPython: {geomean(pypy_vs_cpython):.2f}x)")
    print("(ratio = the other implementation's CPU time / kit-python's: above 1 means kit-python is faster)")
    for failure in failures:
        print("FAILED " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
