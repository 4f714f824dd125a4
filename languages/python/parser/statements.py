"""Simple statements: expression statements and all assignment forms (with target checks),
return, raise, pass, break, continue, del, yield, assert, global, nonlocal and imports.
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser.errors import PySyntaxError
from languages.python.parser.expressions import BINARY_OPERATOR, NUM_KINDS, STARTS_EXPRESSION
from languages.python.parser.targets import (
    DEL_TARGETS,
    STAR_TARGETS,
    expr_name,
    invalid_target,
    is_target_shape,
    set_context,
)
from languages.python.parser.tokens import Token

# augmented assignment token kind -> binary operator
AUGASSIGN_OPERATOR = [0] * NUM_KINDS
for _aug, _plain in [(tk.PLUSEQUAL, tk.PLUS), (tk.MINEQUAL, tk.MINUS), (tk.STAREQUAL, tk.STAR),
                     (tk.ATEQUAL, tk.AT), (tk.SLASHEQUAL, tk.SLASH), (tk.PERCENTEQUAL, tk.PERCENT),
                     (tk.AMPEREQUAL, tk.AMPER), (tk.VBAREQUAL, tk.VBAR), (tk.CIRCUMFLEXEQUAL, tk.CIRCUMFLEX),
                     (tk.LEFTSHIFTEQUAL, tk.LEFTSHIFT), (tk.RIGHTSHIFTEQUAL, tk.RIGHTSHIFT),
                     (tk.DOUBLESTAREQUAL, tk.DOUBLESTAR), (tk.DOUBLESLASHEQUAL, tk.DOUBLESLASH)]:
    AUGASSIGN_OPERATOR[_aug] = BINARY_OPERATOR[_plain] if _plain != tk.DOUBLESTAR else ast.POW


def is_bitwise_or_level(e: ast.expr) -> bool:
    """Whether CPython's bitwise_or rule could have produced `e` on its own."""
    if isinstance(e, ast.Compare) or isinstance(e, ast.BoolOp) or isinstance(e, ast.IfExp):
        return False
    if isinstance(e, ast.Lambda) or isinstance(e, ast.Starred) or isinstance(e, ast.NamedExpr):
        return False
    if isinstance(e, ast.UnaryOp) and e.op == ast.NOT:
        return False
    return True


class StatementsMixin:
    """simple_stmts and the simple statements (mixed into the Parser)."""

    _mixin_ = True

    def simple_stmts(self, body: list[ast.stmt]) -> None:
        """simple_stmt (';' simple_stmt)* [';'] NEWLINE."""
        while True:
            body.append(self.simple_stmt())
            if self.peek() == tk.NEWLINE:
                self.advance()
                return
            if not self.accept(tk.SEMI):
                raise self.syntax_error()
            if self.peek() == tk.NEWLINE:
                self.advance()
                return

    def simple_stmt(self) -> ast.stmt:
        tok = self.token()
        kind = tok.kind
        if kind == tk.KW_PASS or kind == tk.KW_BREAK or kind == tk.KW_CONTINUE:
            self.advance()
            if kind == tk.KW_PASS:
                return ast.Pass(tok.lineno, tok.col, tok.end_lineno, tok.end_col)
            if kind == tk.KW_BREAK:
                return ast.Break(tok.lineno, tok.col, tok.end_lineno, tok.end_col)
            return ast.Continue(tok.lineno, tok.col, tok.end_lineno, tok.end_col)
        if kind == tk.KW_RETURN:
            return self.return_stmt()
        if kind == tk.KW_IMPORT:
            return self.import_name()
        if kind == tk.KW_FROM:
            return self.import_from()
        if kind == tk.KW_RAISE:
            return self.raise_stmt()
        if kind == tk.KW_DEL:
            return self.del_stmt()
        if kind == tk.KW_ASSERT:
            return self.assert_stmt()
        if kind == tk.KW_GLOBAL or kind == tk.KW_NONLOCAL:
            return self.global_stmt()
        return self.expression_stmt()

    # ---- expression statements and assignments ------------------------------------------

    def annotated_rhs(self) -> ast.expr:
        if self.peek() == tk.KW_YIELD:
            return self.yield_expr()
        return self.star_expressions()

    def expression_stmt(self) -> ast.stmt:
        start_index = self.pos
        start = self.token()
        first = self.annotated_rhs()
        kind = self.peek()
        if kind == tk.EQUAL:
            return self.assignment(start, first)
        if AUGASSIGN_OPERATOR[kind] != 0:
            return self.aug_assignment(start, first)
        if kind == tk.COLON:
            if start.kind == tk.LPAR and self.parenthesized_single_target(start_index):
                self.require_annotation()
                raise self.error_at_node(first, "illegal target for annotation")
            return self.ann_assignment(start, first)
        if STARTS_EXPRESSION[kind] and isinstance(first, ast.Name) and (first.id == "print" or first.id == "exec"):
            following = self.star_expressions()
            raise self.error_nodes(first, following, "Missing parentheses in call to '%s'. Did you mean %s(...)?"
                                   % (first.id, first.id))
        if kind != tk.NEWLINE and kind != tk.SEMI:
            self.invalid_expression_stmt(first)
        end = self.last_token()
        return ast.Expr(first, start.lineno, start.col, end.end_lineno, end.end_col)

    def invalid_expression_stmt(self, first: ast.expr) -> None:
        """A statement-level expression followed by something unexpected: CPython's second pass
        (invalid_expression, invalid_legacy_expression) reads an expression there first."""
        if self.starts_expression():
            saved = self.pos
            saved_max = self.max_pos
            saved_depth = self.depth
            try:
                self.star_expressions()
                if self.starts_expression():
                    self.expression()
                self.peek_at(0)
            except PySyntaxError:
                pass
            self.end_trial(saved, saved_max, saved_depth)
        raise self.syntax_error()

    def assignment(self, start: Token, first: ast.expr) -> ast.stmt:
        targets = [first]
        value = first
        while self.accept(tk.EQUAL):
            if self.peek() != tk.KW_YIELD and not self.starts_expression():
                self.invalid_target_before_bad_value(start, targets)
            try:
                value = self.annotated_rhs()
            except PySyntaxError as e:
                self.invalid_target_before_bad_value(start, targets)
                raise e
            if self.peek() != tk.EQUAL:
                break
            targets.append(value)
        if self.peek() == tk.COLONEQUAL:
            self.invalid_target_before_bad_value(start, targets)
            raise self.syntax_error()
        for i in range(len(targets)):
            target = targets[i]
            if (isinstance(target, ast.Yield) or isinstance(target, ast.YieldFrom)) and not self.is_wrapped(target):
                raise self.error_at_node(target, "assignment to yield expression not possible")
            if not is_target_shape(target, True):
                if i == 0 and len(targets) == 1 and self.maybe_comparison(start, target, value):
                    raise self.error_at_node(target, "cannot assign to %s here. Maybe you meant '==' instead of '='?"
                                             % expr_name(target))
                raise self.invalid_target_error(target, STAR_TARGETS)
            set_context(target, ast.STORE)
        end = self.last_token()
        return ast.Assign(targets, value, None, start.lineno, start.col, end.end_lineno, end.end_col)

    def invalid_target_before_bad_value(self, start: Token, targets: list[ast.expr]) -> None:
        """CPython's invalid_assignment reports a bad target (`f() = `) whatever follows the '='."""
        for target in targets:
            if (isinstance(target, ast.Yield) or isinstance(target, ast.YieldFrom)) and not self.is_wrapped(target):
                raise self.error_at_node(target, "assignment to yield expression not possible")
            if not is_target_shape(target, True):
                raise self.invalid_target_error(target, STAR_TARGETS)

    def maybe_comparison(self, start: Token, target: ast.expr, value: ast.expr) -> bool:
        """CPython's invalid_named_expression: `a = b` where `a == b` was probably meant."""
        if not self.comparison_was_meant(start, target):
            return False
        if isinstance(value, ast.Yield) or isinstance(value, ast.YieldFrom) or isinstance(value, ast.Starred):
            return self.is_wrapped(value)
        if isinstance(value, ast.Lambda) or (isinstance(value, ast.UnaryOp) and value.op == ast.NOT):
            return False
        if isinstance(value, ast.Tuple) and not self.parenthesized(value):
            return not isinstance(value.elts[0], ast.Starred)
        return True

    def comparison_was_meant(self, start: Token, target: ast.expr) -> bool:
        """Whether `target =` qualifies for "Maybe you meant '=='": a bitwise_or expression that
        does not start with a list, tuple, generator expression, True, None or False."""
        if not (is_bitwise_or_level(target) or self.is_wrapped(target)):
            return False
        if isinstance(target, ast.Tuple) and not self.parenthesized(target):
            return False
        if start.kind == tk.KW_TRUE or start.kind == tk.KW_FALSE or start.kind == tk.KW_NONE:
            return False
        leftmost = self.leftmost_atom(target)
        if start.kind == tk.LSQB and isinstance(leftmost, ast.List):
            return False
        if start.kind == tk.LPAR and (isinstance(leftmost, ast.GeneratorExp) or isinstance(leftmost, ast.Tuple)):
            return False
        return True

    def leftmost_atom(self, e: ast.expr) -> ast.expr:
        while True:
            if isinstance(e, ast.Attribute):
                e = e.value
            elif isinstance(e, ast.Subscript):
                e = e.value
            elif isinstance(e, ast.Call):
                e = e.func
            elif isinstance(e, ast.BinOp):
                e = e.left
            elif isinstance(e, ast.Await):
                e = e.value
            else:
                return e

    def aug_assignment(self, start: Token, target: ast.expr) -> ast.stmt:
        if not (isinstance(target, ast.Name) or isinstance(target, ast.Attribute)
                or isinstance(target, ast.Subscript)):
            raise self.error_at_node(target, "'%s' is an illegal expression for augmented assignment"
                                     % expr_name(target))
        op = AUGASSIGN_OPERATOR[self.advance().kind]
        set_context(target, ast.STORE)
        value = self.annotated_rhs()
        end = self.last_token()
        return ast.AugAssign(target, op, value, start.lineno, start.col, end.end_lineno, end.end_col)

    def require_annotation(self) -> None:
        """CPython's invalid_assignment rules need `target ':' expression`; without an expression
        its error is the generic one of the first pass, at the ':'."""
        colon = self.pos
        saved_max = self.max_pos
        saved_depth = self.depth
        try:
            self.advance()
            self.expression()
        except PySyntaxError:
            self.end_trial(colon, saved_max, saved_depth)
            self.max_pos = colon
            raise self.syntax_error() from None
        self.end_trial(colon, saved_max, saved_depth)

    def ann_assignment(self, start: Token, target: ast.expr) -> ast.stmt:
        if not (isinstance(target, ast.Name) or isinstance(target, ast.Attribute)
                or isinstance(target, ast.Subscript)):
            self.require_annotation()
        if isinstance(target, ast.Tuple) and not self.parenthesized(target):
            raise self.error_at_node(target.elts[0], "only single target (not tuple) can be annotated")
        if isinstance(target, ast.Tuple) or isinstance(target, ast.List):
            raise self.error_at_node(target, "only single target (not %s) can be annotated" % expr_name(target))
        if not (isinstance(target, ast.Name) or isinstance(target, ast.Attribute)
                or isinstance(target, ast.Subscript)):
            raise self.error_at_node(target, "illegal target for annotation")
        self.advance()
        simple = 0
        if isinstance(target, ast.Name) and start.kind == tk.NAME:
            simple = 1
        set_context(target, ast.STORE)
        annotation = self.expression()
        value: ast.expr | None = None
        if self.accept(tk.EQUAL):
            value = self.annotated_rhs()
        end = self.last_token()
        return ast.AnnAssign(target, annotation, value, simple, start.lineno, start.col, end.end_lineno,
                             end.end_col)

    def is_wrapped(self, e: ast.expr) -> bool:
        """Whether the node (a group's content) is directly inside '(' ... ')'."""
        i = self.token_index_at(e)
        if i == 0 or self.tokens[i - 1].kind != tk.LPAR:
            return False
        j = i
        while j < len(self.tokens):
            tok = self.tokens[j]
            if tok.end_lineno == e.end_lineno and tok.end_col == e.end_col_offset:
                return j + 1 < len(self.tokens) and self.tokens[j + 1].kind == tk.RPAR
            j += 1
        return False

    def parenthesized_single_target(self, lpar_index: int) -> bool:
        """Whether the statement starts with '(' single_target ')' not followed by ':'.

        CPython's `('(' single_target ')' | single_subscript_attribute_target) ':'` is a PEG group:
        once its first choice matches, `(x).a: int` cannot be read as an attribute target."""
        saved = self.pos
        saved_max = self.max_pos
        saved_depth = self.depth
        self.pos = lpar_index + 1
        result = False
        try:
            inner = self.bitwise_or()
            if (self.peek() == tk.RPAR and self.tokens[self.pos + 1].kind != tk.COLON
                    and (isinstance(inner, ast.Name) or isinstance(inner, ast.Attribute)
                         or isinstance(inner, ast.Subscript))):
                result = True
        except PySyntaxError:
            result = False
        self.end_trial(saved, saved_max, saved_depth)
        return result

    def parenthesized(self, e: ast.expr) -> bool:
        """Whether the node's text is wrapped in a pair of matching parentheses."""
        i = self.pos - 1
        while i > 0:
            tok = self.tokens[i]
            if tok.lineno < e.lineno or (tok.lineno == e.lineno and tok.col <= e.col_offset):
                break
            i -= 1
        first = self.tokens[i]
        if first.kind != tk.LPAR or first.lineno != e.lineno or first.col != e.col_offset:
            return False
        depth = 0
        j = i
        while j < len(self.tokens):
            kind = self.tokens[j].kind
            if kind == tk.LPAR or kind == tk.LSQB or kind == tk.LBRACE:
                depth += 1
            elif kind == tk.RPAR or kind == tk.RSQB or kind == tk.RBRACE:
                depth -= 1
                if depth == 0:
                    last = self.tokens[j]
                    return last.end_lineno == e.end_lineno and last.end_col == e.end_col_offset
            elif kind == tk.ERRORTOKEN or kind == tk.ENDMARKER:
                return False
            j += 1
        return False

    # ---- other simple statements --------------------------------------------------------

    def return_stmt(self) -> ast.stmt:
        start = self.advance()
        value: ast.expr | None = None
        if self.starts_expression():
            value = self.star_expressions()
        end = self.last_token()
        return ast.Return(value, start.lineno, start.col, end.end_lineno, end.end_col)

    def raise_stmt(self) -> ast.stmt:
        start = self.advance()
        exc: ast.expr | None = None
        cause: ast.expr | None = None
        if self.starts_expression():
            exc = self.expression()
            if self.accept(tk.KW_FROM):
                cause = self.expression()
        end = self.last_token()
        return ast.Raise(exc, cause, start.lineno, start.col, end.end_lineno, end.end_col)

    def assert_stmt(self) -> ast.stmt:
        start = self.advance()
        test = self.expression()
        msg: ast.expr | None = None
        if self.accept(tk.COMMA):
            msg = self.expression()
        end = self.last_token()
        return ast.Assert(test, msg, start.lineno, start.col, end.end_lineno, end.end_col)

    def global_stmt(self) -> ast.stmt:
        start = self.advance()
        names = [self.identifier(self.expect(tk.NAME))]
        while self.accept(tk.COMMA):
            names.append(self.identifier(self.expect(tk.NAME)))
        end = self.last_token()
        if start.kind == tk.KW_GLOBAL:
            return ast.Global(names, start.lineno, start.col, end.end_lineno, end.end_col)
        return ast.Nonlocal(names, start.lineno, start.col, end.end_lineno, end.end_col)

    def del_stmt(self) -> ast.stmt:
        start = self.advance()
        targets: list[ast.expr] = []
        while True:
            target = self.star_target_expression()
            kind = self.peek()
            if not is_target_shape(target, False) or (kind != tk.COMMA and kind != tk.SEMI and kind != tk.NEWLINE):
                self.pos = self.pos_after(start)
                first_pass_max = self.max_pos
                whole = self.longest_star_expressions(first_pass_max)
                bad = invalid_target(whole, DEL_TARGETS)
                if bad is not None:
                    raise self.error_at_node(bad, "cannot delete %s" % expr_name(bad))
                raise self.syntax_error()
            set_context(target, ast.DEL)
            targets.append(target)
            if not self.accept(tk.COMMA):
                break
            if self.peek() == tk.SEMI or self.peek() == tk.NEWLINE:
                break
        end = self.last_token()
        return ast.Delete(targets, start.lineno, start.col, end.end_lineno, end.end_col)

    def longest_star_expressions(self, first_pass_max: int) -> ast.expr:
        """star_expressions as a PEG parser reads it when what follows is wrong: the longest
        prefix that parses (an error keeps the first pass's position)."""
        saved = self.pos
        saved_depth = self.depth
        try:
            return self.star_expressions()
        except PySyntaxError:
            self.end_trial(saved, first_pass_max, saved_depth)
        try:
            return self.star_target_expression()
        except PySyntaxError:
            self.end_trial(saved, first_pass_max, saved_depth)
            raise self.syntax_error() from None

    def pos_after(self, tok: Token) -> int:
        i = self.pos
        while self.tokens[i] is not tok:
            i -= 1
        return i + 1

    def yield_expr(self) -> ast.expr:
        start = self.advance()
        if self.accept(tk.KW_FROM):
            value = self.expression()
            end = self.last_token()
            return ast.YieldFrom(value, start.lineno, start.col, end.end_lineno, end.end_col)
        result: ast.expr | None = None
        if self.starts_expression():
            result = self.star_expressions()
        end = self.last_token()
        return ast.Yield(result, start.lineno, start.col, end.end_lineno, end.end_col)

    # ---- imports ------------------------------------------------------------------------

    def dotted_name(self) -> str:
        parts = [self.identifier(self.expect(tk.NAME))]
        while self.peek() == tk.DOT:
            self.advance()
            parts.append(self.identifier(self.expect(tk.NAME)))
        return ".".join(parts)

    def import_name(self) -> ast.stmt:
        start = self.advance()
        names = [self.dotted_as_name()]
        while self.accept(tk.COMMA):
            names.append(self.dotted_as_name())
        end = self.last_token()
        return ast.Import(names, start.lineno, start.col, end.end_lineno, end.end_col)

    def dotted_as_name(self) -> ast.alias:
        first = self.token()
        name = self.dotted_name()
        asname: str | None = None
        if self.accept(tk.KW_AS):
            asname = self.identifier(self.expect(tk.NAME))
        end = self.last_token()
        return ast.alias(name, asname, first.lineno, first.col, end.end_lineno, end.end_col)

    def import_from(self) -> ast.stmt:
        start = self.advance()
        level = 0
        while True:
            if self.accept(tk.DOT):
                level += 1
            elif self.accept(tk.ELLIPSIS):
                level += 3
            else:
                break
        module: str | None = None
        if self.peek() != tk.KW_IMPORT or level == 0:
            module = self.dotted_name()
        self.expect(tk.KW_IMPORT)
        names: list[ast.alias] = []
        if self.peek() == tk.STAR:
            star = self.advance()
            names.append(ast.alias("*", None, star.lineno, star.col, star.end_lineno, star.end_col))
        elif self.accept(tk.LPAR):
            names.append(self.import_as_name())
            while self.accept(tk.COMMA):
                if self.peek() == tk.RPAR:
                    break
                names.append(self.import_as_name())
            self.expect(tk.RPAR)
        else:
            names.append(self.import_as_name())
            while self.accept(tk.COMMA):
                if self.peek() == tk.NEWLINE:
                    raise self.error_here("trailing comma not allowed without surrounding parentheses")
                names.append(self.import_as_name())
        end = self.last_token()
        return ast.ImportFrom(module, names, level, start.lineno, start.col, end.end_lineno, end.end_col)

    def import_as_name(self) -> ast.alias:
        first = self.expect(tk.NAME)
        asname: str | None = None
        if self.accept(tk.KW_AS):
            asname = self.identifier(self.expect(tk.NAME))
        end = self.last_token()
        return ast.alias(self.identifier(first), asname, first.lineno, first.col, end.end_lineno, end.end_col)

