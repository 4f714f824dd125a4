"""The parser translated by kit (slow): the native `pyparse` (languages/python/parser/target.py)
prints the same ASTs and the same SyntaxError reports as CPython for the snippet corpora and a
sample of the standard library."""

from __future__ import annotations

import ast
import subprocess
import traceback
import warnings

import pytest

from tests.vmbuild import translated

from .helpers import cpython_dump, load_sections, needs_cpython_311, read_source, section_id, stdlib_files

pytestmark = [pytest.mark.slow, needs_cpython_311]

@pytest.fixture(scope="module")
def pyparse():
    return translated("languages/python/parser/target.py", "pyparse", ["--opt", "1"])


def run(exe, path, *options):
    return subprocess.run([str(exe), str(path), *options], capture_output=True, timeout=60)


def test_valid_snippets(pyparse, tmp_path):
    for i, source in enumerate(load_sections("good_snippets.txt")):
        path = tmp_path / ("good%d.py" % i)
        path.write_text(source, encoding="utf-8")
        proc = run(pyparse, path, "--attributes")
        assert proc.returncode == 0, (section_id(source), proc.stderr)
        assert proc.stdout.decode("utf-8") == cpython_dump(source, True) + "\n", section_id(source)


def test_bad_snippets(pyparse, tmp_path):
    for i, source in enumerate(load_sections("bad_snippets.txt")):
        path = tmp_path / ("bad%d.py" % i)
        path.write_text(source, encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                # a name that is no file: CPython would otherwise show the line read from the file
                compile(source, "<bad>", "exec", ast.PyCF_ONLY_AST)
            except SyntaxError as e:
                expected = "".join(traceback.format_exception_only(type(e), e))
        expected = expected.replace('File "<bad>"', 'File "%s"' % path)
        proc = run(pyparse, path)
        assert proc.returncode == 1, section_id(source)
        assert proc.stderr.decode("utf-8") == expected, section_id(source)


def test_stdlib_sample(pyparse):
    checked = 0
    for path in stdlib_files()[::10]:
        source = read_source(path)
        if source is None or path.read_bytes() != source.encode("utf-8"):
            continue  # the target reads UTF-8 only
        proc = run(pyparse, path)
        try:
            expected = cpython_dump(source)
        except SyntaxError:
            assert proc.returncode == 1, path
            continue
        assert proc.returncode == 0, (path, proc.stderr)
        assert proc.stdout.decode("utf-8") == expected + "\n", path
        checked += 1
    assert checked > 150


def test_usage(pyparse):
    proc = subprocess.run([str(pyparse)], capture_output=True, timeout=60)
    assert proc.returncode == 2 and b"usage" in proc.stderr
