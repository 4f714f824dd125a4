"""The command line of the Python VM (kit's Language base): -c, the REPL on a pipe, syntax errors
in CPython's format, exit statuses; run untranslated, and translated in test_ztranslated.py."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UNTRANSLATED = [sys.executable, "-m", "languages.python"]

REPL_INPUT = ('x = 6\nx * 7\ndef f(a):\n    return a + 1\n\nf(x)\n[1,\n 2]\n"s"\nNone\n1/0\n'
              'print("after")\nif x:\n    print("yes")\n\nimport sys\nsys.exit(5)\n')
REPL_OUTPUT = "42\n7\n[1, 2]\n's'\nafter\nyes\n"
REPL_ERRORS = ('Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\n    1/0\n'
               'ZeroDivisionError: division by zero\n')

# input() and sys.stdin read through one buffer, as UTF-8 text
STDIN_PROGRAM = ("import sys\nname = input('name? ')\nfirst = sys.stdin.readline()\nprint(repr(name), repr(first))\n"
                 "print([line for line in sys.stdin], sys.stdin.name, repr(sys.stdin.read()))\n"
                 "try:\n    input()\nexcept EOFError as e:\n    print('EOFError:', e)\n")
STDIN_TEXT = "Zoë\nsecond\nthird\nfourth"
STDIN_OUTPUT = "name? 'Zoë' 'second\\n'\n['third\\n', 'fourth'] <stdin> ''\nEOFError: EOF when reading a line\n"


def run(vm: list[str], *args: str, stdin: str = "", cwd: Path = ROOT) -> tuple[str, str, int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([*vm, *args], input=stdin, capture_output=True, text=True, timeout=120, cwd=cwd,
                          env=env)
    return proc.stdout, proc.stderr, proc.returncode


def check_command_line(vm: list[str], tmp_path: Path) -> None:
    assert run(vm, "-c", "print(6 * 7)") == ("42\n", "", 0)
    assert run(vm, "-c", "import sys; print(sys.argv)", "a", "b") == ("['-c', 'a', 'b']\n", "", 0)
    assert run(vm, stdin=REPL_INPUT) == (REPL_OUTPUT, REPL_ERRORS, 5)
    assert run(vm, "-", stdin="for i in range(2):\n    print(i)\n") == ("0\n1\n", "", 0)
    assert run(vm, "-c", STDIN_PROGRAM, stdin=STDIN_TEXT) == (STDIN_OUTPUT, "", 0)
    bad = tmp_path / "bad.py"
    bad.write_text("print(1)\nx = (\n")
    expected = '  File "%s", line 2\n    x = (\n        ^\nSyntaxError: \'(\' was never closed\n' % bad
    assert run(vm, str(bad)) == ("", expected, 1)
    (tmp_path / "mod_main.py").write_text("import sys\nprint(__name__, sys.argv[1:])\n")
    assert run(vm, "-m", "mod_main", "x", cwd=tmp_path) == ("__main__ ['x']\n", "", 0)
    out, err, status = run(vm, "--no-such-option")
    assert (out, status) == ("", 2)
    assert "unknown option" in err
    out, err, status = run(vm, str(tmp_path / "missing.py"))
    assert (out, status) == ("", 1)


def test_command_line_untranslated(tmp_path):
    check_command_line(UNTRANSLATED, tmp_path)


def test_syntax_error_matches_cpython(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("print(1)\nx = (\n")
    ours = run(UNTRANSLATED, str(bad))
    if sys.version_info[:2] == (3, 11):
        assert ours == run([sys.executable], str(bad))


def test_stdin_matches_cpython():
    if sys.version_info[:2] == (3, 11):
        assert run([sys.executable], "-c", STDIN_PROGRAM, stdin=STDIN_TEXT) == (STDIN_OUTPUT, "", 0)
    assert run(UNTRANSLATED, "-c", STDIN_PROGRAM, stdin=STDIN_TEXT) == (STDIN_OUTPUT, "", 0)
