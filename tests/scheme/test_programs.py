"""Runs every Scheme program under tests/scheme/programs/ and compares with the files beside it.

NAME.scm is run with its folder as the working directory; NAME.out is the expected stdout,
NAME.err (optional) the expected stderr, NAME.status (optional, default 0) the exit status,
NAME.in (optional) is fed to stdin and NAME.args (optional) holds extra command-line arguments.
By default the programs run in this process on the untranslated VM; set KIT_SCHEME_BIN to an
executable (the translated VM) to run them there instead.
"""

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from languages.scheme.target import entry_point

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
VM_BINARY = os.environ.get("KIT_SCHEME_BIN", "")


def program_files():
    return sorted(PROGRAMS.rglob("*.scm"))


def expected(path: Path, suffix: str, default: str) -> str:
    other = path.with_suffix(suffix)
    if other.exists():
        return other.read_text(encoding="utf-8")
    return default


def run_in_process(path: Path, args: list[str], stdin_path: Path | None, capfd) -> tuple[int, str, str]:
    old_cwd = os.getcwd()
    saved_stdin = os.dup(0)
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(20000)
    try:
        os.chdir(path.parent)
        fd = os.open(stdin_path if stdin_path else os.devnull, os.O_RDONLY)
        os.dup2(fd, 0)
        os.close(fd)
        capfd.readouterr()
        status = entry_point(["scheme", path.name] + args)
        out, err = capfd.readouterr()
    finally:
        os.dup2(saved_stdin, 0)
        os.close(saved_stdin)
        os.chdir(old_cwd)
        sys.setrecursionlimit(old_limit)
    return status, out, err


def run_binary(path: Path, args: list[str], stdin_path: Path | None, binary: str = VM_BINARY) -> tuple[int, str, str]:
    with open(stdin_path if stdin_path else os.devnull, "rb") as stdin:
        proc = subprocess.run([str(binary), path.name] + args, cwd=path.parent, stdin=stdin,
                              capture_output=True, timeout=300)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


@contextlib.contextmanager
def private_copy(path: Path):
    """PATH in a copy of its folder: programs that write files there may run at the same time in
    several tests (untranslated, translated, with the JIT) under pytest-xdist."""
    with tempfile.TemporaryDirectory(prefix="kit-scheme-prog-") as tmp:
        folder = Path(tmp) / path.parent.name
        shutil.copytree(path.parent, folder, ignore=shutil.ignore_patterns("__pycache__"))
        yield folder / path.name


def check_program(path: Path, capfd, binary: str = VM_BINARY) -> None:
    args = expected(path, ".args", "").split()
    stdin_path = path.with_suffix(".in")
    if not stdin_path.exists():
        stdin_path = None
    with private_copy(path) as copy:
        if binary:
            status, out, err = run_binary(copy, args, stdin_path, binary)
        else:
            status, out, err = run_in_process(copy, args, stdin_path, capfd)
    assert out == expected(path, ".out", ""), f"stdout of {path.name}"
    assert err == expected(path, ".err", ""), f"stderr of {path.name}"
    assert status == int(expected(path, ".status", "0").strip()), f"exit status of {path.name}"
    assert "Traceback" not in err


@pytest.mark.parametrize("path", program_files(), ids=lambda p: str(p.relative_to(PROGRAMS)))
def test_program(path: Path, capfd):
    check_program(path, capfd)


def test_every_program_has_expectations():
    for path in program_files():
        assert path.with_suffix(".out").exists() or path.with_suffix(".err").exists(), path
