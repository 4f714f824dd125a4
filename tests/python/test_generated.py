"""Generated programs (hypothesis) run on our VM in-process and on CPython: the printed results of
random expressions and of small statement programs must agree, errors included (same type)."""

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


# ---- statement programs: assignments, if/else, bounded loops, lists, functions ----------------------

VARIABLES = ["a", "b", "c"]
int_leaves = st.one_of(st.integers(-9, 9).map(str), st.sampled_from(VARIABLES), st.just("len(items)"))


def int_expressions():
    def extend(inner):
        return st.one_of(
            st.tuples(inner, st.sampled_from(["+", "-", "*", "//", "%", "&", "|", "^"]), inner)
            .map(lambda t: "(%s %s %s)" % t),
            st.tuples(inner, inner).map(lambda t: "min(%s, %s)" % t),
            st.tuples(inner, st.sampled_from(["<", "==", ">="]), inner, inner, inner)
            .map(lambda t: "(%s if %s %s %s else %s)" % (t[3], t[0], t[1], t[2], t[4])),
        )
    return st.recursive(int_leaves, extend, max_leaves=4)


def indent(lines: list[str]) -> list[str]:
    return ["    " + line for line in lines]


def statements():
    expr = int_expressions()
    simple = st.one_of(
        st.tuples(st.sampled_from(VARIABLES), expr).map(lambda t: ["%s = %s" % t]),
        st.tuples(st.sampled_from(VARIABLES), st.sampled_from(["+=", "-=", "*="]), expr)
        .map(lambda t: ["%s %s %s" % t, "%s = %s %% 100003" % (t[0], t[0])]),
        expr.map(lambda e: ["items.append(%s)" % e]),
        expr.map(lambda e: ["print(%s)" % e]),
        st.just(["print(a, b, c, items[-3:], sum(items))"]),
        st.just(["items.sort()"]),
        expr.map(lambda e: ["c = helper(%s, a)" % e]),
    )

    def extend(inner):
        block = st.lists(inner, min_size=1, max_size=3).map(lambda blocks: [line for b in blocks for line in b])
        return st.one_of(
            st.tuples(expr, block, block).map(lambda t: ["if %s:" % t[0]] + indent(t[1]) + ["else:"] + indent(t[2])),
            st.tuples(st.integers(0, 4), block).map(lambda t: ["for i in range(%d):" % t[0]] + indent(t[1])),
            st.tuples(expr, block).map(lambda t: ["try:"] + indent(["x = 10 // (%s)" % t[0]] + t[1]) +
                                       ["except ZeroDivisionError:", "    print('div0')"]),
        )
    return st.recursive(simple, extend, max_leaves=8)


PRELUDE = ("a, b, c = 1, 2, 3\nitems = []\n\n"
           "def helper(x, y):\n    return (x * 31 + y) % 1009\n\n")


@settings(max_examples=80, deadline=None)
@given(st.lists(statements(), min_size=1, max_size=6))
def test_statement_programs_match_cpython(blocks):
    body = [line for block in blocks for line in block]
    source = PRELUDE + "\n".join(body) + "\nprint(a, b, c, items)\n"
    assert run_ours(source) == run_cpython(source)
