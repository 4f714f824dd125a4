"""Compound statements and blocks: if/elif/else, while, for, try/except/except*/finally, with
(including the parenthesised form), def and class with decorators, and the async variants.
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser.errors import INDENTATION_ERROR, PySyntaxError
from languages.python.parser.targets import STAR_TARGETS, is_target_shape, set_context
from languages.python.parser.tokens import Token


class CompoundMixin:
    """statement, block and the compound statements (mixed into the Parser)."""

    _mixin_ = True

    def statement(self, body: list[ast.stmt]) -> None:
        """One statement (a compound statement or a line of simple statements) appended to body."""
        kind = self.peek()
        if kind == tk.KW_IF:
            body.append(self.if_stmt(self.advance()))
        elif kind == tk.KW_DEF:
            body.append(self.function_def([], None))
        elif kind == tk.KW_CLASS:
            body.append(self.class_def([]))
        elif kind == tk.AT:
            body.append(self.decorated())
        elif kind == tk.KW_FOR:
            body.append(self.for_stmt(None))
        elif kind == tk.KW_WHILE:
            body.append(self.while_stmt())
        elif kind == tk.KW_TRY:
            body.append(self.try_stmt())
        elif kind == tk.KW_WITH:
            body.append(self.with_stmt(None))
        elif kind == tk.KW_ASYNC:
            body.append(self.async_stmt())
        elif kind == tk.NAME and self.token().string == "match":
            if self.match_stmt_ahead():
                body.append(self.match_stmt())
                return
            missing_colon = self.match_missing_colon
            self.match_missing_colon = -1
            try:
                self.simple_stmts(body)
            except PySyntaxError as e:
                if missing_colon >= 0 and e.msg == "invalid syntax":
                    self.max_pos = missing_colon
                    raise self.error_at_token(self.tokens[missing_colon], "expected ':'") from None
                raise e
        else:
            self.simple_stmts(body)

    # ---- blocks and colons ----------------------------------------------------------------

    def block(self, what: str) -> list[ast.stmt]:
        """NEWLINE INDENT statements DEDENT | simple_stmts; `what` names the statement for the
        "expected an indented block after ..." message."""
        body: list[ast.stmt] = []
        if self.peek() != tk.NEWLINE:
            self.simple_stmts(body)
            return body
        self.advance()
        if self.peek() != tk.INDENT:
            self.max_pos = self.pos
            raise self.block_error("expected an indented block after " + what, INDENTATION_ERROR)
        self.advance()
        while self.peek() != tk.DEDENT:
            self.statement(body)
        self.advance()
        return body

    def block_error(self, msg: str, kind: str) -> PySyntaxError:
        """An error about what follows a block, located as CPython does: at the next token; at
        the indentation of the next line if a DEDENT comes first (DEDENTs have no column); past
        the end of the last line at the end of the input."""
        i = self.pos
        while self.tokens[i].kind == tk.DEDENT:
            i += 1
        following = self.tokens[i]
        if following.kind == tk.ENDMARKER or following.kind == tk.ERRORTOKEN:
            last = self.last_token()
            text = self.line_text(last.lineno)
            return PySyntaxError(msg, self.filename, last.lineno, len(text) + 1,
                                 self.tokenizer.line_for_error(last.lineno), last.lineno, -1, kind)
        if i == self.pos:
            return self.error_at_token(following, msg, kind)
        text = self.line_text(following.lineno)
        indent = 0
        while indent < len(text) and (text[indent] == " " or text[indent] == "\t" or text[indent] == "\f"):
            indent += 1
        return PySyntaxError(msg, self.filename, following.lineno, indent,
                             self.tokenizer.line_for_error(following.lineno), following.lineno, -1, kind)

    def colon(self) -> None:
        """':' where CPython reports "expected ':'" only if a NEWLINE comes instead."""
        kind = self.peek()
        if kind == tk.COLON:
            self.advance()
            return
        if kind == tk.NEWLINE:
            raise self.error_at_token(self.token(), "expected ':'")
        raise self.syntax_error()

    def forced_colon(self) -> None:
        """&&':' in CPython's grammar: anything else is "expected ':'" at that token."""
        if self.peek() != tk.COLON:
            self.max_pos = self.pos
            raise self.error_at_token(self.token(), "expected ':'")
        self.advance()

    # ---- if, while, for ---------------------------------------------------------------------

    def if_stmt(self, start: Token) -> ast.stmt:
        """After 'if' or 'elif' (the token is `start`)."""
        test = self.named_expression()
        self.colon()
        body = self.block("'%s' statement on line %d" % (start.string, start.lineno))
        orelse: list[ast.stmt] = []
        if self.peek() == tk.KW_ELIF:
            orelse = [self.if_stmt(self.advance())]
        elif self.peek() == tk.KW_ELSE:
            orelse = self.else_block()
        end = self.last_token()
        return ast.If(test, body, orelse, start.lineno, start.col, end.end_lineno, end.end_col)

    def else_block(self) -> list[ast.stmt]:
        tok = self.advance()
        self.forced_colon()
        return self.block("'else' statement on line %d" % tok.lineno)

    def while_stmt(self) -> ast.stmt:
        start = self.advance()
        test = self.named_expression()
        self.colon()
        body = self.block("'while' statement on line %d" % start.lineno)
        orelse: list[ast.stmt] = []
        if self.peek() == tk.KW_ELSE:
            orelse = self.else_block()
        end = self.last_token()
        return ast.While(test, body, orelse, start.lineno, start.col, end.end_lineno, end.end_col)

    def for_stmt(self, async_tok: Token | None) -> ast.stmt:
        for_tok = self.advance()
        target = self.star_targets_for()
        self.expect(tk.KW_IN)
        iterable = self.star_expressions()
        self.colon()
        body = self.block("'for' statement on line %d" % for_tok.lineno)
        orelse: list[ast.stmt] = []
        if self.peek() == tk.KW_ELSE:
            orelse = self.else_block()
        end = self.last_token()
        if async_tok is not None:
            return ast.AsyncFor(target, iterable, body, orelse, None, async_tok.lineno, async_tok.col,
                                end.end_lineno, end.end_col)
        return ast.For(target, iterable, body, orelse, None, for_tok.lineno, for_tok.col, end.end_lineno,
                       end.end_col)

    # ---- try ----------------------------------------------------------------------------------

    def try_stmt(self) -> ast.stmt:
        start = self.advance()
        self.forced_colon()
        body = self.block("'try' statement on line %d" % start.lineno)
        handlers: list[ast.excepthandler] = []
        orelse: list[ast.stmt] = []
        finalbody: list[ast.stmt] = []
        star = False
        if self.peek() == tk.KW_EXCEPT:
            star = self.peek_at(1) == tk.STAR
            while self.peek() == tk.KW_EXCEPT:
                handlers.append(self.except_block(star))
            if self.peek() == tk.KW_ELSE:
                orelse = self.else_block()
        elif self.peek() != tk.KW_FINALLY:
            raise self.block_error("expected 'except' or 'finally' block", "SyntaxError")
        if self.peek() == tk.KW_FINALLY:
            tok = self.advance()
            self.forced_colon()
            finalbody = self.block("'finally' statement on line %d" % tok.lineno)
        end = self.last_token()
        if star:
            return ast.TryStar(body, handlers, orelse, finalbody, start.lineno, start.col, end.end_lineno,
                               end.end_col)
        return ast.Try(body, handlers, orelse, finalbody, start.lineno, start.col, end.end_lineno, end.end_col)

    def except_block(self, star: bool) -> ast.excepthandler:
        start = self.advance()
        if self.peek() == tk.STAR:
            star_tok = self.advance()
            if not star:
                raise self.error_tokens(start, star_tok, "cannot have both 'except' and 'except*' on the same 'try'")
            if self.peek() == tk.COLON or self.peek() == tk.NEWLINE:
                raise self.error_at_token(self.token(), "expected one or more exception types")
        elif star:
            raise self.error_at_token(start, "cannot have both 'except' and 'except*' on the same 'try'")
        exc_type: ast.expr | None = None
        name: str | None = None
        if self.peek() != tk.COLON:
            if self.peek() == tk.NEWLINE:
                raise self.error_at_token(self.token(), "expected ':'")
            exc_type = self.expression()
            if self.peek() == tk.COMMA:
                self.advance()
                self.expressions()
                raise self.error_from_node(exc_type, "multiple exception types must be parenthesized")
            if self.accept(tk.KW_AS):
                name = self.identifier(self.expect(tk.NAME))
            self.colon()
        else:
            self.advance()
        what = "'except' statement on line %d" % start.lineno
        if star:
            what = "'except*' statement on line %d" % start.lineno
        body = self.block(what)
        end = self.last_token()
        return ast.ExceptHandler(exc_type, name, body, start.lineno, start.col, end.end_lineno, end.end_col)

    # ---- with ---------------------------------------------------------------------------------

    def with_stmt(self, async_tok: Token | None) -> ast.stmt:
        with_tok = self.advance()
        items: list[ast.withitem] | None = None
        if self.peek() == tk.LPAR:
            items = self.parenthesized_with_items()
        if items is None:
            items = [self.with_item()]
            while self.accept(tk.COMMA):
                items.append(self.with_item())
        self.colon()
        body = self.block("'with' statement on line %d" % with_tok.lineno)
        end = self.last_token()
        if async_tok is not None:
            return ast.AsyncWith(items, body, None, async_tok.lineno, async_tok.col, end.end_lineno, end.end_col)
        return ast.With(items, body, None, with_tok.lineno, with_tok.col, end.end_lineno, end.end_col)

    def parenthesized_with_items(self) -> list[ast.withitem] | None:
        """'(' ','.with_item+ ','? ')' followed by ':'; None (cursor unchanged) if it is not that."""
        depth = 0
        i = self.pos
        while True:
            kind = self.tokens[i].kind
            if kind == tk.LPAR or kind == tk.LSQB or kind == tk.LBRACE:
                depth += 1
            elif kind == tk.RPAR or kind == tk.RSQB or kind == tk.RBRACE:
                depth -= 1
                if depth == 0:
                    break
            elif kind == tk.ERRORTOKEN or kind == tk.ENDMARKER:
                return None
            i += 1
        if self.tokens[i + 1].kind != tk.COLON:
            return None
        saved = self.pos
        saved_max = self.max_pos
        self.advance()
        saved_depth = self.depth
        try:
            items = [self.with_item()]
            while self.accept(tk.COMMA):
                if self.peek() == tk.RPAR:
                    break
                items.append(self.with_item())
            if self.pos != i:
                raise self.syntax_error()
        except PySyntaxError as e:
            if e.msg.startswith("cannot assign to"):
                raise e
            self.end_trial(saved, saved_max, saved_depth)
            return None
        self.advance()
        return items

    def with_item(self) -> ast.withitem:
        context = self.expression()
        target: ast.expr | None = None
        if self.accept(tk.KW_AS):
            target_index = self.pos
            target = self.star_target_expression()
            kind = self.peek()
            if kind != tk.COMMA and kind != tk.RPAR and kind != tk.COLON:
                # CPython's invalid_with_item: `expression 'as' expression` before , ) or :
                first_pass_max = self.max_pos
                self.pos = target_index
                target = self.longest_star_expressions(first_pass_max)
                kind = self.peek()
                if kind != tk.COMMA and kind != tk.RPAR and kind != tk.COLON:
                    self.max_pos = first_pass_max
                    raise self.syntax_error()
            if not is_target_shape(target, True):
                raise self.invalid_target_error(target, STAR_TARGETS)
            set_context(target, ast.STORE)
        return ast.withitem(context, target)

    # ---- definitions ----------------------------------------------------------------------------

    def decorated(self) -> ast.stmt:
        decorators: list[ast.expr] = []
        while self.accept(tk.AT):
            decorators.append(self.named_expression())
            self.expect(tk.NEWLINE)
        kind = self.peek()
        if kind == tk.KW_DEF:
            return self.function_def(decorators, None)
        if kind == tk.KW_CLASS:
            return self.class_def(decorators)
        if kind == tk.KW_ASYNC and self.peek_at(1) == tk.KW_DEF:
            return self.function_def(decorators, self.advance())
        raise self.syntax_error()

    def async_stmt(self) -> ast.stmt:
        async_tok = self.advance()
        kind = self.peek()
        if kind == tk.KW_DEF:
            return self.function_def([], async_tok)
        if kind == tk.KW_WITH:
            return self.with_stmt(async_tok)
        if kind == tk.KW_FOR:
            return self.for_stmt(async_tok)
        raise self.syntax_error()

    def function_def(self, decorators: list[ast.expr], async_tok: Token | None) -> ast.stmt:
        def_tok = self.advance()
        name = self.identifier(self.expect(tk.NAME))
        if self.peek() != tk.LPAR:
            self.max_pos = self.pos
            raise self.error_at_token(self.token(), "expected '('")
        self.advance()
        args = self.parameters(False)
        self.expect(tk.RPAR)
        returns: ast.expr | None = None
        if self.accept(tk.RARROW):
            returns = self.expression()
        self.forced_colon()
        body = self.block("function definition on line %d" % def_tok.lineno)
        end = self.last_token()
        if async_tok is not None:
            return ast.AsyncFunctionDef(name, args, body, decorators, returns, None, async_tok.lineno,
                                        async_tok.col, end.end_lineno, end.end_col)
        return ast.FunctionDef(name, args, body, decorators, returns, None, def_tok.lineno, def_tok.col,
                               end.end_lineno, end.end_col)

    def class_def(self, decorators: list[ast.expr]) -> ast.stmt:
        class_tok = self.advance()
        name_tok = self.expect(tk.NAME)
        bases: list[ast.expr] = []
        keywords: list[ast.keyword] = []
        if self.peek() == tk.LPAR:
            call = self.call(self.name_node(name_tok, ast.LOAD), class_tok, False)
            bases = call.args
            keywords = call.keywords
        self.colon()
        body = self.block("class definition on line %d" % class_tok.lineno)
        end = self.last_token()
        return ast.ClassDef(self.identifier(name_tok), bases, keywords, body, decorators, class_tok.lineno,
                            class_tok.col, end.end_lineno, end.end_col)
