"""The Scheme VM translated by kit (slow): every program under programs/ gives the same output,
error text and exit status natively as untranslated, and the binary needs no Python."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from tests.vmbuild import translated

from .test_programs import PROGRAMS, check_program, program_files

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheme_vm() -> Path:
    return translated("languages/scheme/target.py", "scheme")


@pytest.mark.parametrize("path", program_files(), ids=lambda p: str(p.relative_to(PROGRAMS)))
def test_program_translated(path: Path, capfd, scheme_vm: Path):
    check_program(path, capfd, str(scheme_vm))


def test_binary_is_standalone(scheme_vm: Path):
    libs = subprocess.run(["ldd", str(scheme_vm)], capture_output=True, text=True).stdout
    assert "python" not in libs.lower()


def test_expression_and_error(scheme_vm: Path):
    proc = subprocess.run([str(scheme_vm), "-e", "(+ 1 2)"], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout.strip()) == (0, "3")
    proc = subprocess.run([str(scheme_vm), "-e", "(car '())"], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0 and "Error" in proc.stderr and "Traceback" not in proc.stderr


def test_make_run_demo(scheme_vm: Path):
    """examples/demo.scm (what `make run` shows) computes the expected values; its times vary."""
    demo = PROGRAMS.parent.parent.parent / "examples" / "demo.scm"
    proc = subprocess.run([str(scheme_vm), str(demo)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"\[\d+\.\d ms\]$", proc.stdout.splitlines()[0])
    values = re.sub(r"   \[[0-9.]+ ms\]$", "", proc.stdout, flags=re.M)
    values = re.sub(r"^whole demo: .*$", "whole demo: (time)", values, flags=re.M)
    assert values == (PROGRAMS.parent / "demo.expected").read_text(encoding="utf-8")
