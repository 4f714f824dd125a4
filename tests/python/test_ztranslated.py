"""The Python VM translated (one shared build, tests/vmbuild.py): every program of programs/
gives CPython's output and exit status, as it does untranslated; -c and --version work."""

from __future__ import annotations

import subprocess

import pytest

from tests.python.test_cli import check_command_line
from tests.python.test_programs import ALL, PROGRAMS, check
from tests.vmbuild import translated

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def python_vm():
    # -O2: at -O0 the dispatch loop's native frame is so large that 1000 nested Python calls
    # exhaust the 256 MB stack before the VM's own recursion limit is reached
    return translated("languages/python/target.py", "python", ["--opt", "2"])


@pytest.mark.parametrize("name", ALL)
def test_program_translated(python_vm, name):
    result = subprocess.run([str(python_vm), name], capture_output=True, text=True, timeout=120, cwd=PROGRAMS)
    check(result, PROGRAMS / name)


def test_command_line(python_vm, tmp_path):
    check_command_line([str(python_vm)], tmp_path)
    result = subprocess.run([str(python_vm), "--version"], capture_output=True, text=True, timeout=60)
    assert result.stdout.startswith("python 3.11")
