"""Runs chosen modules of CPython 3.11's own Lib/test on our Python VM, one subprocess each with
a timeout, and records per-module results (status, tests ran/failed, the first error) in a baseline.

    python tools/run_cpython_tests.py [MODULE ...]            # print the results
    python tools/run_cpython_tests.py --update                # rewrite tests/cpython/baseline.txt
    python tools/run_cpython_tests.py --check                 # compare with it (exit 1 on a change)
    python tools/run_cpython_tests.py --vm build/bin/kit-python ...   # a translated VM instead
    python tools/run_cpython_tests.py --vm cpython test_bool  # the host CPython (checks the harness)

Each module runs as a script (`VM Lib/test/test_x.py`, which ends in `unittest.main()`), with the
stdlib directory on PYTHONPATH so that `import unittest` finds CPython's own unittest in source.
The CPython tests are read where CPython installed them and never copied into this repository.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import sysconfig
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BASELINE = ROOT / "tests" / "cpython" / "baseline.txt"

# The modules phase 1 cares about: the core language and the builtin types (S0-S6).
DEFAULT_MODULES = """
test_augassign test_baseexception test_binop test_bool test_builtin test_bytes test_class
test_compare test_contextlib test_descr test_dict test_dictviews test_enumerate test_exception_group
test_exceptions test_extcall test_float test_format test_fstring test_funcattrs test_generators
test_genexps test_global test_grammar test_int test_int_literal test_isinstance test_iter
test_keywordonlyarg test_list test_listcomps test_long test_math test_named_expressions test_opcodes
test_patma test_positional_only_arg test_pow test_property test_raise test_range test_richcmp
test_scope test_set test_slice test_sort test_string test_string_literals test_super test_sys
test_tuple test_types test_unary test_unicode test_unpack test_unpack_ex test_userdict test_userlist
test_with
""".split()

# Statuses: ok (unittest said OK), failed (tests ran, some failed or errored), error (the module
# stopped with an uncaught exception before unittest reported: the usual phase-1 result), internal
# (the untranslated VM itself crashed: a Python traceback from languages/ or kit/), crash (a non-zero
# exit with no traceback), timeout.
STATUSES = ("ok", "failed", "error", "internal", "crash", "timeout")
HEADER = (
    "# CPython 3.11 Lib/test modules on our Python VM (untranslated); regenerate with\n"
    "#   python tools/run_cpython_tests.py --update\n"
    "# module\tstatus\tran\tpassed\tfailures\terrors\tskipped\texception\tfirst error line\n"
)


@dataclass
class Result:
    module: str
    status: str
    ran: int = 0
    failures: int = 0
    errors: int = 0
    skipped: int = 0
    exception: str = "-"
    first_error: str = "-"

    @property
    def passed(self) -> int:
        return max(0, self.ran - self.failures - self.errors - self.skipped)

    def line(self) -> str:
        fields = [self.module, self.status, str(self.ran), str(self.passed), str(self.failures), str(self.errors),
                  str(self.skipped), self.exception, self.first_error]
        return "\t".join(field.replace("\t", " ") for field in fields)

    @staticmethod
    def parse(line: str) -> Result:
        fields = line.rstrip("\n").split("\t")
        if len(fields) != 9:
            raise ValueError(f"a baseline line has 9 tab-separated fields, not {len(fields)}: {line!r}")
        module, status, ran, passed, failures, errors, skipped, exception, first_error = fields
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r} in {line!r}")
        result = Result(module, status, int(ran), int(failures), int(errors), int(skipped), exception, first_error)
        if result.passed != int(passed):
            raise ValueError(f"passed should be ran - failures - errors - skipped in {line!r}")
        return result


def stdlib_test_dir() -> Path:
    """Lib/test of the CPython 3.11 running this tool (Debian ships it as libpython3.11-testsuite)."""
    directory = Path(sysconfig.get_paths()["stdlib"]) / "test"
    if not (directory / "test_bool.py").exists():
        raise SystemExit(f"CPython's Lib/test is not at {directory}: install it "
                         "(apt-get install -y libpython3.11-testsuite) or use a CPython that has it")
    return directory


def vm_command(vm: str) -> list[str]:
    if vm == "untranslated":
        return [sys.executable, "-m", "languages.python"]
    if vm == "cpython":
        return [sys.executable]
    return [str(Path(vm).resolve())]


def run_module(module: str, vm: str, timeout: float, test_dir: Path) -> Result:
    path = test_dir / (module + ".py")
    if not path.exists():
        return Result(module, "error", exception="FileNotFoundError", first_error=f"no {path}")
    stdlib = str(test_dir.parent)
    pythonpath = stdlib if vm != "untranslated" else str(ROOT) + os.pathsep + stdlib
    env = dict(os.environ, PYTHONPATH=pythonpath, PYTHONHASHSEED="0")
    try:
        completed = subprocess.run(vm_command(vm) + [str(path)], capture_output=True, text=True,
                                   timeout=timeout, cwd=test_dir, env=env, stdin=subprocess.DEVNULL,
                                   errors="replace")
    except subprocess.TimeoutExpired:
        return Result(module, "timeout", first_error=f"no result within {timeout:g}s")
    return classify(module, completed.returncode, completed.stderr.replace(stdlib, "<stdlib>"))


RAN = re.compile(r"^Ran (\d+) tests? in ")
SUMMARY_COUNT = re.compile(r"(failures|errors|skipped|expected failures|unexpected successes)=(\d+)")
EXCEPTION_LINE = re.compile(r"^([A-Za-z_][\w.]*)(: .*)?$")


def classify(module: str, status: int, stderr: str) -> Result:
    """Reads unittest's report (or the traceback that came instead) from a module's stderr (in
    which the stdlib directory reads `<stdlib>`, so that the baseline holds no machine's paths)."""
    lines = stderr.splitlines()
    ran_index = next((i for i, line in enumerate(lines) if RAN.match(line)), -1)
    if ran_index >= 0:
        result = Result(module, "ok" if status == 0 else "failed", ran=int(RAN.match(lines[ran_index]).group(1)))
        for line in lines[ran_index + 1:]:
            if line.startswith(("OK", "FAILED")):
                counts = dict((name, int(n)) for name, n in SUMMARY_COUNT.findall(line))
                result.failures = counts.get("failures", 0)
                result.errors = counts.get("errors", 0)
                result.skipped = counts.get("skipped", 0)
                break
        first = next((line for line in lines if line.startswith(("ERROR: ", "FAIL: "))), None)
        if first is not None:
            result.first_error = first
            result.exception = first_exception_after(lines, lines.index(first))
        elif status != 0:
            result.status = "failed"
            result.first_error = last_line(lines)
        return result
    if status == 0:
        return Result(module, "ok", first_error="(no unittest report)")
    last = last_line(lines)
    match = EXCEPTION_LINE.match(last)
    # a traceback, or a SyntaxError's report (file, line, source, caret) ends in `Type: message`
    if match is None or (match.group(2) is None and not any(line.startswith("Traceback") for line in lines)):
        return Result(module, "crash", first_error=f"exit status {status}: {last}")
    exception = match.group(1)
    internal = any(('File "' + str(ROOT / "languages")) in line or ('File "' + str(ROOT / "kit")) in line
                   for line in lines)
    return Result(module, "internal" if internal else "error", exception=exception, first_error=last)


def first_exception_after(lines: list[str], start: int) -> str:
    """The exception type of the first failing test's traceback."""
    in_traceback = False
    for line in lines[start + 1:]:
        if line.startswith("=" * 10):
            break
        if line.startswith("Traceback (most recent call last):"):
            in_traceback = True
            continue
        match = EXCEPTION_LINE.match(line)
        if in_traceback and match:
            return match.group(1)
    return "-"


def last_line(lines: list[str]) -> str:
    for line in reversed(lines):
        if line.strip():
            return line.strip()[:300]
    return "(no output)"


def read_baseline(path: Path) -> dict[str, Result]:
    results: dict[str, Result] = {}
    for line in path.read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        result = Result.parse(line)
        results[result.module] = result
    return results


def write_baseline(path: Path, results: list[Result]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    counts = {status: sum(1 for r in results if r.status == status) for status in STATUSES}
    summary = "# " + ", ".join(f"{n} {status}" for status, n in counts.items()) + "\n"
    path.write_text(HEADER + summary + "".join(r.line() + "\n" for r in sorted(results, key=lambda r: r.module)))


def run_all(modules: list[str], vm: str, timeout: float, jobs: int) -> list[Result]:
    test_dir = stdlib_test_dir()
    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        return list(pool.map(lambda m: run_module(m, vm, timeout, test_dir), modules))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("modules", nargs="*", help="Lib/test modules (default: the phase-1 list, or the baseline's)")
    parser.add_argument("--vm", default="untranslated",
                        help="'untranslated' (python -m languages.python), 'cpython', or a translated binary's path")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per module (default 120)")
    parser.add_argument("-j", "--jobs", type=int, default=1, help="modules run at once (default 1)")
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    parser.add_argument("--all", action="store_true", help="every test_*.py in Lib/test")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--update", action="store_true", help="write the results to the baseline")
    mode.add_argument("--check", action="store_true", help="compare with the baseline; exit 1 on a difference")
    args = parser.parse_args(argv)

    modules = args.modules
    if args.all:
        modules = sorted(p.stem for p in stdlib_test_dir().glob("test_*.py"))
    elif not modules:
        modules = sorted(read_baseline(args.baseline)) if args.check else DEFAULT_MODULES
    started = time.monotonic()
    results = run_all(modules, args.vm, args.timeout, args.jobs)
    for result in results:
        print(result.line())
    print(f"# {len(results)} modules in {time.monotonic() - started:.0f}s: "
          + ", ".join(f"{sum(1 for r in results if r.status == s)} {s}" for s in STATUSES))
    if args.update:
        if args.modules and args.baseline.exists():
            merged = read_baseline(args.baseline)
            merged.update((r.module, r) for r in results)
            results = list(merged.values())
        write_baseline(args.baseline, results)
        print(f"# wrote {args.baseline}")
    if args.check:
        expected = read_baseline(args.baseline)
        changed = [r for r in results if r.module not in expected or expected[r.module] != r]
        for result in changed:
            before = expected.get(result.module)
            print(f"CHANGED {result.module}:\n  baseline: {before.line() if before else '(none)'}\n"
                  f"  now:      {result.line()}")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
