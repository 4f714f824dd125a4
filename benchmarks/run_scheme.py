"""The Scheme VM translated by kit (-O2, with its JIT, and the same executable with `--jit off`)
against Guile 3 and Chez Scheme, side by side in one run: every program in benchmarks/scheme/ on
each system, outputs checked equal, times and ratios.

    python benchmarks/run_scheme.py [NAME...] [--repeat 3] [--kit EXE] [--no-install] [--median] [--kit-only]
                                    [--no-jit-column]

Each program times its own work with `current-jiffy` and reports it on stderr
(`elapsed-jiffies N PER-SECOND`), so start-up and compilation are not counted. A second table gives
the same runs by CPU time (user + system of the process, minus what the system takes to run an empty
program), which a busy machine disturbs less than wall-clock time. Guile compiles each
program to bytecode once, untimed, before the timed runs (its auto-compile cache lives in
build/bench/guile-cache, and a timed run that compiles again is an error), and Chez compiles the
program as it loads it, before the timed part. Chez Scheme 9.5 has no R7RS libraries: its copy of
each program gets a small prelude instead of the `(import ...)` form (current-jiffy,
jiffies-per-second). Missing peers are installed with apt-get (Debian packages guile-3.0 and
chezscheme); when that is impossible the script says so and compares with the peers it has.
"""

from __future__ import annotations

import argparse
import hashlib
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PROGRAMS = HERE / "scheme"
BUILD = ROOT / "build" / "bench"

CHEZ_PRELUDE = """\
;; added by run_scheme.py: Chez Scheme 9.5 lacks the R7RS libraries these programs import
(define (jiffies-per-second) 1000000000)
(define (current-jiffy)
  (let ((t (current-time 'time-monotonic)))
    (+ (* (time-second t) 1000000000) (time-nanosecond t))))
"""

ELAPSED = re.compile(r"elapsed-jiffies (\d+) (\d+)")

EMPTY_PROGRAM = """\
(import (scheme base) (scheme write) (scheme time) (scheme process-context))
(write (length (command-line)))
(newline)
"""


class System:
    """A Scheme implementation: how to run one program on it."""

    def __init__(self, name: str, version: str) -> None:
        self.name = name
        self.version = version

    def prepare(self, program: Path) -> None:
        """Work done once per program before the timed runs (compilation)."""

    def command(self, program: Path) -> list[str]:
        raise NotImplementedError

    def env(self) -> dict[str, str]:
        return dict(os.environ)

    def check_run(self, stderr: str) -> None:
        """Fail when a timed run did something that should have happened in prepare()."""


class Kit(System):
    """kit-scheme with its JIT (the default) or with `--jit off` (the same executable)."""

    def __init__(self, exe: Path, jit: bool) -> None:
        System.__init__(self, "kit-scheme" if jit else "kit-nojit", "-O2, JIT" if jit else "-O2, --jit off")
        self.exe = exe
        self.jit = jit

    def command(self, program: Path) -> list[str]:
        if self.jit:
            return [str(self.exe), str(program)]
        return [str(self.exe), "--jit", "off", str(program)]


class Guile(System):
    def __init__(self, exe: str) -> None:
        version = subprocess.run([exe, "--version"], capture_output=True, text=True).stdout.split("\n")[0]
        System.__init__(self, "Guile", version.split()[-1] if version else "?")
        self.exe = exe
        self.cache = BUILD / "guile-cache"

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["XDG_CACHE_HOME"] = str(self.cache)
        env.pop("GUILE_AUTO_COMPILE", None)
        return env

    def prepare(self, program: Path) -> None:
        # the first run compiles the program to bytecode (cached); it is not timed
        run(self.command(program), self.env())

    def command(self, program: Path) -> list[str]:
        return [self.exe, str(program)]

    def check_run(self, stderr: str) -> None:
        if ";;; compiling" in stderr:
            raise SystemExit("Guile compiled the program during a timed run: is its cache writable?")


class Chez(System):
    def __init__(self, exe: str) -> None:
        proc = subprocess.run([exe, "--version"], capture_output=True, text=True)
        System.__init__(self, "Chez", (proc.stdout + proc.stderr).strip() or "?")
        self.exe = exe
        self.folder = BUILD / "chez"

    def copy_of(self, program: Path) -> Path:
        return self.folder / program.name

    def prepare(self, program: Path) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.copy_of(program).write_text(CHEZ_PRELUDE + without_import(program.read_text()))

    def command(self, program: Path) -> list[str]:
        return [self.exe, "--script", str(self.copy_of(program))]


def without_import(text: str) -> str:
    """The program with its leading (import ...) form removed (it holds no strings or comments)."""
    start = text.find("(import")
    if start < 0:
        return text
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[:start] + text[i + 1:]
    raise SystemExit("unbalanced (import ...) form")


class Run:
    """One finished run: its output and the CPU seconds (user + system) the process used."""

    def __init__(self, stdout: str, stderr: str, cpu: float) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.cpu = cpu


def run(cmd: list[str], env: dict[str, str]) -> Run:
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        out.seek(0)
        err.seek(0)
        result = Run(out.read().decode("utf-8"), err.read().decode("utf-8"), usage.ru_utime + usage.ru_stime)
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} failed with status {code}:\n{result.stderr[-2000:]}")
    return result


def timed_run(system: System, program: Path) -> tuple[float, float, str]:
    """(seconds the program measured around its work, CPU seconds of the process, its stdout)."""
    result = run(system.command(program), system.env())
    system.check_run(result.stderr)
    match = ELAPSED.search(result.stderr)
    if match is None:
        raise SystemExit(f"{system.name} on {program.name}: no elapsed-jiffies line in\n{result.stderr[-2000:]}")
    return int(match.group(1)) / int(match.group(2)), result.cpu, result.stdout


def start_up_cpu(system: System, repeat: int) -> float:
    """The CPU seconds of the system running a program that does nothing (start-up, loading)."""
    empty = BUILD / "empty.scm"
    empty.write_text(EMPTY_PROGRAM)
    system.prepare(empty)
    return min(run(system.command(empty), system.env()).cpu for _ in range(max(repeat, 3)))


# ---- getting the systems ----------------------------------------------------------------------

def source_hash() -> str:
    """A hash of everything the translated VM is made from (the Scheme prelude included)."""
    h = hashlib.sha256()
    for folder in ["kit", "gcs", "jit", "languages/scheme"]:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".py", ".c", ".h", ".scm") and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(ROOT)).encode())
                h.update(path.read_bytes())
    return h.hexdigest()[:16]


def build_kit_scheme() -> Path:
    """kit-scheme translated at -O2 with its JIT, rebuilt only when its sources changed."""
    exe = BUILD / f"kit-scheme-O2-{source_hash()}"
    if exe.exists():
        print(f"kit-scheme: using {exe.relative_to(ROOT)} (sources unchanged)")
        return exe
    for old in BUILD.glob("kit-scheme-O2-*"):
        old.unlink()
    print("kit-scheme: kit build scheme --opt 2 ...", flush=True)
    start = time.perf_counter()
    tmp = exe.with_name(exe.name + ".tmp")
    proc = subprocess.run([sys.executable, "-m", "kit", "build", "scheme", "--opt", "2", "-o", str(tmp)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"kit build scheme failed:\n{proc.stderr[-3000:]}")
    tmp.rename(exe)
    print(f"kit-scheme: translated in {time.perf_counter() - start:.1f} s")
    return exe


def apt_install(package: str) -> str:
    """Install a Debian package; '' on success, else why it failed."""
    if shutil.which("apt-get") is None:
        return "no apt-get on this machine"
    prefix: list[str] = []
    if os.geteuid() != 0:
        if shutil.which("sudo") is None:
            return "not root and no sudo"
        prefix = ["sudo", "-n"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print(f"installing {package} with apt-get ...", flush=True)
    proc = subprocess.run(prefix + ["apt-get", "install", "-y", "-q", package], capture_output=True, text=True,
                          env=env)
    if proc.returncode != 0:
        # the package lists may be missing on a fresh machine
        subprocess.run(prefix + ["apt-get", "update", "-q"], capture_output=True, text=True, env=env)
        proc = subprocess.run(prefix + ["apt-get", "install", "-y", "-q", package], capture_output=True,
                              text=True, env=env)
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        return lines[-1] if lines else f"apt-get exited with {proc.returncode}"
    return ""


def find_peer(package: str, executables: list[str], install: bool) -> str:
    """The path of a peer's executable, installing its package when missing; '' if unavailable."""
    for name in executables:
        path = shutil.which(name)
        if path:
            return path
    reason = "not installed (--no-install)"
    if install:
        reason = apt_install(package)
        for name in executables:
            path = shutil.which(name)
            if path:
                return path
        reason = reason or f"apt-get installed {package} but none of {', '.join(executables)} is on PATH"
    print(f"*** {package} is not available ({reason}): continuing without it")
    return ""


# ---- the table ----------------------------------------------------------------------------------

def ratio_text(ratio: float) -> str:
    """A ratio column: two decimals below 10 (Guile's call/cc makes some ratios small), else one."""
    if ratio <= 0:
        return f"{'-':>12}"
    return f"{ratio:11.2f}x" if ratio < 10 else f"{ratio:11.1f}x"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="benchmarks to run (default: all in benchmarks/scheme/)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per system and benchmark")
    parser.add_argument("--median", action="store_true", help="report the median run instead of the best")
    parser.add_argument("--kit", metavar="EXE", help="use this kit-scheme executable instead of building one")
    parser.add_argument("--no-install", action="store_true", help="do not apt-get missing peers")
    parser.add_argument("--kit-only", action="store_true", help="run kit-scheme alone (before/after comparisons)")
    parser.add_argument("--no-jit-column", action="store_true", help="leave out the run with --jit off")
    args = parser.parse_args()
    BUILD.mkdir(parents=True, exist_ok=True)

    programs = sorted(PROGRAMS.glob("*.scm"))
    if args.names:
        wanted = set(args.names)
        programs = [p for p in programs if p.stem in wanted]
        missing = wanted - {p.stem for p in programs}
        if missing:
            raise SystemExit(f"no such benchmark: {', '.join(sorted(missing))}")

    exe = Path(args.kit).resolve() if args.kit else build_kit_scheme()
    systems: list[System] = [Kit(exe, True)]
    if not args.no_jit_column:
        systems.append(Kit(exe, False))
    if not args.kit_only:
        guile = find_peer("guile-3.0", ["guile-3.0", "guile3.0", "guile"], not args.no_install)
        if guile:
            systems.append(Guile(guile))
        chez = find_peer("chezscheme", ["chezscheme", "chez", "scheme"], not args.no_install)
        if chez:
            systems.append(Chez(chez))

    pick = statistics.median if args.median else min
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores; "
          + ", ".join(f"{s.name} {s.version}" for s in systems), flush=True)
    start_up = {system.name: start_up_cpu(system, args.repeat) for system in systems}
    wall: dict[str, dict[str, float]] = {}
    cpu: dict[str, dict[str, float]] = {}
    disagreements = []
    for program in programs:
        for system in systems:
            system.prepare(program)
        times: dict[str, list[float]] = {s.name: [] for s in systems}
        cpu_times: dict[str, list[float]] = {s.name: [] for s in systems}
        outputs: dict[str, str] = {}
        # alternate the systems so that a change in the machine's load hits them alike
        for _ in range(args.repeat):
            for system in systems:
                seconds, cpu_seconds, out = timed_run(system, program)
                times[system.name].append(seconds)
                cpu_times[system.name].append(max(cpu_seconds - start_up[system.name], 0.0))
                outputs[system.name] = out
        wall[program.stem] = {name: pick(ts) for name, ts in times.items()}
        cpu[program.stem] = {name: pick(ts) for name, ts in cpu_times.items()}
        differ = [name for name, out in outputs.items() if out != outputs["kit-scheme"]]
        if differ:
            disagreements.append((program.stem, outputs))
        print(f"  {program.stem}: " + ", ".join(f"{name} {wall[program.stem][name]:.3f} s" for name in times)
              + ("   OUTPUTS DIFFER: " + ", ".join(differ) if differ else ""), flush=True)

    which = "median" if args.median else "best"
    print(f"\n{which} of {args.repeat} runs; seconds each program measured around its work with current-jiffy "
          "(start-up and compilation excluded):")
    print_table(systems, wall)
    print(f"\nthe same runs by CPU time (user + system; {which} of {args.repeat}) minus each system's start-up "
          "(an empty program: " + ", ".join(f"{name} {t:.3f} s" for name, t in start_up.items())
          + "), steadier on a loaded machine:")
    print_table(systems, cpu)
    if len(systems) > 1:
        print("\nratios: kit-scheme's time / the peer's time (higher = kit-scheme slower)")
    for name, outputs in disagreements:
        print(f"\n{name}: the outputs differ")
        for system, out in outputs.items():
            print(f"  {system}: {out.strip()[:300]!r}")
    return 1 if disagreements else 0


def print_table(systems: list[System], times: dict[str, dict[str, float]]) -> None:
    peers = systems[1:]
    header = f"{'benchmark':12}" + "".join(f"{s.name:>12}" for s in systems)
    print(header + "".join(f"{'kit/' + s.name:>12}" for s in peers))
    ratios: dict[str, list[float]] = {s.name: [] for s in peers}
    for name, row in times.items():
        line = f"{name:12}" + "".join(f"{row[s.name]:11.3f}s" for s in systems)
        for peer in peers:
            ratio = row["kit-scheme"] / row[peer.name] if row[peer.name] > 0 else 0.0
            if ratio > 0:
                ratios[peer.name].append(ratio)
            line += ratio_text(ratio)
        print(line)
    if peers and times:
        line = f"{'geo. mean':12}" + " " * 12 * len(systems)
        for peer in peers:
            values = ratios[peer.name]
            line += ratio_text(math.exp(sum(math.log(r) for r in values) / len(values)) if values else 0.0)
        print(line)


if __name__ == "__main__":
    sys.exit(main())
