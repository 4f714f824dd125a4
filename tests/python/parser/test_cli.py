"""`python -m languages.python.parser FILE`: prints ast.dump text, or CPython's error lines."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "languages.python.parser", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_dumps_a_file(tmp_path):
    source = "def f(x, *, y=1):\n    return [i async for i in x if y]\n"
    path = tmp_path / "prog.py"
    path.write_text(source)
    result = run(str(path))
    assert result.returncode == 0
    assert result.stdout == ast.dump(ast.parse(source)) + "\n"
    with_positions = run(str(path), "--attributes")
    assert with_positions.stdout == ast.dump(ast.parse(source), include_attributes=True) + "\n"


def test_eval_mode(tmp_path):
    path = tmp_path / "expr.py"
    path.write_text("a if b else c\n")
    assert run(str(path), "--mode=eval").stdout == ast.dump(ast.parse("a if b else c", mode="eval")) + "\n"


def test_syntax_error_report(tmp_path):
    path = tmp_path / "bad.py"
    path.write_text("x = 1\nif x\n    pass\n")
    result = run(str(path))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == '  File "%s", line 2\n    if x\n        ^\nSyntaxError: expected \':\'\n' % path


def test_usage_error():
    result = run()
    assert result.returncode == 2 and "usage" in result.stderr
