"""SOM programs with their expected output, run on the untranslated VM.

Each `programs/Name.som` (and `errors/Name.som`) is run as `som Name.som ARGS`; its stdout must
equal `Name.out` (empty when there is none). The first comment of the file may say
`args: A B`, `expect-exit: N` (default 0) and `expect-stderr: TEXT` (each TEXT must appear in
standard error; without any, standard error must be empty).
"""

from pathlib import Path

import pytest

from languages.smalltalk.target import entry_point

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def main_programs(folder):
    """The programs of a folder: every .som file whose class is not a helper of another."""
    paths = sorted((HERE / folder).glob("*.som"))
    return [p for p in paths if p.with_suffix(".out").exists() or "expect-" in p.read_text()]


class Expectations:
    def __init__(self, path):
        self.args = []
        self.exit = 0
        self.stderr = []
        header = path.read_text().split('"')[1] if path.read_text().startswith('"') else ""
        for line in header.splitlines():
            line = line.strip()
            if line.startswith("args:"):
                self.args = line[len("args:"):].split()
            elif line.startswith("expect-exit:"):
                self.exit = int(line[len("expect-exit:"):])
            elif line.startswith("expect-stderr:"):
                self.stderr.append(line[len("expect-stderr:"):].strip())
        out = path.with_suffix(".out")
        self.stdout = out.read_text() if out.exists() else ""


def run_program(path, capfd, monkeypatch):
    monkeypatch.chdir(ROOT)
    expect = Expectations(path)
    status = entry_point(["som", str(path.relative_to(ROOT))] + expect.args)
    captured = capfd.readouterr()
    return expect, status, captured


PROGRAMS = main_programs("programs")
ERRORS = main_programs("errors")


@pytest.mark.parametrize("path", PROGRAMS + ERRORS, ids=[p.parent.name + "/" + p.stem for p in PROGRAMS + ERRORS])
def test_program(path, capfd, monkeypatch):
    expect, status, captured = run_program(path, capfd, monkeypatch)
    assert captured.out == expect.stdout
    for text in expect.stderr:
        assert text in captured.err, f"{text!r} not in standard error:\n{captured.err}"
    if not expect.stderr:
        assert captured.err == ""
    assert status == expect.exit, captured.err


def test_there_are_programs_and_error_cases():
    assert len(PROGRAMS) >= 12
    assert len(ERRORS) >= 12
    assert all(Expectations(p).exit != 0 for p in ERRORS)
