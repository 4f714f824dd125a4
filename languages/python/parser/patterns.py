"""The match statement: the `match` soft keyword, case blocks with guards, and every pattern
kind (literal, capture, wildcard, value, group, sequence, mapping, class, star, or, as).
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser.consts import CONST_FALSE, CONST_NONE, CONST_TRUE, ConstComplex
from languages.python.parser.errors import INDENTATION_ERROR, PySyntaxError
from languages.python.parser.literals import LiteralError, parse_number
from languages.python.parser.tokens import Token


class PatternsMixin:
    """match_stmt and the pattern grammar (mixed into the Parser)."""

    _mixin_ = True

    def match_stmt_ahead(self) -> bool:
        """Whether the 'match' at the cursor starts a match statement: "match" subject ':' NEWLINE.

        A failed attempt leaves the cursor unchanged (the line is then an ordinary statement);
        `match x` followed by a newline is remembered for the "expected ':'" message."""
        saved = self.pos
        saved_depth = self.depth
        self.advance()
        ok = False
        try:
            if self.starts_expression():
                self.subject_expr()
                if self.peek() == tk.COLON and self.peek_at(1) == tk.NEWLINE:
                    ok = True
                elif self.peek() == tk.NEWLINE:
                    self.match_missing_colon = self.pos
        except PySyntaxError:
            ok = False
        # a first-pass alternative: how far it read counts for CPython's error position
        self.end_trial(saved, self.max_pos, saved_depth)
        return ok

    def subject_expr(self) -> ast.expr:
        start = self.token()
        first = self.star_named_expression()
        if self.peek() != tk.COMMA:
            if isinstance(first, ast.Starred):
                raise self.syntax_error()
            return first
        elts = [first]
        while self.accept(tk.COMMA):
            if not self.starts_expression():
                break
            elts.append(self.star_named_expression())
        end = self.last_token()
        return ast.Tuple(elts, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)

    def match_stmt(self) -> ast.stmt:
        start = self.advance()
        subject = self.subject_expr()
        self.expect(tk.COLON)
        self.expect(tk.NEWLINE)
        if self.peek() != tk.INDENT:
            self.max_pos = self.pos
            raise self.error_at_token(self.token(), "expected an indented block after 'match' statement on line %d"
                                      % start.lineno, INDENTATION_ERROR)
        self.advance()
        cases: list[ast.match_case] = []
        while self.at_soft_keyword("case"):
            cases.append(self.case_block())
        if not cases or self.peek() != tk.DEDENT:
            raise self.syntax_error()
        self.advance()
        end = self.last_token()
        return ast.Match(subject, cases, start.lineno, start.col, end.end_lineno, end.end_col)

    def case_block(self) -> ast.match_case:
        case_tok = self.advance()
        pattern = self.patterns()
        guard: ast.expr | None = None
        if self.accept(tk.KW_IF):
            guard = self.named_expression()
        if self.peek() != tk.COLON:
            if self.peek() == tk.NEWLINE:
                raise self.error_at_token(self.token(), "expected ':'")
            raise self.syntax_error()
        self.advance()
        body = self.block("'case' statement on line %d" % case_tok.lineno)
        return ast.match_case(pattern, guard, body)

    # ---- patterns -----------------------------------------------------------------------------

    def patterns(self) -> ast.pattern:
        """patterns: an open sequence pattern (a, b, *c) or one pattern."""
        start = self.token()
        first = self.maybe_star_pattern()
        if self.peek() != tk.COMMA:
            if isinstance(first, ast.MatchStar):
                raise self.syntax_error()
            return first
        items = [first]
        while self.accept(tk.COMMA):
            if self.peek() == tk.COLON or self.peek() == tk.KW_IF:
                break
            items.append(self.maybe_star_pattern())
        end = self.last_token()
        return ast.MatchSequence(items, start.lineno, start.col, end.end_lineno, end.end_col)

    def maybe_star_pattern(self) -> ast.pattern:
        if self.peek() == tk.STAR:
            star = self.advance()
            name_tok = self.expect(tk.NAME)
            name: str | None = None
            if name_tok.string != "_":
                name = self.capture_name(name_tok)
            return ast.MatchStar(name, star.lineno, star.col, name_tok.end_lineno, name_tok.end_col)
        return self.pattern()

    def pattern(self) -> ast.pattern:
        """as_pattern | or_pattern."""
        start = self.token()
        p = self.or_pattern()
        if self.peek() != tk.KW_AS:
            return p
        self.advance()
        tok = self.token()
        if tok.kind == tk.NAME and tok.string == "_":
            raise self.error_at_token(tok, "cannot use '_' as a target")
        if tok.kind != tk.NAME:
            if self.starts_expression():
                target = self.expression()
                raise self.error_at_node(target, "invalid pattern target")
            raise self.syntax_error()
        self.advance()
        name = self.capture_name(tok)
        return ast.MatchAs(p, name, start.lineno, start.col, tok.end_lineno, tok.end_col)

    def or_pattern(self) -> ast.pattern:
        start = self.token()
        first = self.closed_pattern()
        if self.peek() != tk.VBAR:
            return first
        alternatives = [first]
        while self.accept(tk.VBAR):
            alternatives.append(self.closed_pattern())
        end = self.last_token()
        return ast.MatchOr(alternatives, start.lineno, start.col, end.end_lineno, end.end_col)

    def capture_name(self, tok: Token) -> str:
        """pattern_capture_target: a NAME not followed by '.', '(' or '='."""
        kind = self.peek()
        if kind == tk.DOT or kind == tk.LPAR or kind == tk.EQUAL:
            raise self.syntax_error()
        return self.identifier(tok)

    def closed_pattern(self) -> ast.pattern:
        tok = self.token()
        kind = tok.kind
        if kind == tk.NUMBER or kind == tk.MINUS or kind == tk.STRING:
            value = self.literal_expr()
            end = self.last_token()
            return ast.MatchValue(value, tok.lineno, tok.col, end.end_lineno, end.end_col)
        if kind == tk.KW_NONE or kind == tk.KW_TRUE or kind == tk.KW_FALSE:
            self.advance()
            const = CONST_NONE
            if kind == tk.KW_TRUE:
                const = CONST_TRUE
            elif kind == tk.KW_FALSE:
                const = CONST_FALSE
            return ast.MatchSingleton(const, tok.lineno, tok.col, tok.end_lineno, tok.end_col)
        if kind == tk.NAME:
            return self.name_pattern()
        if kind == tk.LPAR:
            return self.paren_pattern()
        if kind == tk.LSQB:
            lsqb = self.advance()
            items: list[ast.pattern] = []
            while self.peek() != tk.RSQB:
                items.append(self.maybe_star_pattern())
                if not self.accept(tk.COMMA):
                    break
            end = self.expect(tk.RSQB)
            return ast.MatchSequence(items, lsqb.lineno, lsqb.col, end.end_lineno, end.end_col)
        if kind == tk.LBRACE:
            return self.mapping_pattern()
        raise self.syntax_error()

    def paren_pattern(self) -> ast.pattern:
        lpar = self.advance()
        if self.peek() == tk.RPAR:
            end = self.advance()
            return ast.MatchSequence([], lpar.lineno, lpar.col, end.end_lineno, end.end_col)
        first = self.maybe_star_pattern()
        if self.peek() == tk.RPAR and not isinstance(first, ast.MatchStar):
            self.advance()
            return first
        items = [first]
        if not self.accept(tk.COMMA):
            raise self.syntax_error()
        while self.peek() != tk.RPAR:
            items.append(self.maybe_star_pattern())
            if not self.accept(tk.COMMA):
                break
        end = self.expect(tk.RPAR)
        return ast.MatchSequence(items, lpar.lineno, lpar.col, end.end_lineno, end.end_col)

    def name_pattern(self) -> ast.pattern:
        """Capture, wildcard, value (dotted name) or class pattern."""
        tok = self.advance()
        if self.peek() != tk.DOT and self.peek() != tk.LPAR:
            if tok.string == "_":
                return ast.MatchAs(None, None, tok.lineno, tok.col, tok.end_lineno, tok.end_col)
            name = self.capture_name(tok)
            return ast.MatchAs(None, name, tok.lineno, tok.col, tok.end_lineno, tok.end_col)
        cls: ast.expr = self.name_node(tok, ast.LOAD)
        while self.accept(tk.DOT):
            attr = self.expect(tk.NAME)
            cls = ast.Attribute(cls, self.identifier(attr), ast.LOAD, tok.lineno, tok.col, attr.end_lineno,
                                attr.end_col)
        if self.peek() != tk.LPAR:
            if self.peek() == tk.EQUAL:
                raise self.syntax_error()
            return ast.MatchValue(cls, tok.lineno, tok.col, cls.end_lineno, cls.end_col_offset)
        return self.class_pattern(tok, cls)

    def class_pattern(self, start: Token, cls: ast.expr) -> ast.pattern:
        self.advance()
        patterns: list[ast.pattern] = []
        kwd_attrs: list[str] = []
        kwd_patterns: list[ast.pattern] = []
        while self.peek() != tk.RPAR:
            tok = self.token()
            if tok.kind == tk.NAME and self.peek_at(1) == tk.EQUAL:
                self.advance()
                self.advance()
                kwd_attrs.append(self.identifier(tok))
                kwd_patterns.append(self.pattern())
            else:
                p = self.pattern()
                if kwd_attrs:
                    self.misplaced_positional_patterns(p)
                patterns.append(p)
            if not self.accept(tk.COMMA):
                break
        end = self.expect(tk.RPAR)
        return ast.MatchClass(cls, patterns, kwd_attrs, kwd_patterns, start.lineno, start.col, end.end_lineno,
                              end.end_col)

    def misplaced_positional_patterns(self, first: ast.pattern) -> None:
        """Positional patterns after keyword patterns: the error spans all of them."""
        last = first
        while self.accept(tk.COMMA):
            tok = self.token()
            if tok.kind == tk.RPAR or (tok.kind == tk.NAME and self.peek_at(1) == tk.EQUAL):
                break
            last = self.pattern()
        raise self.make_error("positional patterns follow keyword patterns", first.lineno, first.col_offset,
                              last.end_lineno, last.end_col_offset)

    def mapping_pattern(self) -> ast.pattern:
        lbrace = self.advance()
        keys: list[ast.expr] = []
        patterns: list[ast.pattern] = []
        rest: str | None = None
        while self.peek() != tk.RBRACE:
            if self.peek() == tk.DOUBLESTAR:
                self.advance()
                rest = self.capture_name(self.expect(tk.NAME))
                self.accept(tk.COMMA)
                break
            tok = self.token()
            key: ast.expr
            if tok.kind == tk.NAME:
                key = self.name_node(self.advance(), ast.LOAD)
                if self.peek() != tk.DOT:
                    raise self.syntax_error()
                while self.accept(tk.DOT):
                    attr = self.expect(tk.NAME)
                    key = ast.Attribute(key, self.identifier(attr), ast.LOAD, tok.lineno, tok.col, attr.end_lineno,
                                        attr.end_col)
            else:
                key = self.literal_expr()
            self.expect(tk.COLON)
            keys.append(key)
            patterns.append(self.pattern())
            if not self.accept(tk.COMMA):
                break
        end = self.expect(tk.RBRACE)
        return ast.MatchMapping(keys, patterns, rest, lbrace.lineno, lbrace.col, end.end_lineno, end.end_col)

    # ---- literal values -------------------------------------------------------------------------

    def literal_expr(self) -> ast.expr:
        """signed_number | complex_number | strings | None | True | False (as expressions)."""
        tok = self.token()
        kind = tok.kind
        if kind == tk.STRING:
            return self.strings()
        if kind == tk.KW_NONE or kind == tk.KW_TRUE or kind == tk.KW_FALSE:
            self.advance()
            const = CONST_NONE
            if kind == tk.KW_TRUE:
                const = CONST_TRUE
            elif kind == tk.KW_FALSE:
                const = CONST_FALSE
            return ast.Constant(const, None, tok.lineno, tok.col, tok.end_lineno, tok.end_col)
        real = self.signed_number()
        kind = self.peek()
        if kind != tk.PLUS and kind != tk.MINUS:
            return real
        operand = real
        if isinstance(real, ast.UnaryOp):
            operand = real.operand
        if isinstance(operand, ast.Constant) and isinstance(operand.value, ConstComplex):
            raise self.error_at_node(operand, "real number required in complex literal")
        op = ast.ADD
        if self.advance().kind == tk.MINUS:
            op = ast.SUB
        imag_tok = self.expect(tk.NUMBER)
        imag = self.number_constant(imag_tok)
        if not isinstance(imag.value, ConstComplex):
            raise self.error_at_node(imag, "imaginary number required in complex literal")
        return ast.BinOp(real, op, imag, tok.lineno, tok.col, imag_tok.end_lineno, imag_tok.end_col)

    def signed_number(self) -> ast.expr:
        tok = self.token()
        if tok.kind == tk.MINUS:
            self.advance()
            number = self.number_constant(self.expect(tk.NUMBER))
            return ast.UnaryOp(ast.USUB, number, tok.lineno, tok.col, number.end_lineno, number.end_col_offset)
        return self.number_constant(self.expect(tk.NUMBER))

    def number_constant(self, tok: Token) -> ast.Constant:
        try:
            value = parse_number(tok.string)
        except LiteralError as e:
            raise self.number_error(tok, e.msg) from None
        return ast.Constant(value, None, tok.lineno, tok.col, tok.end_lineno, tok.end_col)
