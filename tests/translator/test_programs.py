"""The corpus, untranslated: every program prints its expected output with its expected status."""

import pytest

from .corpus import last_line, load_programs, run_untranslated

PROGRAMS = load_programs()


def test_corpus_is_large_enough():
    assert len(PROGRAMS) >= 40
    for p in PROGRAMS:
        assert p.path.with_suffix(".out").exists(), f"{p.name} has no expected output"


@pytest.mark.parametrize("program", PROGRAMS, ids=lambda p: p.name)
def test_untranslated(program):
    proc = run_untranslated(program)
    assert proc.stdout == program.expected_out
    assert proc.returncode == program.status, proc.stderr
    if program.stderr:
        assert last_line(proc.stderr) == program.stderr
