"""Shared by the GC tests: the GC test programs (programs/gNN_*.py with their .out), bundling
programs into one target, translating a target with a chosen collector, running with peak RSS.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
ROOT = HERE.parents[1]
COLLECTORS = ["marksweep", "generational"]


@dataclass
class GCProgram:
    name: str
    path: Path
    expected_out: str
    stress: int        # KIT_GC_STRESS interval for the stress run (1: collect at every allocation)


def load_gc_programs() -> list[GCProgram]:
    result = []
    for path in sorted(PROGRAMS.glob("g*.py")):
        text = path.read_text()
        m = re.search(r"^# stress: (\d+)", text, re.M)
        result.append(GCProgram(path.stem, path, path.with_suffix(".out").read_text(),
                                int(m.group(1)) if m else 1))
    return result


def write_bundle(names: list[str], directory: Path, path_entry: Path, filename: str) -> Path:
    """One target that runs the program named by argv[1]; each module defines entry_point."""
    lines = ["import sys", f"sys.path.insert(0, {str(path_entry)!r})"]
    lines += [f"import {name}" for name in names]
    lines += ["", "def entry_point(argv):", "    if len(argv) < 2:", "        return 2", "    name = argv[1]"]
    for name in names:
        lines += [f"    if name == {name!r}:", f"        return {name}.entry_point([argv[0]])"]
    lines.append("    return 2")
    target = directory / filename
    target.write_text("\n".join(lines) + "\n")
    return target


def translate(target: Path, exe: Path, gc: str, opt: int = 0, stress: int = 0) -> Path:
    cmd = [sys.executable, "-m", "kit", "translate", str(target), "-o", str(exe), "--opt", str(opt), "--gc", gc]
    if stress:
        cmd.append(f"--gc-stress={stress}")
    env = dict(os.environ, KIT_CHECK_GRAPHS="1")
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return exe


def run_measured(cmd: list[str], env: dict[str, str] | None = None,
                 timeout: float = 300) -> tuple[int, str, str, float, int]:
    """(status, stdout, stderr, seconds, peak RSS in bytes) of one child process.

    The peak comes from the child's own VmHWM, polled: Linux carries the forking parent's RSS
    into the child's ru_maxrss across exec, so a large pytest worker would be charged to it."""
    import tempfile
    import time
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        peak = 0
        try:
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                peak = max(peak, _high_water_mark(proc.pid))
                if time.perf_counter() - start > timeout:
                    raise subprocess.TimeoutExpired(cmd, timeout)
                time.sleep(0.02)
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (proc.returncode, out.read().decode(), err.read().decode(), seconds,
                peak or usage.ru_maxrss * 1024)


def _high_water_mark(pid: int) -> int:
    """The peak resident set of a running process in bytes (0 where /proc cannot tell)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0
