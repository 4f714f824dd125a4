"""Parameter lists of `def` and `lambda`: positional-only (/), defaults, *args, keyword-only,
**kwargs, annotations (def only, including `*args: *Ts`), with CPython's error messages.
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser.errors import PySyntaxError
from languages.python.parser.tokens import Token


class ParamsMixin:
    """`parameters` for both def and lambda (mixed into the Parser)."""

    _mixin_ = True

    def parameters(self, is_lambda: bool) -> ast.arguments:
        """The parameters up to (not including) ')' for def or ':' for lambda."""
        closer = tk.RPAR
        if is_lambda:
            closer = tk.COLON
        posonlyargs: list[ast.arg] = []
        args: list[ast.arg] = []
        defaults: list[ast.expr] = []
        vararg: ast.arg | None = None
        kwonlyargs: list[ast.arg] = []
        kw_defaults: list[ast.expr | None] = []
        kwarg: ast.arg | None = None
        seen_slash = False
        seen_star = False
        bare_star: Token | None = None
        while self.peek() != closer:
            tok = self.token()
            kind = tok.kind
            if kwarg is not None:
                if kind == tk.NAME or kind == tk.STAR or kind == tk.DOUBLESTAR or kind == tk.SLASH:
                    raise self.error_at_token(tok, "arguments cannot follow var-keyword argument")
                raise self.syntax_error()
            if kind == tk.SLASH:
                if seen_star:
                    raise self.error_at_token(tok, "/ must be ahead of *")
                if seen_slash:
                    raise self.error_at_token(tok, "/ may appear only once")
                if not args:
                    if self.tokens[self.pos + 1].kind == tk.COMMA:
                        raise self.error_at_token(tok, "at least one argument must precede /")
                    raise self.syntax_error()
                self.advance()
                seen_slash = True
                posonlyargs = args
                args = []
                if self.peek() == tk.STAR and not self.parameter_comma_ok(closer):
                    raise self.error_at_token(self.token(), "expected comma between / and *")
            elif kind == tk.STAR:
                if seen_star:
                    raise self.error_at_token(tok, "* argument may appear only once")
                self.advance()
                seen_star = True
                if self.peek() == tk.COMMA:
                    bare_star = tok
                    following = self.peek_at(1)
                    if following == closer or following == tk.DOUBLESTAR:
                        raise self.bare_star_error(tok, is_lambda)
                elif self.peek() == closer:
                    raise self.bare_star_error(tok, is_lambda)
                else:
                    vararg = self.parameter(is_lambda, True)
                    if self.peek() == tk.EQUAL:
                        raise self.error_at_token(self.token(), "var-positional argument cannot have default value")
            elif kind == tk.DOUBLESTAR:
                self.advance()
                kwarg = self.parameter(is_lambda, False)
                if self.peek() == tk.EQUAL:
                    raise self.error_at_token(self.token(), "var-keyword argument cannot have default value")
            elif kind == tk.NAME:
                param = self.parameter(is_lambda, False)
                default: ast.expr | None = None
                if self.peek() == tk.EQUAL:
                    eq = self.advance()
                    if self.peek() == closer or self.peek() == tk.COMMA:
                        raise self.error_at_token(eq, "expected default value expression")
                    default = self.expression()
                if seen_star:
                    kwonlyargs.append(param)
                    kw_defaults.append(default)
                else:
                    if default is not None:
                        defaults.append(default)
                    elif defaults:
                        raise self.make_error("non-default argument follows default argument", param.lineno,
                                              param.col_offset, param.end_lineno, param.end_col_offset)
                    args.append(param)
            elif kind == tk.LPAR and not is_lambda:
                self.parenthesized_parameters_error()
            else:
                raise self.syntax_error()
            if not self.parameter_comma_ok(closer):
                raise self.syntax_error()
            self.accept(tk.COMMA)
        if bare_star is not None and not kwonlyargs:
            raise self.bare_star_error(bare_star, is_lambda)
        return ast.arguments(posonlyargs, args, vararg, kwonlyargs, kw_defaults, kwarg, defaults)

    def bare_star_error(self, star: Token, is_lambda: bool) -> PySyntaxError:
        """For def CPython points at the '*'; for lambda at the last token it read."""
        if is_lambda:
            return self.error_here("named arguments must follow bare *")
        return self.error_at_token(star, "named arguments must follow bare *")

    def parameter_comma_ok(self, closer: int) -> bool:
        kind = self.peek()
        return kind == tk.COMMA or kind == closer

    def parameter(self, is_lambda: bool, star: bool) -> ast.arg:
        """NAME [':' annotation]; after '*' the annotation may be a starred expression."""
        tok = self.expect(tk.NAME)
        annotation: ast.expr | None = None
        if not is_lambda and self.peek() == tk.COLON:
            self.advance()
            if star and self.peek() == tk.STAR:
                annotation = self.star_expression()
            else:
                annotation = self.expression()
        end = self.last_token()
        return ast.arg(self.identifier(tok), annotation, None, tok.lineno, tok.col, end.end_lineno, end.end_col)

    def parenthesized_parameters_error(self) -> None:
        """'(' NAME [',' NAME]* [','] ')' in a parameter list (Python 2 tuple parameters)."""
        lpar = self.token()
        i = self.pos + 1
        if self.tokens[i].kind != tk.NAME:
            raise self.syntax_error()
        while self.tokens[i].kind == tk.NAME:
            i += 1
            if self.tokens[i].kind == tk.COMMA:
                i += 1
        if self.tokens[i].kind != tk.RPAR:
            raise self.syntax_error()
        self.max_pos = i
        raise self.error_tokens(lpar, self.tokens[i], "Function parameters cannot be parenthesized")
