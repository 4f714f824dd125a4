"""Translation errors a person can act on: every mistake in errors/ is reported at its line, with the
expected words, without a traceback, and `kit translate` exits with status 1."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kit.cli import main

ERRORS = Path(__file__).with_name("errors")
CASES = sorted(ERRORS.glob("e*.py"))


def expectation(path: Path) -> tuple[int, str]:
    for lineno, line in enumerate(path.read_text().splitlines(), 1):
        if "# error: " in line:
            return lineno, line.split("# error: ")[1].strip()
    raise AssertionError(f"{path} has no '# error:' comment")


def test_at_least_fifteen_kinds():
    assert len(CASES) >= 15


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_error_message(path, tmp_path, capsys):
    lineno, words = expectation(path)
    status = main(["translate", str(path), "-o", str(tmp_path / "exe"), "--opt", "0"])
    err = capsys.readouterr().err
    assert status == 1, err
    assert "Traceback" not in err
    messages = [line for line in err.splitlines() if re.search(r":\d+:\d+: error: ", line)
                or line.startswith("error: ")]
    assert messages, err
    # the error is at the marked line, or the marked line is one of the two sides it explains
    assert f"{path.name}:{lineno}:" in err, err
    assert words in err, err
    assert not (tmp_path / "exe").exists()


def test_union_error_explains_both_sides(capsys, tmp_path):
    main(["translate", str(ERRORS / "e01_int_str.py"), "-o", str(tmp_path / "x"), "--opt", "0"])
    err = capsys.readouterr().err
    assert "note: it is int because of the constant 1" in err
    assert "note: and str because of the constant 'three'" in err
    assert "hint:" in err


def test_none_error_shows_where_the_none_comes_from(capsys, tmp_path):
    main(["translate", str(ERRORS / "e07_arith_on_none.py"), "-o", str(tmp_path / "x"), "--opt", "0"])
    err = capsys.readouterr().err
    assert "return None" in err and "e07_arith_on_none.py:5" in err


def test_command_line_exit_status(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "kit", "translate", str(ERRORS / "e02_mixed_list.py"),
                           "-o", str(tmp_path / "x")], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
