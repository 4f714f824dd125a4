"""Our AST equals CPython's (ast.dump, with and without positions) for a corpus of valid snippets,
and our SyntaxError equals CPython's (class, message, line, offset, end, text) for bad ones."""

from __future__ import annotations

import ast
import traceback
import warnings

import pytest

from languages.python.parser.errors import PySyntaxError
from languages.python.parser.parser import parse

from .helpers import (
    cpython_dump,
    cpython_error,
    load_sections,
    needs_cpython_311,
    our_dump,
    our_error,
    section_id,
)

pytestmark = needs_cpython_311

GOOD = load_sections("good_snippets.txt")
BAD = load_sections("bad_snippets.txt")


def test_corpora_are_substantial():
    assert len(GOOD) >= 25
    assert len(BAD) >= 250


@pytest.mark.parametrize("source", GOOD, ids=[section_id(s) for s in GOOD])
def test_valid_snippet_ast(source):
    assert our_dump(source) == cpython_dump(source)


@pytest.mark.parametrize("source", GOOD, ids=[section_id(s) for s in GOOD])
def test_valid_snippet_positions(source):
    assert our_dump(source, True) == cpython_dump(source, True)


@pytest.mark.parametrize("source", BAD, ids=[section_id(s) for s in BAD])
def test_bad_snippet_error(source):
    expected = cpython_error(source)
    assert expected is not None, "CPython accepts this snippet; it does not belong in bad_snippets.txt"
    assert our_error(source) == expected


@pytest.mark.parametrize("source", [
    "1 + 2", "x", "(yield)", "lambda: 1", "a if b else c", "[x for x in y]", "f'{x}'", "1,\n", "x\n\n\n",
])
def test_eval_mode(source):
    assert our_dump(source, True, "eval") == cpython_dump(source, True, "eval")


@pytest.mark.parametrize("source", ["x = 1", "x = 1; y = 2", "if x:\n  pass\n", "if x:\n  pass", "def f(): pass\n",
                                    "if x:\n  if y: pass", "if x: pass\n",
                                    "@d\nclass C: pass\n", "x = 1 # c\n# d\n"])
def test_single_mode(source):
    assert our_dump(source, True, "single") == cpython_dump(source, True, "single")


@pytest.mark.parametrize("source,mode", [("x = 1", "eval"), ("1 2", "eval"), ("x = 1\ny = 2\n", "single"),
                                         ("", "eval"), (" 1", "eval"), ("\n", "single"), ("x = (", "eval"),
                                         ("x = 1\x00", "exec"), ("\x00", "eval"), ("if x: pass", "single"),
                                         ("if x:\n  pass\nelse: pass", "single"), ("@d\ndef f(): pass", "single")])
def test_mode_errors(source, mode):
    assert our_error(source, mode) == cpython_error(source, mode)


@pytest.mark.parametrize("source", BAD, ids=[section_id(s) for s in BAD])
def test_error_report_text(source):
    """PySyntaxError.format() prints what CPython's traceback module prints for the error."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, "<test>", "exec", ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            expected = "".join(traceback.format_exception_only(type(e), e))
    with pytest.raises(PySyntaxError) as info:
        parse(source, "<test>")
    assert info.value.format() == expected


@pytest.mark.parametrize("source", ["x = " + "1" * 5000, "x = (1,\n  " + "1" * 5000 + ")", "f(" + "1_0" * 3000 + ")"],
                         ids=["decimal", "second-line", "underscores"])
def test_integer_literal_digit_limit(source):
    assert our_error(source) == cpython_error(source)


def test_integer_literal_at_the_digit_limit():
    source = "x = " + "9" * 4300
    assert our_dump(source, True) == cpython_dump(source, True)
