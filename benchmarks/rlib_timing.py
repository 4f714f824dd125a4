"""Shared by run_rbigint.py, run_rfloat.py and run_lexer.py: translate a tests/rlib/targets benchmark
(cached by tests/vmbuild.py) and time it against its CPython twin, by the time each program reports.
"""

from __future__ import annotations

import platform
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ROOT / "tests" / "rlib" / "targets"
sys.path.insert(0, str(ROOT))

from tests.vmbuild import translated  # noqa: E402


def executable(name: str, opt: int) -> Path:
    return translated(f"tests/rlib/targets/{name}.py", f"bench-{name}-O{opt}", ["--opt", str(opt)])


def reported_time(cmd: list[str]) -> tuple[float, str]:
    """Run CMD; the seconds it printed as `time: S` on stderr, and its stdout."""
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=TARGETS, timeout=600)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    seconds = [float(line.split()[1]) for line in proc.stderr.splitlines() if line.startswith("time: ")]
    return seconds[-1], proc.stdout


def compare(label: str, exe: Path, cpython_script: str, args: list[str], repeat: int) -> tuple[float, float]:
    """Best-of-REPEAT times of the translated program and of CPython on ARGS (alternating runs);
    their outputs must be the same.  Prints one line and returns (translated, cpython)."""
    ours: list[float] = []
    theirs: list[float] = []
    for _ in range(repeat):
        t, out_ours = reported_time([str(exe), *args])
        ours.append(t)
        t, out_theirs = reported_time([sys.executable, str(TARGETS / cpython_script), *args])
        theirs.append(t)
        if out_ours != out_theirs:
            raise SystemExit(f"{label}: the translated program printed something else than CPython:\n"
                             f"{out_ours[:500]}\n---\n{out_theirs[:500]}")
    best, best_cpython = min(ours), min(theirs)
    ratio = best / best_cpython
    verdict = f"{ratio:.2f}x CPython's time" if ratio >= 1 else f"{1 / ratio:.2f}x faster than CPython"
    print(f"{label:<28} translated {best * 1000:9.2f} ms   CPython {best_cpython * 1000:9.2f} ms   {verdict}"
          f"   (medians {statistics.median(ours) * 1000:.2f} / {statistics.median(theirs) * 1000:.2f})")
    return best, best_cpython


def header(opt: int, repeat: int) -> None:
    print(f"machine: {platform.machine()}, {platform.python_implementation()} {platform.python_version()}; "
          f"kit -O{opt}, best of {repeat} (times measured inside each program)")
