"""Shared helpers of the parser tests: CPython 3.11 as the oracle, our parser, snippet files and
the standard library file list."""

from __future__ import annotations

import ast
import io
import os
import sys
import sysconfig
import tokenize
import warnings
from pathlib import Path

import pytest

from languages.python.parser.errors import NO_POSITION, PySyntaxError
from languages.python.parser.parser import dump, parse

DATA = Path(__file__).resolve().parent / "data"
ROOT = Path(__file__).resolve().parents[3]
SEPARATOR = "\n=====\n"

# CPython 3.11's ast module is the reference; another host version prints other ASTs
needs_cpython_311 = pytest.mark.skipif(sys.version_info[:2] != (3, 11),
                                       reason="the reference ASTs and messages are CPython 3.11's")


def load_sections(name: str) -> list[str]:
    """The snippets of a data file: sections separated by a line of five '='; the first is a header."""
    return (DATA / name).read_text(encoding="utf-8").split(SEPARATOR)[1:]


def section_id(snippet: str) -> str:
    return snippet.strip().splitlines()[0][:40] if snippet.strip() else "<empty>"


def cpython_dump(source: str, include_attributes: bool = False, mode: str = "exec") -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ast.dump(ast.parse(source, mode=mode), include_attributes=include_attributes)


def our_dump(source: str, include_attributes: bool = False, mode: str = "exec") -> str:
    return dump(parse(source, "<test>", mode), include_attributes)


def error_fields(kind: str, msg: str, lineno: int, offset: int, end_lineno: int | None, end_offset: int | None,
                 text: str | None) -> tuple:
    return (kind, msg, lineno, offset, end_lineno, end_offset, text)


def cpython_error(source: str, mode: str = "exec") -> tuple | None:
    """CPython's SyntaxError for `source` as a tuple of its fields, or None if it parses."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, "<test>", mode, ast.PyCF_ONLY_AST)
        except SyntaxError as e:
            return error_fields(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text)
    return None


def our_error(source: str, mode: str = "exec") -> tuple | None:
    try:
        parse(source, "<test>", mode)
    except PySyntaxError as e:
        return error_fields(e.kind, e.msg, none_if_unknown(e.lineno), none_if_unknown(e.offset),
                            none_if_unknown(e.end_lineno), none_if_unknown(e.end_offset), e.text)
    return None


def none_if_unknown(value: int) -> int | None:
    return None if value == NO_POSITION else value


def stdlib_files() -> list[Path]:
    """Every .py file of the host's standard library (without site-packages), in a fixed order."""
    root = sysconfig.get_paths()["stdlib"]
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in ("site-packages", "__pycache__"))
        for filename in sorted(filenames):
            if filename.endswith(".py"):
                found.append(Path(dirpath) / filename)
    return found


def read_source(path: Path) -> str | None:
    """The text of a source file decoded as CPython would (coding cookie), or None if it cannot be."""
    data = path.read_bytes()
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return data.decode(encoding)
    except (SyntaxError, UnicodeDecodeError, LookupError):
        return None


def compare_file(path: Path, include_attributes: bool) -> str | None:
    """None if our AST of the file equals CPython's (or both reject it the same way); else what differs."""
    source = read_source(path)
    if source is None:
        return None
    try:
        reference = cpython_dump(source, include_attributes)
    except SyntaxError:
        reference = None
    except (ValueError, RecursionError, MemoryError):
        return None
    if reference is None:
        ours = our_error(source)
        theirs = cpython_error(source)
        if ours is None or ours[:4] != theirs[:4]:
            return "%s: CPython rejects it with %r, we give %r" % (path, theirs, ours)
        return None
    try:
        mine = our_dump(source, include_attributes)
    except PySyntaxError as e:
        return "%s: unexpected SyntaxError %s at %d:%d" % (path, e.msg, e.lineno, e.offset)
    if mine == reference:
        return None
    i = 0
    while i < min(len(mine), len(reference)) and mine[i] == reference[i]:
        i += 1
    return "%s: differs at %d\n ours:   %s\n theirs: %s" % (path, i, mine[max(0, i - 120):i + 80],
                                                         reference[max(0, i - 120):i + 80])
