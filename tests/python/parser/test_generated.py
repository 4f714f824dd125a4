"""Generated programs: random expressions and statements built from the grammar parse to the
same AST as CPython's (positions included); random token soup never crashes the parser and is
rejected exactly when CPython rejects it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from languages.python.parser.errors import PySyntaxError
from languages.python.parser.parser import parse

from .helpers import cpython_dump, cpython_error, needs_cpython_311, our_dump, our_error

pytestmark = needs_cpython_311

ATOMS = st.sampled_from(["x", "y", "_z", "é", "1", "0x1F", "1_0", "2.5", "1e3", "3j", "'s'", "b'b'", "f'{x}'",
                         "f'{x!r:>{w}}'", "None", "True", "...", "[]", "()", "{}", "[1, 2]", "(1,)", "{1: 2}",
                         "{1}", "'a' 'b'", "rb'\\d'"])
BINARY = st.sampled_from(["+", "-", "*", "/", "//", "%", "**", "@", "<<", ">>", "&", "|", "^", "and", "or", "<",
                          "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"])
UNARY = st.sampled_from(["-", "+", "~", "not ", "await "])


def expressions():
    def extend(inner):
        return st.one_of(
            st.tuples(inner, BINARY, inner).map(lambda t: "%s %s %s" % t),
            st.tuples(UNARY, inner).map(lambda t: t[0] + t[1]),
            inner.map(lambda e: "(%s)" % e),
            st.tuples(inner, inner, inner).map(lambda t: "%s if %s else %s" % t),
            st.tuples(inner, st.lists(inner, max_size=3)).map(lambda t: "%s(%s)" % (t[0], ", ".join(t[1]))),
            st.tuples(inner, inner).map(lambda t: "%s[%s]" % t),
            st.tuples(inner, inner).map(lambda t: "%s[%s:]" % t),
            inner.map(lambda e: "%s.attr" % e),
            st.lists(inner, min_size=1, max_size=3).map(lambda es: "[%s]" % ", ".join(es)),
            st.lists(inner, min_size=1, max_size=3).map(lambda es: "(%s,)" % ", ".join(es)),
            st.tuples(inner, inner).map(lambda t: "{%s: %s}" % t),
            st.tuples(inner, inner).map(lambda t: "[%s for x in %s]" % t),
            st.tuples(inner, inner, inner).map(lambda t: "(%s for x in %s if %s)" % t),
            inner.map(lambda e: "lambda x, *y, z=1: %s" % e),
            inner.map(lambda e: "(x := %s)" % e),
            inner.map(lambda e: "*%s" % e),
            inner.map(lambda e: "f'{%s}'" % e.replace("'", '"')),
        )
    return st.recursive(ATOMS, extend, max_leaves=12)


def statements():
    e = st.recursive(ATOMS, lambda inner: st.one_of(
        st.tuples(inner, BINARY, inner).map(lambda t: "%s %s %s" % t),
        st.tuples(inner, inner).map(lambda t: "%s[%s]" % t),
        inner.map(lambda x: "(%s)" % x),
        st.lists(inner, min_size=1, max_size=3).map(lambda es: ", ".join(es)),
        inner.map(lambda x: "%s.attr" % x),
        inner.map(lambda x: "*%s" % x),
    ), max_leaves=4)
    simple = st.one_of(
        e,
        st.tuples(e, e).map(lambda t: "%s = %s" % t),
        st.tuples(e, e).map(lambda t: "%s += %s" % t),
        st.tuples(e, e).map(lambda t: "%s: %s" % t),
        e.map(lambda x: "return %s" % x),
        e.map(lambda x: "del %s" % x),
        st.tuples(e, e).map(lambda t: "assert %s, %s" % t),
        st.just("pass"),
    )

    def extend(inner):
        block = st.lists(inner, min_size=1, max_size=2).map(lambda ss: "".join("\n" + s for s in ss))
        indent = block.map(lambda b: b.replace("\n", "\n    "))
        return st.one_of(
            st.tuples(e, indent).map(lambda t: "if %s:%s" % t),
            st.tuples(e, indent, indent).map(lambda t: "while %s:%s\nelse:%s" % t),
            st.tuples(e, e, indent).map(lambda t: "for %s in %s:%s" % t),
            st.tuples(indent, e, indent).map(lambda t: "try:%s\nexcept %s as err:%s" % t),
            st.tuples(e, indent).map(lambda t: "with %s as w:%s" % t),
            st.tuples(e, indent).map(lambda t: "def f(a, /, b=%s, *c, d, **e):%s" % t),
            st.tuples(e, indent).map(lambda t: "@%s\nclass C:%s" % t),
            st.tuples(e, e, indent).map(lambda t: "match %s:\n    case [1, *r] | {'k': %s} as m:%s" % (
                t[0], "v", t[2].replace("\n", "\n    "))),
        )
    return st.recursive(simple, extend, max_leaves=4)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(expressions())
def test_generated_expressions(source):
    check_against_cpython(source)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(statements())
def test_generated_statements(source):
    check_against_cpython(source + "\n")


def check_against_cpython(source: str) -> None:
    expected_error = cpython_error(source)
    if expected_error is None:
        assert our_dump(source, True) == cpython_dump(source, True)
    else:
        mine = our_error(source)
        assert mine is not None, "CPython rejects %r (%s) but we accept it" % (source, expected_error[1])


SOUP_PIECES = ["x", "1", "'s'", "f'{x}'", "(", ")", "[", "]", "{", "}", ",", ":", "=", "==", "+", "*",
                        "**", "if", "else", "for", "in", "lambda", "def", "class", "return", "yield", "await",
                        "async", "with", "as", "match", "case", "not", "and", "is", ".", ";", "\n", "\n    ",
                        "\\\n", "#c\n", "'", '"""', "@", "->", ":=", "*", "_", "from", "import", "try", "except",
                        "finally", "global", "del", "pass", "0x", "1e", "$", "!", "\t"]
SOUP = st.sampled_from(SOUP_PIECES)


@settings(max_examples=500, deadline=None)
@given(st.lists(SOUP, max_size=25))
def test_token_soup_never_crashes(pieces):
    source = " ".join(pieces)
    try:
        parse(source, "<soup>")
        accepted = True
    except PySyntaxError as e:
        assert e.msg and e.lineno >= 0
        accepted = False
    assert accepted == (cpython_error(source) is None), source


def test_error_parity_on_token_soup():
    """A fixed pseudo-random sample of bad inputs: nearly all errors (message, position, text)
    equal CPython's; the rest are second-pass lookahead quirks of CPython's PEG parser."""
    import random

    rng = random.Random(20240611)
    rejected = identical = 0
    for _ in range(3000):
        source = " ".join(rng.choice(SOUP_PIECES) for _ in range(rng.randint(1, 12)))
        expected = cpython_error(source)
        if expected is None:
            continue
        rejected += 1
        if our_error(source) == expected:
            identical += 1
    assert rejected > 2500
    assert identical >= 0.99 * rejected, "%d of %d errors identical" % (identical, rejected)
