"""The command line: python -m languages.scheme FILE / -e EXPR / the REPL, and `kit run`."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(args, stdin=""):
    return subprocess.run([sys.executable, "-m", "languages.scheme", *args], input=stdin, capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_evaluate_expression_writes_the_value():
    proc = run(["-e", "(define x 20) (+ x 22)"])
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "42\n", "")


def test_expression_values_and_output():
    proc = run(["-e", '(display "hi") (values 1 "two")'])
    assert proc.stdout == 'hi1\n"two"\n'


def test_expression_error():
    proc = run(["-e", "(car 1)"])
    assert proc.returncode == 1
    assert proc.stderr == "Error: car: expected a pair, got 1\n  at <expression>:1:1\n"


def test_help():
    proc = run(["-h"])
    assert proc.returncode == 0 and "usage" in proc.stdout


def test_missing_file():
    proc = run(["no-such-file.scm"])
    assert proc.returncode == 1
    assert proc.stderr == "Error: cannot read file no-such-file.scm\n"


def test_repl_session():
    session = '(define x 5)\n(* x x)\n(display "out")\n(car 1)\n(+ 1\n 2)\n"str"\n(values 1 2)\n'
    proc = run([], stdin=session)
    assert proc.returncode == 0
    assert proc.stdout == '> > 25\n> out> >   3\n> "str"\n> 1\n2\n> \n'
    assert proc.stderr == "Error: car: expected a pair, got 1\n  at <repl>:1:1\n"


def test_repl_recovers_from_read_errors():
    proc = run([], stdin="(display 1))\n(display 2)\n")
    assert "2" in proc.stdout
    assert "unexpected ')'" in proc.stderr


def test_kit_run_target(tmp_path):
    program = tmp_path / "prog.scm"
    program.write_text('(display (list "args" (cdr (command-line))))\n')
    proc = subprocess.run([sys.executable, "-m", "kit", "run", "languages/scheme/target.py", str(program), "a", "b"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == '(args (a b))'
