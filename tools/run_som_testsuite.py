"""Runs SOM's public TestSuite (not part of the project) on the SOM VM untranslated and translated,
and prints the harness's totals for each; exit status 0 only when both runs pass every test.

    python tools/run_som_testsuite.py [CHECKOUT] [--suite NAME] [--opt N]

CHECKOUT is a checkout of https://github.com/SOM-st/SOM (or its TestSuite/ folder); without it the
KIT_SOM_TESTSUITE environment variable, then /work/som-testsuite, are tried. Only TestSuite/ goes on
the class path: the VM brings its own core library. The translated VM is the one the slow tests
build (tests/vmbuild.py caches it under build/test-binaries).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CHECKOUT = Path("/work/som-testsuite")
TOTAL_LABELS = {
    "tests": "Total number of tests:",
    "unsupported": "Number of unsupported optionals:",
    "passed": "Number of successful tests:",
    "assertions": "Number of assertions tested:",
}


class HarnessResult:
    """What one run of TestHarness.som reported: its totals, exit status and output."""

    def __init__(self, totals: dict[str, int], status: int, stdout: str, stderr: str, seconds: float) -> None:
        self.totals = totals
        self.status = status
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds

    @property
    def all_passed(self) -> bool:
        return (self.status == 0 and len(self.totals) == len(TOTAL_LABELS)
                and self.totals["tests"] > 0 and self.totals["passed"] == self.totals["tests"])

    def summary(self) -> str:
        if len(self.totals) != len(TOTAL_LABELS):
            return f"no totals printed (exit status {self.status})"
        t = self.totals
        return (f"{t['passed']}/{t['tests']} tests passed, {t['unsupported']} unsupported optionals, "
                f"{t['assertions']} assertions, exit status {self.status}, {self.seconds:.2f} s")

    def failures(self) -> str:
        """The harness's report of failing suites (everything before the totals), and stderr."""
        labels = tuple(TOTAL_LABELS.values())
        lines = [line for line in self.stdout.splitlines() if not line.startswith(labels)]
        return "\n".join(lines + self.stderr.splitlines()[-20:])


def find_testsuite(checkout: str | None = None) -> Path | None:
    """The TestSuite/ folder of CHECKOUT, of $KIT_SOM_TESTSUITE, or of /work/som-testsuite."""
    candidates = [checkout] if checkout else [os.environ.get("KIT_SOM_TESTSUITE", ""), str(DEFAULT_CHECKOUT)]
    for candidate in candidates:
        if not candidate:
            continue
        path = Path(candidate).resolve()
        for folder in (path / "TestSuite", path):
            if (folder / "TestHarness.som").is_file():
                return folder
    return None


def parse_totals(stdout: str) -> dict[str, int]:
    totals = {}
    for key, label in TOTAL_LABELS.items():
        match = re.search(re.escape(label) + r"\s*(\d+)", stdout)
        if match:
            totals[key] = int(match.group(1))
    return totals


def run_harness(vm_command: list[str], testsuite: Path, suite: str | None = None,
                timeout: int = 600) -> HarnessResult:
    """Run TestHarness.som (all suites, or one) with VM_COMMAND, TestSuite/ on the class path."""
    cmd = vm_command + ["-cp", str(testsuite), str(testsuite / "TestHarness.som")]
    if suite:
        cmd.append(suite)
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    seconds = time.perf_counter() - start
    return HarnessResult(parse_totals(proc.stdout), proc.returncode, proc.stdout, proc.stderr, seconds)


def untranslated_command() -> list[str]:
    return [sys.executable, "-m", "languages.smalltalk"]


def translated_command(opt: int = 0) -> list[str]:
    sys.path.insert(0, str(ROOT))
    from tests.vmbuild import translated
    options = ["--opt", str(opt)]
    return [str(translated("languages/smalltalk/target.py", "som" if opt == 0 else f"som-O{opt}", options))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("checkout", nargs="?", help="a checkout of SOM-st/SOM or its TestSuite/ folder")
    parser.add_argument("--suite", help="run one suite (e.g. Vector) instead of all")
    parser.add_argument("--opt", type=int, default=0, help="optimisation level of the translated VM (default 0)")
    args = parser.parse_args()
    testsuite = find_testsuite(args.checkout)
    if testsuite is None:
        print("no SOM TestSuite found: pass a checkout of https://github.com/SOM-st/SOM, or set "
              "KIT_SOM_TESTSUITE to one", file=sys.stderr)
        return 2
    print(f"TestSuite: {testsuite}")
    ok = True
    for label in ("untranslated", "translated"):
        command = untranslated_command() if label == "untranslated" else translated_command(args.opt)
        result = run_harness(command, testsuite, args.suite)
        print(f"{label:>12}: {result.summary()}")
        if not result.all_passed:
            ok = False
            print(result.failures())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
