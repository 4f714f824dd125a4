"""Bad input never escapes as a Python exception: random programs and random text either run or
end with a Scheme error report."""

import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from languages.scheme.interpreter import Interpreter

PROCEDURES = ["car", "cdr", "cons", "+", "-", "*", "/", "<", "=", "vector-ref", "string-ref", "list-tail",
              "length", "apply", "vector", "list", "string-append", "substring", "symbol->string",
              "string->symbol", "exact", "inexact", "sqrt", "expt", "number->string", "string->number",
              "char->integer", "integer->char", "make-vector", "make-string", "list->string", "append",
              "reverse", "assq", "member", "vector-fill!", "string-copy!", "exact-integer-sqrt", "floor/",
              "raise", "error", "values", "call-with-values", "dynamic-wind", "with-exception-handler",
              "write", "display", "read", "open-input-string", "eval", "environment", "utf8->string",
              "bytevector-u8-ref", "string->utf8", "list->vector", "vector-map", "map", "for-each",
              "make-parameter", "force", "make-promise", "exit", "max", "round", "quotient", "modulo"]
FORMS = ["if", "let", "let*", "letrec", "lambda", "begin", "define", "set!", "quote", "quasiquote", "cond",
         "case", "and", "or", "when", "unless", "do", "delay", "guard", "parameterize", "let-values",
         "define-record-type", "case-lambda", "define-syntax", "syntax-rules", "else", "=>", "unquote",
         "...", "_", "import", "define-values", "let-syntax"]

atom = st.one_of(
    st.integers(min_value=-10, max_value=10).map(str),
    st.sampled_from(["1.5", "-0.0", "+inf.0", "1/2", "#t", "#f", "'()", "\"s\"", "#\\a", "'x", "x", "y",
                     "#(1 2)", "#u8(1)", "9223372036854775807", "1e400", "|odd sym|"]),
    st.sampled_from(PROCEDURES),
    st.sampled_from(FORMS),
)
expr = st.recursive(atom, lambda inner: st.lists(inner, max_size=5).map(lambda xs: "(" + " ".join(xs) + ")"),
                    max_leaves=25)
programs = st.lists(expr, min_size=1, max_size=4).map("\n".join)

VM = Interpreter(["fuzz"])


def run(text: str, capfd) -> None:
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(20000)
    try:
        status = VM.run_text(text, "<fuzz>", False)
    finally:
        sys.setrecursionlimit(old)
    out, err = capfd.readouterr()
    assert isinstance(status, int)
    assert "Traceback" not in err
    if status != 0 and err:
        assert err.startswith("Error: "), err


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(programs)
def test_random_programs_end_cleanly(capfd, text):
    run(text, capfd)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet="()[]#\\'`,@.;|\"abc12 \n-+eixu8", max_size=40))
def test_random_text_ends_cleanly(capfd, text):
    run(text, capfd)
