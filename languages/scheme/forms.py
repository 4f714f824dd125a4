"""Shared vocabulary of the compiler modules: the syntactic keywords and small helpers on forms."""

from __future__ import annotations

from languages.scheme.environment import Scope, identifier_symbol
from languages.scheme.nodes import Node, Target
from languages.scheme.objects import NIL, SourcePos, W_Object, W_Pair, sym, syntax_error
from languages.scheme.syntax_rules import strip_syntax

# ---- syntactic keywords -------------------------------------------------------------------------

SPECIAL_FORM_NAMES = [
    "quote", "quasiquote", "unquote", "unquote-splicing", "lambda", "if", "set!", "define", "begin",
    "let", "let*", "letrec", "letrec*", "cond", "case", "and", "or", "when", "unless", "do",
    "define-syntax", "let-syntax", "letrec-syntax", "syntax-rules", "syntax-error",
    "define-record-type", "define-values", "let-values", "let*-values", "case-lambda", "delay",
    "delay-force", "import", "define-library", "include", "include-ci", "cond-expand", "else", "=>",
    "...", "_", "export", "named-lambda",
]
(K_QUOTE, K_QUASIQUOTE, K_UNQUOTE, K_UNQUOTE_SPLICING, K_LAMBDA, K_IF, K_SET, K_DEFINE, K_BEGIN,
 K_LET, K_LET_STAR, K_LETREC, K_LETREC_STAR, K_COND, K_CASE, K_AND, K_OR, K_WHEN, K_UNLESS, K_DO,
 K_DEFINE_SYNTAX, K_LET_SYNTAX, K_LETREC_SYNTAX, K_SYNTAX_RULES, K_SYNTAX_ERROR,
 K_DEFINE_RECORD_TYPE, K_DEFINE_VALUES, K_LET_VALUES, K_LET_STAR_VALUES, K_CASE_LAMBDA, K_DELAY,
 K_DELAY_FORCE, K_IMPORT, K_DEFINE_LIBRARY, K_INCLUDE, K_INCLUDE_CI, K_COND_EXPAND, K_ELSE, K_ARROW,
 K_ELLIPSIS, K_UNDERSCORE, K_EXPORT, K_NAMED_LAMBDA) = range(len(SPECIAL_FORM_NAMES))


def bad_syntax(name: str, form: W_Object, pos: SourcePos | None) -> Exception:
    return syntax_error("%s: bad syntax" % name, strip_syntax(form), pos)


def form_items(form: W_Object, pos: SourcePos | None) -> list[W_Object]:
    """The elements of a proper list (a syntax error otherwise)."""
    items: list[W_Object] = []
    rest = form
    while isinstance(rest, W_Pair):
        items.append(rest.car)
        rest = rest.cdr
    if rest is not NIL:
        raise syntax_error("expected a proper list", strip_syntax(form), pos)
    return items


def ident_name(ident: W_Object) -> str:
    return identifier_symbol(ident).name


class Formals:
    """A parsed parameter list: the required identifiers and the rest identifier (or None)."""

    def __init__(self) -> None:
        self.params: list[W_Object] = []
        self.rest: W_Object | None = None


class BodyItem:
    """One element of a body after the definition scan: a definition or an expression."""

    def __init__(self, form: W_Object, scope: Scope, target: Target | None, pos: SourcePos | None) -> None:
        self.form = form            # the expression (or value expression of a define)
        self.scope = scope
        self.target = target        # where a definition stores; None for an expression
        self.pos = pos
        self.name = ""
        self.node: Node | None = None     # prebuilt node (define-record-type)
        self.values_targets: list[Target] | None = None    # define-values: its targets
        self.rest_target: Target | None = None


def splice(pending: list[W_Object], forms: list[W_Object]) -> None:
    """Push forms so that they are processed next, in order."""
    i = len(forms) - 1
    while i >= 0:
        pending.append(forms[i])
        i -= 1


def form_rest(form: W_Object, skip: int) -> W_Object:
    rest = form
    for _ in range(skip):
        assert isinstance(rest, W_Pair)
        rest = rest.cdr
    return rest


def list_of(items: list[W_Object]) -> W_Object:
    result: W_Object = NIL
    i = len(items) - 1
    while i >= 0:
        result = W_Pair(items[i], result)
        i -= 1
    return result


# marks a (define (f . args) ...) value as a lambda the compiler builds itself (never user data)
LAMBDA_MARK = W_Pair(NIL, NIL)
ELLIPSIS_SYMBOL = sym("...")
