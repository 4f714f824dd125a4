"""Assignment and deletion targets: expressions parsed as such become Store/Del targets here,
and invalid ones get CPython's messages ("cannot assign to function call", ...).
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser.consts import ConstBool, ConstEllipsis, ConstNone
from languages.python.parser.errors import PySyntaxError

# what kind of target list is being checked (CPython's TARGETS_TYPE)
STAR_TARGETS = 0
DEL_TARGETS = 1
FOR_TARGETS = 2


def expr_name(e: ast.expr) -> str:
    """How CPython's messages name an expression (_PyPegen_get_expr_name)."""
    if isinstance(e, ast.Attribute):
        return "attribute"
    if isinstance(e, ast.Subscript):
        return "subscript"
    if isinstance(e, ast.Starred):
        return "starred"
    if isinstance(e, ast.Name):
        return "name"
    if isinstance(e, ast.List):
        return "list"
    if isinstance(e, ast.Tuple):
        return "tuple"
    if isinstance(e, ast.Lambda):
        return "lambda"
    if isinstance(e, ast.Call):
        return "function call"
    if isinstance(e, ast.BoolOp) or isinstance(e, ast.BinOp) or isinstance(e, ast.UnaryOp):
        return "expression"
    if isinstance(e, ast.GeneratorExp):
        return "generator expression"
    if isinstance(e, ast.Yield) or isinstance(e, ast.YieldFrom):
        return "yield expression"
    if isinstance(e, ast.Await):
        return "await expression"
    if isinstance(e, ast.ListComp):
        return "list comprehension"
    if isinstance(e, ast.SetComp):
        return "set comprehension"
    if isinstance(e, ast.DictComp):
        return "dict comprehension"
    if isinstance(e, ast.Dict):
        return "dict literal"
    if isinstance(e, ast.Set):
        return "set display"
    if isinstance(e, ast.JoinedStr) or isinstance(e, ast.FormattedValue):
        return "f-string expression"
    if isinstance(e, ast.Constant):
        value = e.value
        if isinstance(value, ConstNone):
            return "None"
        if isinstance(value, ConstBool):
            if value.value:
                return "True"
            return "False"
        if isinstance(value, ConstEllipsis):
            return "ellipsis"
        return "literal"
    if isinstance(e, ast.Compare):
        return "comparison"
    if isinstance(e, ast.IfExp):
        return "conditional expression"
    if isinstance(e, ast.NamedExpr):
        return "named expression"
    return "expression"


def invalid_target(e: ast.expr, targets_type: int) -> ast.expr | None:
    """The first part of `e` that cannot be a target, or None (_PyPegen_get_invalid_target)."""
    if isinstance(e, ast.List):
        for elt in e.elts:
            bad = invalid_target(elt, targets_type)
            if bad is not None:
                return bad
        return None
    if isinstance(e, ast.Tuple):
        for elt in e.elts:
            bad = invalid_target(elt, targets_type)
            if bad is not None:
                return bad
        return None
    if isinstance(e, ast.Starred):
        if targets_type == DEL_TARGETS:
            return e
        return invalid_target(e.value, targets_type)
    if isinstance(e, ast.Compare):
        # `for a in b`: the 'in' was parsed as a comparison; look at its left side
        if targets_type == FOR_TARGETS:
            if e.ops[0] == ast.IN:
                return invalid_target(e.left, targets_type)
            return None
        return e
    if isinstance(e, ast.Name) or isinstance(e, ast.Subscript) or isinstance(e, ast.Attribute):
        return None
    return e


def set_context(e: ast.expr, ctx: int) -> None:
    """Give a (valid) target and its parts the Store or Del context."""
    if isinstance(e, ast.Name):
        e.ctx = ctx
    elif isinstance(e, ast.Attribute):
        e.ctx = ctx
    elif isinstance(e, ast.Subscript):
        e.ctx = ctx
    elif isinstance(e, ast.Starred):
        e.ctx = ctx
        set_context(e.value, ctx)
    elif isinstance(e, ast.List):
        e.ctx = ctx
        for elt in e.elts:
            set_context(elt, ctx)
    elif isinstance(e, ast.Tuple):
        e.ctx = ctx
        for elt in e.elts:
            set_context(elt, ctx)


def is_target_shape(e: ast.expr, allow_star: bool) -> bool:
    """Whether `e` has the shape of CPython's star_targets / del_targets (no conversion needed)."""
    if isinstance(e, ast.Name) or isinstance(e, ast.Attribute) or isinstance(e, ast.Subscript):
        return True
    if isinstance(e, ast.Starred):
        return allow_star and not isinstance(e.value, ast.Starred) and is_target_shape(e.value, allow_star)
    if isinstance(e, ast.List):
        for elt in e.elts:
            if not is_target_shape(elt, allow_star):
                return False
        return True
    if isinstance(e, ast.Tuple):
        for elt in e.elts:
            if not is_target_shape(elt, allow_star):
                return False
        return True
    return False


class TargetsMixin:
    """Turning parsed expressions into targets (mixed into the Parser)."""

    _mixin_ = True

    def invalid_target_error(self, e: ast.expr, targets_type: int) -> PySyntaxError:
        bad = invalid_target(e, targets_type)
        if bad is None:
            return self.syntax_error()
        if targets_type == DEL_TARGETS:
            return self.error_at_node(bad, "cannot delete %s" % expr_name(bad))
        return self.error_at_node(bad, "cannot assign to %s" % expr_name(bad))
