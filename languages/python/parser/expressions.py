"""Expressions from star_expressions down to await_primary: tuples without brackets, starred and
named expressions, conditional expressions, lambda, boolean operators, comparisons and the
binary operators (by precedence climbing), unary operators and the power operator.
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser.errors import PySyntaxError
from languages.python.parser.targets import expr_name
from languages.python.parser.tokens import Token

NUM_KINDS = tk.FIRST_KEYWORD + len(tk.KEYWORDS)

# binary operators: precedence (0: not a binary operator) and AST operator, by token kind
BINARY_PRECEDENCE = [0] * NUM_KINDS
BINARY_OPERATOR = [0] * NUM_KINDS
for _kind, _prec, _op in [
    (tk.VBAR, 1, ast.BITOR), (tk.CIRCUMFLEX, 2, ast.BITXOR), (tk.AMPER, 3, ast.BITAND),
    (tk.LEFTSHIFT, 4, ast.LSHIFT), (tk.RIGHTSHIFT, 4, ast.RSHIFT),
    (tk.PLUS, 5, ast.ADD), (tk.MINUS, 5, ast.SUB),
    (tk.STAR, 6, ast.MULT), (tk.SLASH, 6, ast.DIV), (tk.DOUBLESLASH, 6, ast.FLOORDIV),
    (tk.PERCENT, 6, ast.MOD), (tk.AT, 6, ast.MATMULT),
]:
    BINARY_PRECEDENCE[_kind] = _prec
    BINARY_OPERATOR[_kind] = _op

# comparison operators that are one token
COMPARE_OPERATOR = [0] * NUM_KINDS
for _kind, _op in [(tk.EQEQUAL, ast.EQ), (tk.NOTEQUAL, ast.NOTEQ), (tk.LESS, ast.LT), (tk.LESSEQUAL, ast.LTE),
                   (tk.GREATER, ast.GT), (tk.GREATEREQUAL, ast.GTE), (tk.KW_IN, ast.IN)]:
    COMPARE_OPERATOR[_kind] = _op

# tokens that can start an expression (used where a comma may be trailing)
STARTS_EXPRESSION = [False] * NUM_KINDS
for _kind in [tk.NAME, tk.NUMBER, tk.STRING, tk.LPAR, tk.LSQB, tk.LBRACE, tk.MINUS, tk.PLUS, tk.TILDE,
              tk.KW_NOT, tk.KW_LAMBDA, tk.KW_AWAIT, tk.STAR, tk.ELLIPSIS, tk.KW_NONE, tk.KW_TRUE, tk.KW_FALSE]:
    STARTS_EXPRESSION[_kind] = True


class ExpressionsMixin:
    """The operator levels of the expression grammar (mixed into the Parser)."""

    _mixin_ = True

    def starts_expression(self) -> bool:
        return STARTS_EXPRESSION[self.peek()]

    # ---- tuples, starred and named expressions -------------------------------------------

    def star_expressions(self) -> ast.expr:
        """star_expressions: a tuple without brackets if there is a comma."""
        start = self.token()
        first = self.star_expression()
        if self.peek() != tk.COMMA:
            return first
        elts = [first]
        while self.accept(tk.COMMA):
            if not self.starts_expression():
                break
            elts.append(self.star_expression())
        end = self.last_token()
        return ast.Tuple(elts, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)

    def star_expression(self) -> ast.expr:
        if self.peek() == tk.STAR:
            start = self.advance()
            value = self.bitwise_or()
            end = self.last_token()
            return ast.Starred(value, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)
        return self.expression()

    def star_named_expression(self) -> ast.expr:
        if self.peek() == tk.STAR:
            start = self.advance()
            value = self.bitwise_or()
            end = self.last_token()
            return ast.Starred(value, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)
        return self.named_expression()

    def expressions(self) -> ast.expr:
        """expressions: like star_expressions without starred items (used by eval input)."""
        start = self.token()
        first = self.expression()
        if self.peek() != tk.COMMA:
            return first
        elts = [first]
        while self.accept(tk.COMMA):
            if not self.starts_expression() or self.peek() == tk.STAR:
                break
            elts.append(self.expression())
        end = self.last_token()
        return ast.Tuple(elts, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)

    def named_expression(self) -> ast.expr:
        """named_expression: NAME ':=' expression | expression !':='."""
        return self.named_expr(True)

    def named_expr(self, check_equal: bool) -> ast.expr:
        """named_expression; with check_equal, `a = b` gets CPython's "Maybe you meant '=='" errors
        (call arguments handle '=' themselves)."""
        tok = self.token()
        if tok.kind == tk.NAME and self.peek_at(1) == tk.COLONEQUAL:
            self.advance()
            self.advance()
            target = self.name_node(tok, ast.STORE)
            value = self.expression()
            end = self.last_token()
            return ast.NamedExpr(target, value, tok.lineno, tok.col, end.end_lineno, end.end_col)
        e = self.expression()
        if self.peek() == tk.COLONEQUAL:
            raise self.error_at_node(e, "cannot use assignment expressions with %s" % expr_name(e))
        if check_equal and self.peek() == tk.EQUAL:
            self.invalid_named_expression(tok, e)
        return e

    def invalid_named_expression(self, start: Token, e: ast.expr) -> None:
        """`e =` where a named expression was expected (CPython's invalid_named_expression)."""
        saved = self.pos
        saved_max = self.max_pos
        saved_depth = self.depth
        self.advance()
        if not self.starts_expression() or self.peek() == tk.STAR or self.peek() == tk.KW_NOT:
            self.pos = saved
            return
        try:
            value = self.bitwise_or()
        except PySyntaxError:
            self.end_trial(saved, saved_max, saved_depth)
            return
        following = self.peek()
        self.end_trial(saved, saved_max, saved_depth)
        if following == tk.EQUAL or following == tk.COLONEQUAL:
            return
        if isinstance(e, ast.Name) and start.kind == tk.NAME:
            raise self.error_nodes(e, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
        if self.comparison_was_meant(start, e):
            raise self.error_at_node(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?"
                                     % expr_name(e))

    # ---- conditional expressions, lambda, boolean operators --------------------------------

    def expression(self) -> ast.expr:
        # every kind of nesting passes through here: count it so that absurd input gives an error
        # instead of exhausting the stack
        self.enter_nesting()
        e = self.expression_body()
        self.depth -= 1
        return e

    def expression_body(self) -> ast.expr:
        if self.peek() == tk.KW_LAMBDA:
            return self.lambdef()
        start = self.token()
        body = self.disjunction()
        if self.peek() != tk.KW_IF:
            return body
        self.advance()
        test = self.disjunction()
        if self.peek() != tk.KW_ELSE:
            if self.peek() != tk.COLON:
                raise self.error_nodes(body, test, "expected 'else' after 'if' expression")
            raise self.syntax_error()
        self.advance()
        orelse = self.expression()
        end = self.last_token()
        return ast.IfExp(test, body, orelse, start.lineno, start.col, end.end_lineno, end.end_col)

    def lambdef(self) -> ast.expr:
        start = self.advance()
        args = self.parameters(True)
        self.expect(tk.COLON)
        body = self.expression()
        end = self.last_token()
        return ast.Lambda(args, body, start.lineno, start.col, end.end_lineno, end.end_col)

    def disjunction(self) -> ast.expr:
        start = self.token()
        first = self.conjunction()
        if self.peek() != tk.KW_OR:
            return first
        values = [first]
        while self.accept(tk.KW_OR):
            values.append(self.conjunction())
        end = self.last_token()
        return ast.BoolOp(ast.OR, values, start.lineno, start.col, end.end_lineno, end.end_col)

    def conjunction(self) -> ast.expr:
        start = self.token()
        first = self.inversion()
        if self.peek() != tk.KW_AND:
            return first
        values = [first]
        while self.accept(tk.KW_AND):
            values.append(self.inversion())
        end = self.last_token()
        return ast.BoolOp(ast.AND, values, start.lineno, start.col, end.end_lineno, end.end_col)

    def inversion(self) -> ast.expr:
        """'not'* comparison, built inside out (a loop: long chains need no recursion)."""
        if self.peek() != tk.KW_NOT:
            return self.comparison()
        nots: list[Token] = []
        while self.peek() == tk.KW_NOT:
            nots.append(self.advance())
        e = self.comparison()
        end = self.last_token()
        i = len(nots) - 1
        while i >= 0:
            start = nots[i]
            e = ast.UnaryOp(ast.NOT, e, start.lineno, start.col, end.end_lineno, end.end_col)
            i -= 1
        return e

    # ---- comparisons and binary operators -------------------------------------------------

    def comparison(self) -> ast.expr:
        start = self.token()
        left = self.bitwise_or()
        ops: list[int] = []
        comparators: list[ast.expr] = []
        while True:
            kind = self.peek()
            op = COMPARE_OPERATOR[kind]
            if op != 0:
                self.advance()
            elif kind == tk.KW_IS:
                self.advance()
                op = ast.IS
                if self.accept(tk.KW_NOT):
                    op = ast.ISNOT
            elif kind == tk.KW_NOT and self.peek_at(1) == tk.KW_IN:
                self.advance()
                self.advance()
                op = ast.NOTIN
            else:
                break
            ops.append(op)
            comparators.append(self.bitwise_or())
        if not ops:
            return left
        end = self.last_token()
        return ast.Compare(left, ops, comparators, start.lineno, start.col, end.end_lineno, end.end_col)

    def bitwise_or(self) -> ast.expr:
        return self.binary(1)

    def binary(self, min_precedence: int) -> ast.expr:
        """Left-associative binary operators of precedence >= min_precedence (1: '|' ... 6: '*')."""
        start = self.token()
        left = self.factor()
        while True:
            kind = self.peek()
            precedence = BINARY_PRECEDENCE[kind]
            if precedence < min_precedence:
                return left
            self.advance()
            right = self.binary(precedence + 1)
            end = self.last_token()
            left = ast.BinOp(left, BINARY_OPERATOR[kind], right, start.lineno, start.col, end.end_lineno,
                             end.end_col)

    def factor(self) -> ast.expr:
        """('+' | '-' | '~')* power, built inside out (a loop: long chains need no recursion)."""
        kind = self.peek()
        if kind != tk.MINUS and kind != tk.PLUS and kind != tk.TILDE:
            return self.power()
        signs: list[Token] = []
        while kind == tk.MINUS or kind == tk.PLUS or kind == tk.TILDE:
            signs.append(self.advance())
            kind = self.peek()
        e = self.power()
        end = self.last_token()
        i = len(signs) - 1
        while i >= 0:
            start = signs[i]
            op = ast.USUB
            if start.kind == tk.PLUS:
                op = ast.UADD
            elif start.kind == tk.TILDE:
                op = ast.INVERT
            e = ast.UnaryOp(op, e, start.lineno, start.col, end.end_lineno, end.end_col)
            i -= 1
        return e

    def power(self) -> ast.expr:
        start = self.token()
        base = self.await_primary()
        if self.peek() != tk.DOUBLESTAR:
            return base
        self.advance()
        self.enter_nesting()
        exponent = self.factor()
        self.depth -= 1
        end = self.last_token()
        return ast.BinOp(base, ast.POW, exponent, start.lineno, start.col, end.end_lineno, end.end_col)

    def await_primary(self) -> ast.expr:
        if self.peek() == tk.KW_AWAIT:
            start = self.advance()
            value = self.primary()
            end = self.last_token()
            return ast.Await(value, start.lineno, start.col, end.end_lineno, end.end_col)
        return self.primary()
