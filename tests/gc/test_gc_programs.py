"""The GC test programs, untranslated: each prints its expected output on CPython."""

import subprocess
import sys

import pytest

from .harness import ROOT, load_gc_programs

PROGRAMS = load_gc_programs()


def test_there_are_programs():
    assert len(PROGRAMS) >= 9


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_untranslated(program):
    proc = subprocess.run([sys.executable, "-m", "kit", "run", str(program.path)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == program.expected_out
