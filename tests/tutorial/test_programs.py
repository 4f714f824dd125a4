"""The tutorial language's programs run untranslated (in this process, through kit.interp's
Language) and give their expected output, errors and exit status."""

import pytest

from languages.tutorial.target import entry_point
from tests.tutorial.programs import load_all

PROGRAMS = load_all()


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_program(program, capfd):
    status = entry_point(["tutorial", str(program.path)])
    out, err = capfd.readouterr()
    assert (out, err, status) == (program.stdout, program.stderr, program.status)


def test_the_programs_cover_success_and_every_kind_of_error():
    kinds = {p.stderr.split(": ")[1] for p in PROGRAMS if p.status}
    assert kinds == {"SyntaxError", "NameError", "TypeError", "ZeroDivisionError", "OverflowError",
                     "RecursionError"}
    assert sum(1 for p in PROGRAMS if p.status == 0) >= 5
