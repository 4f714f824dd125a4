"""The SOM VM translated (slow): the same programs, error cases and command line as untranslated."""

import subprocess
from pathlib import Path

import pytest

from tests.vmbuild import translated

from .test_programs import ERRORS, PROGRAMS, ROOT, Expectations

pytestmark = pytest.mark.slow

HERE = Path(__file__).resolve().parent


@pytest.fixture(scope="module")
def som():
    return translated("languages/smalltalk/target.py", "som")


@pytest.mark.parametrize("path", PROGRAMS + ERRORS, ids=[p.parent.name + "/" + p.stem for p in PROGRAMS + ERRORS])
def test_program_translated(som, path):
    expect = Expectations(path)
    result = subprocess.run([str(som), str(path.relative_to(ROOT))] + expect.args, cwd=ROOT,
                            capture_output=True, text=True, timeout=300)
    assert result.stdout == expect.stdout
    for text in expect.stderr:
        assert text in result.stderr, f"{text!r} not in standard error:\n{result.stderr}"
    if not expect.stderr:
        assert result.stderr == ""
    assert result.returncode == expect.exit, result.stderr


def test_class_path_translated(som):
    classpath = HERE / "classpath"
    result = subprocess.run([str(som), "-cp", f"{classpath / 'first'}:{classpath / 'second'}",
                             str(classpath / "app" / "ClassPathMain.som")], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == ["first -cp directory", "found in the second directory"]


def test_usage_translated(som):
    result = subprocess.run([str(som)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "usage: som" in result.stderr
