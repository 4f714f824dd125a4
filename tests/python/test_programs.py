"""Runs every program in programs/ on our VM (`python -m languages.python`) and compares its
standard output with the .out file beside it, which holds CPython 3.11's output of the same
file (checked here too, when the interpreter running the tests is CPython 3.11). A program
that ends with an uncaught exception says so in comments: `# exit: 1` and `# error: Type: msg`
(the last line of the traceback on standard error)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROGRAMS = Path(__file__).parent / "programs"
ROOT = Path(__file__).resolve().parents[2]
ALL = sorted(p.name for p in PROGRAMS.glob("*.py"))


def run(argv: list[str]) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED="0")
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, cwd=PROGRAMS, env=env)


def expectations(path: Path) -> tuple[int, str, bool]:
    """(exit status, last line of stderr, whether stderr is a traceback)."""
    status = 0
    error = ""
    traceback = True
    for line in path.read_text().splitlines():
        if line.startswith("# exit: "):
            status = int(line[len("# exit: "):])
        elif line.startswith("# error: "):
            error = line[len("# error: "):]
        elif line.startswith("# stderr: "):
            error = line[len("# stderr: "):]
            traceback = False
    return status, error, traceback


TRACEBACK_STARTS = ("Traceback (most recent call last):\n", "  + Exception Group Traceback (most recent call last):\n")


def check(result: subprocess.CompletedProcess, path: Path) -> None:
    expected_out = path.with_suffix(".out").read_text()
    status, error, traceback = expectations(path)
    assert result.stdout == expected_out
    assert result.returncode == status, result.stderr
    if error:
        last = result.stderr.rstrip("\n").splitlines()[-1]
        assert last == error
        if traceback:
            assert result.stderr.startswith(TRACEBACK_STARTS)
    else:
        assert result.stderr == ""


def test_there_are_programs():
    assert len(ALL) >= 8


@pytest.mark.parametrize("name", ALL)
def test_program_on_our_vm(name):
    path = PROGRAMS / name
    check(run([sys.executable, "-m", "languages.python", name]), path)


# The VM implements Python 3.11, and other CPython versions word some errors differently: the .out
# files are checked against the running CPython only when it is 3.11 (our VM is checked on every version).
@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the .out files hold CPython 3.11's output")
@pytest.mark.parametrize("name", ALL)
def test_expected_output_is_cpythons(name):
    path = PROGRAMS / name
    check(run([sys.executable, name]), path)
