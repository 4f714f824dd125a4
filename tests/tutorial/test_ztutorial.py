"""The tutorial language translated (one shared build, tests/vmbuild.py): every program gives the
same output, errors and status as untranslated; the command line and REPL work the same."""

import subprocess

import pytest

from tests.tutorial.programs import load_all
from tests.vmbuild import translated

pytestmark = pytest.mark.slow
PROGRAMS = load_all()


@pytest.fixture(scope="module")
def tutorial():
    return translated("languages/tutorial/target.py", "tutorial")


def run(exe, *args, stdin=""):
    proc = subprocess.run([str(exe), *args], input=stdin, capture_output=True, text=True, timeout=120)
    return proc.stdout, proc.stderr, proc.returncode


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.name for p in PROGRAMS])
def test_program(tutorial, program):
    assert run(tutorial, str(program.path)) == (program.stdout, program.stderr, program.status)


def test_command_line_and_repl(tutorial):
    assert run(tutorial, "-c", "print 6 * 7;") == ("42\n", "", 0)
    assert run(tutorial, "--version") == ("tutorial 1.0\n", "", 0)
    assert run(tutorial, "-", stdin="print 1;") == ("1\n", "", 0)
    text = "x = 20;\nfn double(n) {\n    return n * 2;\n}\nprint double(x) + 2;\nprint nope;\nprint x;\n"
    assert run(tutorial, stdin=text) == ("42\n20\n", "<stdin>:1:7: NameError: name 'nope' is not defined\n", 1)
    out, err, status = run(tutorial, "--bad")
    assert (out, status) == ("", 2) and "unknown option --bad" in err
