"""The tokenizer: token streams equal those of CPython's tokenize module on real code, and the
details CPython's C tokenizer has that tokenize lacks (byte columns, zero-width NEWLINE, errors)."""

from __future__ import annotations

import io
import tokenize as host_tokenize

import pytest

from languages.python.parser import tokens as tk
from languages.python.parser.tokenizer import Tokenizer

from .helpers import load_sections, read_source, stdlib_files


def our_tokens(source: str) -> list:
    tokenizer = Tokenizer(source, "<test>")
    result = tokenizer.tokenize()
    assert tokenizer.error is None, tokenizer.error.msg
    return result


def comparable_ours(source: str) -> list[tuple]:
    out = []
    for t in our_tokens(source):
        if t.kind == tk.NAME or tk.is_keyword_kind(t.kind):
            out.append(("NAME", t.string, t.lineno, t.col))
        elif t.kind == tk.NUMBER or t.kind == tk.STRING:
            out.append((tk.kind_name(t.kind), t.string, t.lineno, t.col))
        elif t.kind >= tk.FIRST_OPERATOR:
            out.append(("OP", t.string, t.lineno, t.col))
        elif t.kind == tk.NEWLINE:
            # our NEWLINE, like CPython's C tokenizer's, starts at a comment before it
            out.append(("NEWLINE", t.end_lineno, t.end_col))
        elif t.kind == tk.INDENT or t.kind == tk.DEDENT:
            out.append((tk.kind_name(t.kind),))
    return out


def comparable_host(source: str) -> list[tuple]:
    out = []
    for t in host_tokenize.generate_tokens(io.StringIO(source).readline):
        name = host_tokenize.tok_name[t.type]
        if name in ("NAME", "NUMBER", "STRING", "OP"):
            out.append((name, t.string, t.start[0], t.start[1]))
        elif name == "NEWLINE":
            if t.string:  # tokenize adds a NEWLINE without text at the end of a file without one
                out.append(("NEWLINE", t.start[0], t.start[1]))
            elif not out or out[-1][0] != "NEWLINE":
                out.append(("NEWLINE", t.start[0], t.start[1]))
        elif name in ("INDENT", "DEDENT"):
            out.append((name,))
    return out


def ascii_sample():
    files = []
    for path in stdlib_files()[::40]:
        source = read_source(path)
        if source is not None and source.isascii() and "\\\n" not in source and "\f" not in source:
            files.append(path)
    return files


@pytest.mark.parametrize("path", ascii_sample(), ids=lambda p: p.name)
def test_same_tokens_as_tokenize_module(path):
    source = read_source(path)
    try:
        expected = comparable_host(source)
    except (host_tokenize.TokenError, IndentationError, SyntaxError):
        pytest.skip("the tokenize module cannot read this file")
    assert comparable_ours(source) == expected


@pytest.mark.parametrize("source", [s for s in load_sections("good_snippets.txt") if s.isascii()],
                         ids=lambda s: s.strip().splitlines()[0][:30])
def test_snippet_tokens_as_tokenize_module(source):
    assert comparable_ours(source) == comparable_host(source)


def kinds(source: str) -> list[str]:
    return [tk.kind_name(t.kind) for t in our_tokens(source)]


def test_indentation_tokens():
    source = "if x:\n    y\n\n    # comment\n        # deeper comment\n    z\nw\n"
    assert kinds(source) == ["if", "NAME", ":", "NEWLINE", "INDENT", "NAME", "NEWLINE", "NAME", "NEWLINE",
                             "DEDENT", "NAME", "NEWLINE", "ENDMARKER"]


def test_dedents_at_end_of_input():
    assert kinds("if x:\n  if y:\n    z") == ["if", "NAME", ":", "NEWLINE", "INDENT", "if", "NAME", ":", "NEWLINE",
                                            "INDENT", "NAME", "NEWLINE", "DEDENT", "DEDENT", "ENDMARKER"]


def test_brackets_join_lines():
    assert kinds("x = (1,\n  2)\n") == ["NAME", "=", "(", "NUMBER", ",", "NUMBER", ")", "NEWLINE", "ENDMARKER"]


def test_backslash_continuation():
    toks = our_tokens("x = 1 + \\\n    2\n")
    assert [(t.string, t.lineno, t.col) for t in toks[:5]] == [("x", 1, 0), ("=", 1, 2), ("1", 1, 4), ("+", 1, 6),
                                                              ("2", 2, 4)]


def test_columns_are_utf8_byte_offsets():
    toks = our_tokens("é = 'ü' + x\n")
    assert [(t.string, t.col, t.end_col) for t in toks[:5]] == [("é", 0, 2), ("=", 3, 4), ("'ü'", 5, 9),
                                                               ("+", 10, 11), ("x", 12, 13)]


def test_newline_token_has_no_width():
    newline = our_tokens("x\n")[1]
    assert newline.kind == tk.NEWLINE and newline.col == newline.end_col == 1


def test_newline_token_spans_a_comment():
    newline = our_tokens("x  # note\n")[1]
    assert newline.kind == tk.NEWLINE and (newline.col, newline.end_col) == (3, 9)


def test_multiline_string_span():
    string = our_tokens("x = '''a\nbc''' + 1\n")[2]
    assert (string.lineno, string.col, string.end_lineno, string.end_col) == (1, 4, 2, 5)


@pytest.mark.parametrize("source,expected", [
    ("1if x else y", ["NUMBER", "if", "NAME", "else", "NAME"]),
    ("0x1for", ["NUMBER", "or"]),
    ("0b1for", ["NUMBER", "for"]),
    ("1_000.5e-3j", ["NUMBER"]),
    (".5", ["NUMBER"]),
    ("...", ["..."]),
    ("a.b", ["NAME", ".", "NAME"]),
    ("rb'x' Br'y' f'z' RF'w' u'v'", ["STRING", "STRING", "STRING", "STRING", "STRING"]),
    ("bu'x'", ["NAME", "STRING"]),
    ("a->b:=c**=d//=e>>=f<<=g", ["NAME", "->", "NAME", ":=", "NAME", "**=", "NAME", "//=", "NAME", ">>=", "NAME",
                                 "<<=", "NAME"]),
    ("async await match", ["async", "await", "NAME"]),
])
def test_token_kinds(source, expected):
    assert kinds(source)[:-2] == expected


def test_tabs_indent_consistently():
    assert kinds("if x:\n\ty\n\tz\n")[4:8] == ["INDENT", "NAME", "NEWLINE", "NAME"]


@pytest.mark.parametrize("source,message", [
    ("if x:\n\tif y:\n        a\n", "inconsistent use of tabs and spaces in indentation"),
    ("if x:\n  a\n b\n", "unindent does not match any outer indentation level"),
    ("x = 'abc\n", "unterminated string literal (detected at line 1)"),
    ("x = 1abc\n", "invalid decimal literal"),
    ("x = )\n", "unmatched ')'"),
    ("x = (]\n", "closing parenthesis ']' does not match opening parenthesis '('"),
])
def test_lexical_errors_are_recorded(source, message):
    tokenizer = Tokenizer(source, "<test>")
    toks = tokenizer.tokenize()
    assert toks[-1].kind == tk.ERRORTOKEN
    assert tokenizer.error is not None and tokenizer.error.msg == message


def test_eof_inside_brackets():
    tokenizer = Tokenizer("x = [1,\n2\n", "<test>")
    tokenizer.tokenize()
    assert tokenizer.error_is_eof_in_paren
    assert tokenizer.error.msg == "'[' was never closed"
