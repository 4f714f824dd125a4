"""Generated programs (hypothesis) run on our VM in-process and on CPython: the printed results of
random arithmetic, comparison and string expressions must agree, errors included (same type)."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

from hypothesis import given, settings
from hypothesis import strategies as st

from languages.python.compiler.codegen import compile_source
from languages.python.interpreter import interp
from languages.python.modules import builtins, setup
from languages.python.objspace import dictobject, ops, strobject
from languages.python.objspace.root import OperationError


def run_ours(source: str) -> str:
    """Run `source` as a fresh __main__ module; its output, or `!TypeName` if it raised."""
    setup.initialize([])
    w_globals = dictobject.W_DictObject()
    dictobject.setitem_str(w_globals, "__name__", strobject.newstr("__main__"))
    code = compile_source(source, "<generated>", "exec")
    builtins.output.pieces = []
    builtins.output.size = 0
    try:
        interp.run_code(code, w_globals, w_globals)
        error = ""
    except OperationError as e:
        error = "!" + ops.type_name(e.w_value)
    text = "".join(builtins.output.pieces)
    builtins.output.pieces = []
    builtins.output.size = 0
    return text + error


def run_cpython(source: str) -> str:
    out = io.StringIO()
    error = ""
    with redirect_stdout(out):
        try:
            exec(compile(source, "<generated>", "exec"), {"__name__": "__main__"})
        except Exception as e:
            error = "!" + type(e).__name__
    return out.getvalue() + error


small_ints = st.integers(min_value=-20, max_value=20)
big_ints = st.integers(min_value=-(2 ** 100), max_value=2 ** 100)
floats = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda f: round(f, 3))
numbers = st.one_of(small_ints, big_ints, floats).map(repr)
BINARY = ["+", "-", "*", "/", "//", "%", "<", "<=", "==", "!=", ">", ">="]
INT_ONLY = ["&", "|", "^", "<<", ">>"]


def expressions(leaves):
    def extend(inner):
        return st.one_of(
            st.tuples(inner, st.sampled_from(BINARY), inner).map(lambda t: "(%s %s %s)" % t),
            inner.map(lambda e: "(-%s)" % e),
            inner.map(lambda e: "abs(%s)" % e),
            st.tuples(inner, inner).map(lambda t: "max(%s, %s)" % t),
        )
    return st.recursive(leaves, extend, max_leaves=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(expressions(numbers), min_size=1, max_size=4))
def test_arithmetic_matches_cpython(exprs):
    source = "".join("print(%s)\n" % e for e in exprs)
    assert run_ours(source) == run_cpython(source)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(-(2 ** 70), 2 ** 70), st.sampled_from(INT_ONLY + ["**"]),
                          st.integers(-3, 70)), min_size=1, max_size=4))
def test_integer_operators_match_cpython(items):
    source = "".join("print(%d %s %d)\n" % item for item in items)
    assert run_ours(source) == run_cpython(source)


words = st.text(alphabet="abcXYZ ,.-", max_size=8).map(repr)
STRING_EXPRS = ["%s.upper()", "%s.split()", "%s.strip()", "len(%s)", "%s[::-1]", "%s[1:3]", "%s * 2",
                "sorted(%s)", "%s.replace('a', 'b')", "%s.title()", "list(%s)", "%s.find('a')",
                "'-'.join(%s)", "%s.count('a')", "%s < 'b'", "%s.center(9, '*')", "repr(%s)"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(STRING_EXPRS), words), min_size=1, max_size=5))
def test_string_methods_match_cpython(items):
    source = "".join("print(%s)\n" % (template % word) for template, word in items)
    assert run_ours(source) == run_cpython(source)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(floats, st.sampled_from([".2f", "10.3f", "e", ".3g", "", ">12", "+.1f", ",.2f", "%"])),
                min_size=1, max_size=4))
def test_float_formatting_matches_cpython(items):
    source = "".join("print(f'{%r:%s}')\n" % item for item in items)
    assert run_ours(source) == run_cpython(source)
