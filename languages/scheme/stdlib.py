"""The system namespace (special forms, primitives, the prelude) and the standard libraries of
R7RS appendix A as views of it.
"""

from __future__ import annotations

import os
from typing import Any

from kit.rlib.objectmodel import not_rpython
from languages.scheme import (
    prims_control,
    prims_fast,
    prims_io,
    prims_lists,
    prims_numbers,
    prims_text,
    prims_vectors,
)
from languages.scheme.environment import SpecialForm, W_Environment
from languages.scheme.forms import SPECIAL_FORM_NAMES
from languages.scheme.objects import sym
from languages.scheme.primitives import CONTROLS, PRIMITIVES, attach_fast_paths
from languages.scheme.prims_lists import CXR_NAMES, W_Cxr
from languages.scheme.procedures import W_ControlPrimitive, W_Primitive

# the modules above register their primitives when imported
PRIMITIVE_MODULES = [prims_control, prims_fast, prims_io, prims_lists, prims_numbers, prims_text, prims_vectors]
attach_fast_paths()


@not_rpython
def read_prelude() -> str:
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "prelude.scm")
    with open(path, encoding="utf-8") as f:
        return f.read()


PRELUDE_SOURCE = read_prelude()

ALIASES = [("call/cc", "call-with-current-continuation")]

BASE = """
* + - ... / < <= = => > >= _ abs and append apply assoc assq assv begin binary-port? boolean=?
boolean? bytevector bytevector-append bytevector-copy bytevector-copy! bytevector-length
bytevector-u8-ref bytevector-u8-set! bytevector? caar cadr call-with-current-continuation
call-with-port call-with-values call/cc car case cdar cddr cdr ceiling char->integer char-ready?
char<=? char<? char=? char>=? char>? char? close-input-port close-output-port close-port complex?
cond cond-expand cons current-error-port current-input-port current-output-port define
define-record-type define-syntax define-values denominator do dynamic-wind else eof-object
eof-object? eq? equal? eqv? error error-object-irritants error-object-message error-object? even?
exact exact-integer-sqrt exact-integer? exact? expt features file-error? floor floor-quotient
floor-remainder floor/ flush-output-port for-each gcd get-output-bytevector get-output-string guard
if import include include-ci inexact inexact? input-port-open? input-port? integer->char integer?
lambda lcm length let let* let*-values let-syntax let-values letrec letrec* letrec-syntax list
list->string list->vector list-copy list-ref list-set! list-tail list? make-bytevector make-list
make-parameter make-string make-vector map max member memq memv min modulo negative? newline not
null? number->string number? numerator odd? open-input-bytevector open-input-string
open-output-bytevector open-output-string or output-port-open? output-port? pair? parameterize
peek-char peek-u8 positive? procedure? quasiquote quote quotient raise raise-continuable rational?
rationalize read-bytevector read-bytevector! read-char read-error? read-line read-string read-u8
real? remainder reverse round set! set-car! set-cdr! square string string->list string->number
string->symbol string->utf8 string->vector string-append string-copy string-copy! string-fill!
string-for-each string-length string-map string-ref string-set! string<=? string<? string=?
string>=? string>? string? substring symbol->string symbol=? symbol? syntax-error syntax-rules
textual-port? truncate truncate-quotient truncate-remainder truncate/ u8-ready? unless unquote
unquote-splicing utf8->string values vector vector->list vector->string vector-append vector-copy
vector-copy! vector-fill! vector-for-each vector-length vector-map vector-ref vector-set! vector?
when with-exception-handler write-bytevector write-char write-string write-u8 zero?
"""

CHAR = """
char-alphabetic? char-ci<=? char-ci<? char-ci=? char-ci>=? char-ci>? char-downcase char-foldcase
char-lower-case? char-numeric? char-upcase char-upper-case? char-whitespace? digit-value
string-ci<=? string-ci<? string-ci=? string-ci>=? string-ci>? string-downcase string-foldcase
string-upcase
"""

STANDARD_LIBRARIES = [
    ("(scheme base)", BASE),
    ("(scheme case-lambda)", "case-lambda"),
    ("(scheme char)", CHAR),
    ("(scheme complex)", "angle imag-part magnitude make-polar make-rectangular real-part"),
    ("(scheme cxr)", " ".join([n for n in CXR_NAMES if len(n) > 4])),
    ("(scheme eval)", "environment eval"),
    ("(scheme file)", """call-with-input-file call-with-output-file delete-file file-exists?
        open-binary-input-file open-binary-output-file open-input-file open-output-file
        with-input-from-file with-output-to-file"""),
    ("(scheme inexact)", "acos asin atan cos exp finite? infinite? log nan? sin sqrt tan"),
    ("(scheme lazy)", "delay delay-force force make-promise promise?"),
    ("(scheme load)", "load"),
    ("(scheme process-context)", """command-line emergency-exit exit get-environment-variable
        get-environment-variables"""),
    ("(scheme read)", "read"),
    ("(scheme repl)", "interaction-environment"),
    ("(scheme time)", "current-jiffy current-second jiffies-per-second"),
    ("(scheme write)", "display write write-shared write-simple"),
]

R5RS_EXTRA = """exact->inexact inexact->exact null-environment scheme-report-environment"""


@not_rpython
def library_tables() -> list[tuple[str, list[str]]]:
    tables = [(name, names.split()) for name, names in STANDARD_LIBRARIES]
    r5rs: list[str] = []
    for _, names in tables:
        r5rs.extend(n for n in names if n not in r5rs)
    r5rs.extend(R5RS_EXTRA.split())
    tables.append(("(scheme r5rs)", r5rs))
    return tables


LIBRARY_TABLES = library_tables()


def install_special_forms(env: W_Environment) -> None:
    for kind in range(len(SPECIAL_FORM_NAMES)):
        name = SPECIAL_FORM_NAMES[kind]
        env.bindings[sym(name)] = SpecialForm(kind, name)


def install_primitives(env: W_Environment) -> None:
    for spec in PRIMITIVES:
        prim = W_Primitive(spec.name, spec.func, spec.min_args, spec.max_args)
        prim.unary = spec.unary
        prim.binary = spec.binary
        prim.ternary = spec.ternary
        env.define_value(spec.name, prim, sym(spec.name))
    for control_spec in CONTROLS:
        env.define_value(control_spec.name, W_ControlPrimitive(control_spec.name, control_spec.func,
                                                               control_spec.min_args, control_spec.max_args),
                         sym(control_spec.name))
    for name in CXR_NAMES:
        env.define_value(name, W_Cxr(name), sym(name))
    for alias, original in ALIASES:
        binding = env.lookup(sym(original))
        assert binding is not None
        env.bindings[sym(alias)] = binding


def install_libraries(vm: Any) -> None:
    for name, names in LIBRARY_TABLES:
        vm.libraries.register_view(name, names, vm.system_env)


def make_user_environment(system: W_Environment) -> W_Environment:
    """The program's namespace: every standard binding (imports are not needed to use them)."""
    env = W_Environment("user")
    for symbol, binding in system.bindings.items():
        if not symbol.name.startswith("%"):
            env.bindings[symbol] = binding
    return env


def make_r5rs_environment(vm: Any) -> W_Environment:
    env = W_Environment("r5rs")
    library = vm.libraries.libraries.get("(scheme r5rs)", None)
    if library is not None:
        for symbol, binding in library.exports.items():
            env.bindings[symbol] = binding
    return env
