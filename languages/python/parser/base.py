"""The parser's foundation: the token cursor, node positions and SyntaxError construction.

The parser is a hand-written recursive-descent parser over the token list, structured after
CPython 3.11's PEG grammar (Grammar/python.gram).  Node positions follow CPython's rule: a node
starts at the first token of its grammar rule and ends at the last non-whitespace token consumed.
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser import unicodedb
from languages.python.parser.errors import INDENTATION_ERROR, SYNTAX_ERROR, PySyntaxError, char_col
from languages.python.parser.tokenizer import Tokenizer
from languages.python.parser.tokens import Token

# CPython's parser gives up (MemoryError) at 6000 nested rules, about 3000 nested lambdas
MAX_NESTING_DEPTH = 4000
MEMORY_ERROR = "MemoryError"


class ParserBase:
    """Token cursor and error helpers shared by all grammar areas (the mixins in this package)."""

    def __init__(self, tokenizer: Tokenizer, tokens: list[Token]) -> None:
        self.tokenizer = tokenizer
        self.filename = tokenizer.filename
        self.tokens = tokens
        self.pos = 0
        # the furthest token the parser has looked at: CPython reports generic errors there
        self.max_pos = 0
        # nonzero while parsing the expression of an f-string (errors get an "f-string: " prefix)
        self.fstring_depth = 0
        # column added to sub-parser error offsets inside f-strings
        self.fstring_col_shift = 0
        # text of the line shown in errors inside an f-string expression ("(expr)")
        self.fstring_error_line = ""
        # where `match <subject>` was followed by a newline instead of ':' (-1: nowhere)
        self.match_missing_colon = -1
        # how deeply expressions are nested (see enter_nesting)
        self.depth = 0
        # the furthest token ever looked at, tentative parses included (CPython's tokenizer line)
        self.furthest = 0

    # ---- the cursor ---------------------------------------------------------------------

    def peek(self) -> int:
        return self.tokens[self.pos].kind

    def peek_at(self, offset: int) -> int:
        index = self.pos + offset
        if index >= len(self.tokens):
            index = len(self.tokens) - 1
        if index > self.max_pos:
            self.max_pos = index
        return self.tokens[index].kind

    def token(self) -> Token:
        return self.tokens[self.pos]

    def advance(self) -> Token:
        tok = self.tokens[self.pos]
        if tok.kind != tk.ERRORTOKEN and tok.kind != tk.ENDMARKER:
            self.pos += 1
            if self.pos > self.max_pos:
                self.max_pos = self.pos
        return tok

    def accept(self, kind: int) -> bool:
        if self.tokens[self.pos].kind == kind:
            self.advance()
            return True
        return False

    def expect(self, kind: int) -> Token:
        tok = self.tokens[self.pos]
        if tok.kind != kind:
            raise self.syntax_error()
        self.advance()
        return tok

    def at_soft_keyword(self, word: str) -> bool:
        tok = self.tokens[self.pos]
        return tok.kind == tk.NAME and tok.string == word

    # ---- positions ----------------------------------------------------------------------

    def last_token(self) -> Token:
        """The last token consumed that is not NEWLINE, INDENT, DEDENT or ENDMARKER."""
        i = self.pos - 1
        tok = self.tokens[i]
        while i > 0 and (tok.kind == tk.NEWLINE or tok.kind == tk.INDENT or tok.kind == tk.DEDENT
                         or tok.kind == tk.ENDMARKER):
            i -= 1
            tok = self.tokens[i]
        return tok

    def identifier(self, tok: Token) -> str:
        """The identifier a NAME token stands for: non-ASCII names are NFKC-normalised."""
        name = tok.string
        if not self.tokenizer.ascii and len(name.encode("utf-8")) != len(name):
            return unicodedb.nfkc(name)
        return name

    def name_node(self, tok: Token, ctx: int) -> ast.Name:
        return ast.Name(self.identifier(tok), ctx, tok.lineno, tok.col, tok.end_lineno, tok.end_col)

    def enter_nesting(self) -> None:
        """One more level of nested expressions; too many is CPython's MemoryError."""
        self.depth += 1
        if self.depth > MAX_NESTING_DEPTH:
            tok = self.token()
            raise PySyntaxError("too many nested expressions", self.filename, tok.lineno, tok.col + 1, None,
                                tok.lineno, tok.col + 1, MEMORY_ERROR)

    def end_trial(self, pos: int, max_pos: int, depth: int) -> None:
        """Undo a tentative parse (CPython's PEG alternatives and second-pass rules read ahead the
        same way).  If it read up to a lexical error, CPython's tokenizer would have failed right
        there, so that error is reported."""
        self.pos = pos
        self.depth = depth
        if self.tokens[self.max_pos].kind == tk.ERRORTOKEN:
            raise self.syntax_error()
        if self.max_pos > self.furthest:
            self.furthest = self.max_pos
        self.max_pos = max_pos

    # ---- errors -------------------------------------------------------------------------

    def line_text(self, lineno: int) -> str:
        return self.tokenizer.line_text(lineno)

    def make_error(self, msg: str, lineno: int, byte_col: int, end_lineno: int, end_byte_col: int,
                   kind: str = SYNTAX_ERROR) -> PySyntaxError:
        """A SyntaxError at 0-based byte columns (-1: unknown end), converted to CPython's fields."""
        if self.fstring_depth > 0:
            return self.fstring_error(msg, lineno, byte_col, end_lineno, end_byte_col)
        text = self.line_text(lineno)
        offset = char_col(text, byte_col) + 1
        # CPython shows its tokenizer's current chunk of lines; an earlier line without newline
        shown = text
        furthest = self.tokens[max(self.max_pos, self.furthest)]
        if lineno >= furthest.end_lineno or furthest.kind == tk.ENDMARKER:
            shown = self.tokenizer.chunk_for_error(lineno)
        if end_byte_col < 0:
            end_offset = 0  # CPython: an unknown end (-1) plus one
        elif end_lineno == lineno:
            end_offset = char_col(text, end_byte_col) + 1
        else:
            end_offset = char_col(self.line_text(end_lineno), end_byte_col) + 1
        return PySyntaxError(msg, self.filename, lineno, offset, shown, end_lineno, end_offset, kind)

    def fstring_error(self, msg: str, lineno: int, byte_col: int, end_lineno: int,
                      end_byte_col: int) -> PySyntaxError:
        """Errors inside an f-string expression: CPython reports them relative to "(expr)"."""
        text = self.fstring_error_line
        offset = byte_col - self.fstring_col_shift + 1
        end_offset = 0
        if end_byte_col >= 0:
            end_offset = end_byte_col - self.fstring_col_shift + 1
        return PySyntaxError("f-string: " + msg, self.filename, lineno, offset, text, end_lineno, end_offset,
                             SYNTAX_ERROR)

    def error_at_token(self, tok: Token, msg: str, kind: str = SYNTAX_ERROR) -> PySyntaxError:
        """CPython's RAISE_SYNTAX_ERROR_KNOWN_LOCATION on a token."""
        return self.make_error(msg, tok.lineno, tok.col, tok.end_lineno, tok.end_col, kind)

    def error_tokens(self, first: Token, last: Token, msg: str) -> PySyntaxError:
        """RAISE_SYNTAX_ERROR_KNOWN_RANGE from the start of `first` to the end of `last`."""
        return self.make_error(msg, first.lineno, first.col, last.end_lineno, last.end_col)

    def error_at_node(self, node: ast.expr, msg: str) -> PySyntaxError:
        return self.make_error(msg, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)

    def error_nodes(self, first: ast.expr, last: ast.expr, msg: str) -> PySyntaxError:
        return self.make_error(msg, first.lineno, first.col_offset, last.end_lineno, last.end_col_offset)

    def error_from_node(self, node: ast.expr, msg: str) -> PySyntaxError:
        """RAISE_SYNTAX_ERROR_STARTING_FROM: from the node to the furthest token looked at."""
        last = self.tokens[self.max_pos]
        return self.make_error(msg, node.lineno, node.col_offset, last.lineno, last.col)

    def error_here(self, msg: str, kind: str = SYNTAX_ERROR) -> PySyntaxError:
        """RAISE_SYNTAX_ERROR without a location: CPython uses the last token it has read."""
        tok = self.tokens[self.max_pos]
        return self.make_error(msg, tok.lineno, tok.col, tok.end_lineno, tok.end_col, kind)

    def number_error(self, tok: Token, msg: str) -> PySyntaxError:
        """A number CPython cannot convert (too many digits): it gives the line, column 0."""
        return PySyntaxError(msg, self.filename, tok.lineno, 0, self.tokenizer.line_for_error(tok.lineno),
                             tok.lineno, 0)

    def syntax_error(self) -> PySyntaxError:
        """The generic error: "invalid syntax" at the furthest token (or an indentation error)."""
        if self.pos > self.max_pos:
            self.max_pos = self.pos
        tok = self.tokens[self.max_pos]
        if tok.kind == tk.INDENT or tok.kind == tk.DEDENT:
            # CPython: the offset is where its tokenizer stands, after the indentation
            text = self.line_text(tok.lineno)
            offset = 0
            while offset < len(text) and (text[offset] == " " or text[offset] == "\t" or text[offset] == "\f"):
                offset += 1
            msg = "unexpected indent"
            if tok.kind == tk.DEDENT:
                msg = "unexpected unindent"
            return PySyntaxError(msg, self.filename, tok.lineno, offset, self.tokenizer.line_for_error(tok.lineno),
                                 tok.lineno, -1,
                                 INDENTATION_ERROR)
        return self.make_error("invalid syntax", tok.lineno, tok.col, tok.end_lineno, tok.end_col)

    def final_error(self, error: PySyntaxError) -> PySyntaxError:
        """Which error CPython reports: after a parse error it tokenizes the rest of the file, and a
        lexical error found there wins; the end of the input inside a bracket opened before the
        parser's last line is reported as an unclosed bracket."""
        tokenizer = self.tokenizer
        lexical = tokenizer.error
        if lexical is None:
            return error
        if self.tokens[self.max_pos].kind == tk.ERRORTOKEN:
            return lexical  # the parser got as far as the lexical error
        if error.kind == INDENTATION_ERROR and (error.msg == "unexpected indent" or error.msg == "unexpected unindent"):
            return error  # CPython reports these without reading further
        if tokenizer.error_overrides:
            return lexical  # an error CPython's tokenizer raises as an exception
        # the others (end of input in brackets, bad dedent, ...) only report an unclosed bracket
        # that was opened on a line before the last one the parser read
        current_line = self.tokens[max(self.max_pos, self.furthest)].lineno
        if tokenizer.error_paren_lineno >= 0 and current_line > tokenizer.error_paren_lineno:
            return tokenizer.unclosed_paren_error()
        return error
