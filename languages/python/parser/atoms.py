"""Primaries and atoms: attribute access, calls (with their argument rules), subscripts and
slices; names, literals, parenthesised forms, list/set/dict displays and comprehensions.
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser.consts import CONST_ELLIPSIS, CONST_FALSE, CONST_NONE, CONST_TRUE
from languages.python.parser.errors import PySyntaxError
from languages.python.parser.expressions import STARTS_EXPRESSION
from languages.python.parser.literals import LiteralError, parse_number
from languages.python.parser.targets import FOR_TARGETS, expr_name, invalid_target, is_target_shape, set_context
from languages.python.parser.tokens import Token

SOFT_KEYWORDS = ["match", "case", "_"]

# tokens a star_target can start with (a NAME, a bracket, a star, or an atom of a t_primary)
STARTS_TARGET = [False] * len(STARTS_EXPRESSION)
for _kind in [tk.NAME, tk.LPAR, tk.LSQB, tk.STAR, tk.NUMBER, tk.STRING, tk.LBRACE, tk.KW_NONE, tk.KW_TRUE,
              tk.KW_FALSE, tk.ELLIPSIS]:
    STARTS_TARGET[_kind] = True


def is_soft_keyword_prefix(name: str) -> bool:
    """CPython 3.11 compares a NAME with the soft keywords on the NAME's length only, so "c" or
    "mat" count as soft keywords where its grammar excludes them."""
    for keyword in SOFT_KEYWORDS:
        if keyword.startswith(name):
            return True
    return False


class AtomsMixin:
    """primary, atom and the bracketed forms (mixed into the Parser)."""

    _mixin_ = True

    # ---- primary: trailers ------------------------------------------------------------------

    def primary(self) -> ast.expr:
        start = self.token()
        e = self.atom()
        while True:
            kind = self.peek()
            if kind == tk.DOT:
                self.advance()
                name = self.expect(tk.NAME)
                e = ast.Attribute(e, self.identifier(name), ast.LOAD, start.lineno, start.col, name.end_lineno,
                                  name.end_col)
            elif kind == tk.LPAR:
                e = self.call(e, start, True)
            elif kind == tk.LSQB:
                self.advance()
                index = self.slices()
                end = self.expect(tk.RSQB)
                e = ast.Subscript(e, index, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)
            else:
                return e

    def call(self, func: ast.expr, start: Token, allow_genexp: bool) -> ast.Call:
        """func '(' arguments ')', including a lone generator expression argument."""
        lpar = self.advance()
        args: list[ast.expr] = []
        keywords: list[ast.keyword] = []
        # the first argument out of order, reported once the arguments are read (as CPython does)
        misplaced = ""
        while self.peek() != tk.RPAR:
            tok = self.token()
            kind = tok.kind
            if kind == tk.STAR:
                self.advance()
                value = self.expression()
                end = self.last_token()
                if len(keywords) > 0 and keywords[len(keywords) - 1].arg is None and misplaced == "":
                    raise self.error_at_token(tok, "iterable argument unpacking follows keyword argument unpacking")
                args.append(ast.Starred(value, ast.LOAD, tok.lineno, tok.col, end.end_lineno, end.end_col))
            elif kind == tk.DOUBLESTAR:
                self.advance()
                value = self.expression()
                end = self.last_token()
                keywords.append(ast.keyword(None, value, tok.lineno, tok.col, end.end_lineno, end.end_col))
            elif kind == tk.NAME and self.peek_at(1) == tk.EQUAL:
                self.advance()
                eq = self.advance()
                value = self.expression()
                if self.peek() == tk.KW_FOR or self.peek() == tk.KW_ASYNC:
                    raise self.error_tokens(tok, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
                end = self.last_token()
                keywords.append(ast.keyword(self.identifier(tok), value, tok.lineno, tok.col, end.end_lineno,
                                            end.end_col))
            elif (kind == tk.KW_TRUE or kind == tk.KW_FALSE or kind == tk.KW_NONE) and self.peek_at(1) == tk.EQUAL:
                raise self.error_tokens(tok, self.tokens[self.pos + 1], "cannot assign to %s" % tok.string)
            else:
                e = self.named_expr(False)
                if allow_genexp and (self.peek() == tk.KW_FOR or self.peek() == tk.KW_ASYNC):
                    generators = self.for_if_clauses()
                    if self.peek() == tk.RPAR and not args and not keywords:
                        end = self.advance()
                        genexp = ast.GeneratorExp(e, generators, lpar.lineno, lpar.col, end.end_lineno, end.end_col)
                        return ast.Call(func, [genexp], [], start.lineno, start.col, end.end_lineno, end.end_col)
                    last = generators[len(generators) - 1]
                    last_item = last.iter
                    if last.ifs:
                        last_item = last.ifs[len(last.ifs) - 1]
                    raise self.error_nodes(e, last_item, "Generator expression must be parenthesized")
                if self.peek() == tk.EQUAL:
                    eq = self.token()
                    raise self.make_error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                          e.lineno, e.col_offset, eq.end_lineno, eq.end_col)
                if misplaced == "" and len(keywords) > 0:
                    if keywords[len(keywords) - 1].arg is None or self.has_double_star(keywords):
                        misplaced = "positional argument follows keyword argument unpacking"
                    else:
                        misplaced = "positional argument follows keyword argument"
                args.append(e)
            if not self.accept(tk.COMMA):
                if self.peek() != tk.RPAR and STARTS_EXPRESSION[self.peek()]:
                    self.forgot_comma(self.last_argument(args, keywords))
                break
        if misplaced != "":
            raise self.error_here(misplaced)
        end = self.expect(tk.RPAR)
        return ast.Call(func, args, keywords, start.lineno, start.col, end.end_lineno, end.end_col)

    def has_double_star(self, keywords: list[ast.keyword]) -> bool:
        for kw in keywords:
            if kw.arg is None:
                return True
        return False

    def last_argument(self, args: list[ast.expr], keywords: list[ast.keyword]) -> ast.expr | None:
        """The argument just parsed, for the "forgot a comma" message (None for keywords)."""
        if len(args) > 0 and (len(keywords) == 0 or self.later(args[len(args) - 1], keywords[len(keywords) - 1].value)):
            last = args[len(args) - 1]
            if isinstance(last, ast.Starred):
                return None
            return last
        return None

    def later(self, a: ast.expr, b: ast.expr) -> bool:
        return a.lineno > b.lineno or (a.lineno == b.lineno and a.col_offset > b.col_offset)

    def forgot_comma(self, e: ast.expr | None) -> None:
        """CPython's invalid_expression: two expressions side by side inside brackets."""
        if e is None:
            raise self.syntax_error()
        first = self.tokens[self.token_index_at(e)]
        if first.kind == tk.NAME:
            if self.tokens[self.token_index_at(e) + 1].kind == tk.STRING or is_soft_keyword_prefix(first.string):
                raise self.syntax_error()
            if isinstance(e, ast.Name) and (e.id == "print" or e.id == "exec"):
                raise self.syntax_error()
        if isinstance(e, ast.IfExp) or isinstance(e, ast.Lambda):
            raise self.syntax_error()
        saved = self.pos
        saved_max = self.max_pos
        saved_depth = self.depth
        try:
            following = self.expression()
            self.peek_at(0)  # CPython looks at the token after it
        except PySyntaxError:
            self.end_trial(saved, saved_max, saved_depth)
            raise self.syntax_error() from None
        self.end_trial(saved, saved_max, saved_depth)
        raise self.error_nodes(e, following, "invalid syntax. Perhaps you forgot a comma?")

    def token_index_at(self, e: ast.expr) -> int:
        """Index of the first token at or after the node's start (searching back from the cursor)."""
        i = self.pos - 1
        while i >= 0:
            tok = self.tokens[i]
            if tok.lineno < e.lineno or (tok.lineno == e.lineno and tok.col < e.col_offset):
                return i + 1
            i -= 1
        return 0

    # ---- subscripts -----------------------------------------------------------------------

    def slices(self) -> ast.expr:
        """slices: slice !',' | ','.(slice | starred_expression)+ [','] (a Tuple)."""
        start = self.token()
        first = self.slice_or_starred()
        if self.peek() != tk.COMMA:
            if self.peek() != tk.RSQB and STARTS_EXPRESSION[self.peek()] and not isinstance(first, ast.Slice):
                self.forgot_comma(first)
            if not isinstance(first, ast.Starred):
                return first
        elts = [first]
        while self.accept(tk.COMMA):
            if self.peek() == tk.RSQB:
                break
            elts.append(self.slice_or_starred())
        end = self.last_token()
        return ast.Tuple(elts, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)

    def slice_or_starred(self) -> ast.expr:
        if self.peek() == tk.STAR:
            start = self.advance()
            value = self.expression()
            end = self.last_token()
            return ast.Starred(value, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)
        return self.slice()

    def slice(self) -> ast.expr:
        """slice: [expression] ':' [expression] [':' [expression]] | named_expression."""
        start = self.token()
        lower: ast.expr | None = None
        if self.peek() != tk.COLON:
            walrus = self.peek() == tk.NAME and self.tokens[self.pos + 1].kind == tk.COLONEQUAL
            lower = self.named_expression()
            if self.peek() != tk.COLON:
                return lower
            if walrus:
                raise self.syntax_error()  # a slice bound is an expression: no bare ":="
        self.advance()
        upper: ast.expr | None = None
        step: ast.expr | None = None
        kind = self.peek()
        if kind != tk.COLON and kind != tk.COMMA and kind != tk.RSQB:
            upper = self.expression()
        if self.accept(tk.COLON):
            kind = self.peek()
            if kind != tk.COMMA and kind != tk.RSQB:
                step = self.expression()
        end = self.last_token()
        return ast.Slice(lower, upper, step, start.lineno, start.col, end.end_lineno, end.end_col)

    # ---- atoms ------------------------------------------------------------------------------

    def atom(self) -> ast.expr:
        tok = self.token()
        kind = tok.kind
        if kind == tk.NAME:
            self.advance()
            return self.name_node(tok, ast.LOAD)
        if kind == tk.NUMBER:
            self.advance()
            try:
                value = parse_number(tok.string)
            except LiteralError as e:
                raise self.number_error(tok, e.msg) from None
            return ast.Constant(value, None, tok.lineno, tok.col, tok.end_lineno, tok.end_col)
        if kind == tk.STRING:
            return self.strings()
        if kind == tk.LPAR:
            return self.paren_form()
        if kind == tk.LSQB:
            return self.list_form()
        if kind == tk.LBRACE:
            return self.brace_form()
        if kind == tk.KW_TRUE or kind == tk.KW_FALSE or kind == tk.KW_NONE or kind == tk.ELLIPSIS:
            self.advance()
            value = CONST_ELLIPSIS
            if kind == tk.KW_TRUE:
                value = CONST_TRUE
            elif kind == tk.KW_FALSE:
                value = CONST_FALSE
            elif kind == tk.KW_NONE:
                value = CONST_NONE
            return ast.Constant(value, None, tok.lineno, tok.col, tok.end_lineno, tok.end_col)
        raise self.syntax_error()

    def paren_form(self) -> ast.expr:
        """'(' ... ')': the empty tuple, a group, a tuple, a generator expression, or (yield)."""
        lpar = self.advance()
        kind = self.peek()
        if kind == tk.RPAR:
            end = self.advance()
            return ast.Tuple([], ast.LOAD, lpar.lineno, lpar.col, end.end_lineno, end.end_col)
        if kind == tk.KW_YIELD:
            e = self.yield_expr()
            self.expect(tk.RPAR)
            return e
        first = self.star_named_expression()
        kind = self.peek()
        if kind == tk.RPAR:
            self.advance()
            if isinstance(first, ast.Starred):
                raise self.error_at_node(first, "cannot use starred expression here")
            return first
        if kind == tk.KW_FOR or kind == tk.KW_ASYNC:
            if isinstance(first, ast.Starred):
                raise self.syntax_error()
            generators = self.for_if_clauses()
            end = self.expect(tk.RPAR)
            return ast.GeneratorExp(first, generators, lpar.lineno, lpar.col, end.end_lineno, end.end_col)
        if kind != tk.COMMA:
            self.forgot_comma(first)
        elts = [first]
        while self.accept(tk.COMMA):
            if self.peek() == tk.RPAR:
                break
            elts.append(self.star_named_expression())
            if self.peek() != tk.COMMA and self.peek() != tk.RPAR:
                self.forgot_comma(elts[len(elts) - 1])
        end = self.expect(tk.RPAR)
        return ast.Tuple(elts, ast.LOAD, lpar.lineno, lpar.col, end.end_lineno, end.end_col)

    def list_form(self) -> ast.expr:
        lsqb = self.advance()
        if self.peek() == tk.RSQB:
            end = self.advance()
            return ast.List([], ast.LOAD, lsqb.lineno, lsqb.col, end.end_lineno, end.end_col)
        first = self.star_named_expression()
        kind = self.peek()
        if kind == tk.KW_FOR or kind == tk.KW_ASYNC:
            if isinstance(first, ast.Starred):
                raise self.error_at_node(first, "iterable unpacking cannot be used in comprehension")
            generators = self.for_if_clauses()
            end = self.expect(tk.RSQB)
            return ast.ListComp(first, generators, lsqb.lineno, lsqb.col, end.end_lineno, end.end_col)
        elts = [first]
        self.display_rest(elts, tk.RSQB)
        end = self.expect(tk.RSQB)
        return ast.List(elts, ast.LOAD, lsqb.lineno, lsqb.col, end.end_lineno, end.end_col)

    def display_rest(self, elts: list[ast.expr], closer: int) -> None:
        """The elements after the first of a list or set display."""
        while True:
            kind = self.peek()
            if kind == closer:
                return
            if kind != tk.COMMA:
                if STARTS_EXPRESSION[kind]:
                    self.forgot_comma(elts[len(elts) - 1])
                raise self.syntax_error()
            self.advance()
            if self.peek() == closer:
                return
            elts.append(self.star_named_expression())

    def brace_form(self) -> ast.expr:
        """'{' ... '}': dict or set display, dict or set comprehension."""
        lbrace = self.advance()
        kind = self.peek()
        if kind == tk.RBRACE:
            end = self.advance()
            return ast.Dict([], [], lbrace.lineno, lbrace.col, end.end_lineno, end.end_col)
        if kind == tk.DOUBLESTAR:
            return self.dict_rest(lbrace, [], [])
        first_index = self.pos
        first = self.star_named_expression()
        kind = self.peek()
        if kind == tk.COLON and not isinstance(first, ast.Starred):
            if isinstance(first, ast.NamedExpr) and self.tokens[first_index].kind == tk.NAME:
                raise self.syntax_error()  # an unparenthesised walrus cannot be a key
            colon = self.advance()
            if self.peek() == tk.RBRACE or self.peek() == tk.COMMA:
                raise self.error_at_token(colon, "expression expected after dictionary key and ':'")
            value = self.expression()
            if self.peek() == tk.KW_FOR or self.peek() == tk.KW_ASYNC:
                generators = self.for_if_clauses()
                end = self.expect(tk.RBRACE)
                return ast.DictComp(first, value, generators, lbrace.lineno, lbrace.col, end.end_lineno,
                                    end.end_col)
            self.check_dict_comma([value])
            return self.dict_rest(lbrace, [first], [value])
        if kind == tk.KW_FOR or kind == tk.KW_ASYNC:
            if isinstance(first, ast.Starred):
                raise self.error_at_node(first, "iterable unpacking cannot be used in comprehension")
            generators = self.for_if_clauses()
            end = self.expect(tk.RBRACE)
            return ast.SetComp(first, generators, lbrace.lineno, lbrace.col, end.end_lineno, end.end_col)
        elts = [first]
        self.display_rest(elts, tk.RBRACE)
        end = self.expect(tk.RBRACE)
        return ast.Set(elts, lbrace.lineno, lbrace.col, end.end_lineno, end.end_col)

    def dict_rest(self, lbrace: Token, keys: list[ast.expr | None], values: list[ast.expr]) -> ast.expr:
        """Dict display items after the given ones; the cursor is at ',' or '**' or '}'."""
        first_star: Token | None = None
        if not keys:
            first_star = self.double_starred_item(keys, values)
        while self.accept(tk.COMMA):
            if self.peek() == tk.RBRACE:
                break
            if self.peek() == tk.DOUBLESTAR:
                self.double_starred_item(keys, values)
            else:
                key = self.expression()
                if self.peek() != tk.COLON:
                    raise self.make_error("':' expected after dictionary key", key.lineno,
                                          key.end_col_offset - 1, key.end_lineno, -1)
                self.advance()
                if self.peek() == tk.RBRACE or self.peek() == tk.COMMA:
                    raise self.error_at_token(self.tokens[self.pos - 1],
                                              "expression expected after dictionary key and ':'")
                keys.append(key)
                values.append(self.expression())
                self.check_dict_comma(values)
        if self.peek() == tk.KW_FOR or self.peek() == tk.KW_ASYNC:
            if len(keys) == 1 and first_star is not None:
                raise self.error_at_token(first_star, "dict unpacking cannot be used in dict comprehension")
        end = self.expect(tk.RBRACE)
        return ast.Dict(keys, values, lbrace.lineno, lbrace.col, end.end_lineno, end.end_col)

    def check_dict_comma(self, values: list[ast.expr]) -> None:
        """A dict value directly followed by another expression: "Perhaps you forgot a comma?"."""
        kind = self.peek()
        if kind != tk.KW_FOR and kind != tk.KW_ASYNC and STARTS_EXPRESSION[kind]:
            self.forgot_comma(values[len(values) - 1])

    def double_starred_item(self, keys: list[ast.expr | None], values: list[ast.expr]) -> Token:
        star = self.expect(tk.DOUBLESTAR)
        keys.append(None)
        values.append(self.bitwise_or())
        return star

    # ---- comprehensions -------------------------------------------------------------------

    def for_if_clauses(self) -> list[ast.comprehension]:
        generators: list[ast.comprehension] = []
        while True:
            kind = self.peek()
            is_async = 0
            if kind == tk.KW_ASYNC and self.peek_at(1) == tk.KW_FOR:
                self.advance()
                is_async = 1
            elif kind != tk.KW_FOR:
                return generators
            self.advance()
            target = self.star_targets_for()
            self.expect(tk.KW_IN)
            iterable = self.disjunction()
            ifs: list[ast.expr] = []
            while self.accept(tk.KW_IF):
                ifs.append(self.disjunction())
            generators.append(ast.comprehension(target, iterable, ifs, is_async))

    def star_targets_for(self) -> ast.expr:
        """The target list of a for clause or statement: star_targets, checked and in Store."""
        start = self.token()
        start_index = self.pos
        if not STARTS_TARGET[start.kind]:
            # CPython's first pass stops here; its invalid_for_target may still name a bad target
            self.max_pos = start_index
            self.invalid_for_target(start_index)
        first = self.star_target_expression()
        if self.peek() == tk.COMMA:
            elts = [first]
            while self.accept(tk.COMMA):
                if self.peek() == tk.KW_IN or not STARTS_EXPRESSION[self.peek()]:
                    break
                elts.append(self.star_target_expression())
            end = self.last_token()
            first = ast.Tuple(elts, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)
        if not is_target_shape(first, True) or (self.peek() != tk.KW_IN and self.starts_expression()):
            self.invalid_for_target(start_index)
        set_context(first, ast.STORE)
        return first

    def invalid_for_target(self, start_index: int) -> None:
        """CPython's invalid_for_target: read the targets as star_expressions and name the first
        part that cannot be assigned to; otherwise the generic error of the first pass."""
        first_pass_max = self.max_pos
        self.pos = start_index
        whole = self.longest_star_expressions(first_pass_max)
        bad = invalid_target(whole, FOR_TARGETS)
        if bad is not None:
            raise self.error_at_node(bad, "cannot assign to %s" % expr_name(bad))
        self.max_pos = first_pass_max
        raise self.syntax_error()

    def star_target_expression(self) -> ast.expr:
        """star_target: '*' star_target | a primary (checked by the caller); reading only a
        primary stops where CPython's first pass stops (`for a - b in c` fails at '-')."""
        if self.peek() == tk.STAR:
            start = self.advance()
            value = self.star_target_expression()
            end = self.last_token()
            return ast.Starred(value, ast.LOAD, start.lineno, start.col, end.end_lineno, end.end_col)
        return self.primary()
