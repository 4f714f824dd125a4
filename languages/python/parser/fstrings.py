"""String literals in the parser: adjacent STRING tokens concatenated into one Constant or
JoinedStr, with f-strings split into literal parts and {expression!conversion:format_spec}
fields as CPython 3.11 does (each expression is parsed from "(text)" by a nested parse).
"""

from __future__ import annotations

from languages.python.parser import astnodes as ast
from languages.python.parser import tokens as tk
from languages.python.parser.consts import ConstBytes, ConstStr
from languages.python.parser.errors import PySyntaxError, utf8_len
from languages.python.parser.literals import LiteralError, decode_bytes_escapes, decode_unicode_escapes, is_ascii
from languages.python.parser.tokenizer import Tokenizer, starts_at
from languages.python.parser.tokens import Token

MAX_NESTING = 200


class FStringState:
    """The pieces of a JoinedStr being built: pending literal text and finished values."""

    def __init__(self) -> None:
        self.literal: list[str] = []
        self.values: list[ast.expr] = []
        self.fmode = False


class StringLiteral:
    """One STRING token split into prefix flags and body."""

    def __init__(self, tok: Token) -> None:
        text = tok.string
        i = 0
        self.is_bytes = False
        self.is_raw = False
        self.is_f = False
        while text[i] != "'" and text[i] != '"':
            c = text[i]
            if c == "b" or c == "B":
                self.is_bytes = True
            elif c == "r" or c == "R":
                self.is_raw = True
            elif c == "f" or c == "F":
                self.is_f = True
            i += 1
        quote_len = 1
        if starts_at(text, text[i] * 3, i) and len(text) - i >= 6:
            quote_len = 3
        self.body_start = i + quote_len
        self.body_end = len(text) - quote_len
        self.body = text[self.body_start:self.body_end]


class StringsMixin:
    """The `strings` rule and the f-string machinery (mixed into the Parser)."""

    _mixin_ = True

    def strings(self) -> ast.expr:
        first_index = self.pos
        while self.peek() == tk.STRING:
            self.advance()
        first = self.tokens[first_index]
        last = self.tokens[self.pos - 1]
        state = FStringState()
        bytes_parts: list[str] = []
        bytes_mode = False
        for i in range(first_index, self.pos):
            t = self.tokens[i]
            lit = StringLiteral(t)
            if lit.is_bytes:
                if not is_ascii(lit.body):
                    raise self.error_at_token(t, "bytes can only contain ASCII literal characters")
                try:
                    bytes_parts.append(decode_bytes_escapes(lit.body, lit.is_raw))
                except LiteralError as e:
                    raise self.error_here(e.msg) from None
            elif not lit.is_f:
                text = lit.body
                if not lit.is_raw:
                    try:
                        text = decode_unicode_escapes(text)
                    except LiteralError as e:
                        raise self.error_here(e.msg) from None
                if text:
                    state.literal.append(text)
            if i != first_index and bytes_mode != lit.is_bytes:
                raise self.error_here("cannot mix bytes and nonbytes literals")
            bytes_mode = lit.is_bytes
            if lit.is_f:
                state.fmode = True
                self.fstring_body(state, t, lit, lit.body_start, 0, first, last)
        if bytes_mode:
            return ast.Constant(ConstBytes("".join(bytes_parts)), None, first.lineno, first.col,
                                last.end_lineno, last.end_col)
        if not state.fmode:
            return self.str_constant("".join(state.literal), first, last)
        self.flush_literal(state, first, last)
        return ast.JoinedStr(state.values, first.lineno, first.col, last.end_lineno, last.end_col)

    def str_constant(self, value: str, first: Token, last: Token) -> ast.Constant:
        kind: str | None = None
        if first.string[0] == "u":
            kind = "u"
        return ast.Constant(ConstStr(value), kind, first.lineno, first.col, last.end_lineno, last.end_col)

    def flush_literal(self, state: FStringState, first: Token, last: Token) -> None:
        if state.literal:
            state.values.append(self.str_constant("".join(state.literal), first, last))
            state.literal = []

    # ---- f-string bodies --------------------------------------------------------------------

    def fstring_body(self, state: FStringState, t: Token, lit: StringLiteral, pos: int, level: int,
                     first: Token, last: Token) -> int:
        """Parse literal parts and fields of t.string from `pos` until the end of the body, or
        (nested in a format spec, level > 0) until the closing '}'; returns where it stopped."""
        text = t.string
        end = lit.body_end
        while True:
            # the literal part
            literal_start = pos
            doubled = False
            while pos < end:
                ch = text[pos]
                pos += 1
                if not lit.is_raw and ch == "\\" and pos < end:
                    ch = text[pos]
                    pos += 1
                    if ch == "N":
                        if pos < end and text[pos] == "{":
                            pos += 1
                            while pos < end:
                                pos += 1
                                if text[pos - 1] == "}":
                                    break
                        elif pos < end:
                            pos += 1
                        continue
                if ch == "{" or ch == "}":
                    if level == 0:
                        if pos < end and text[pos] == ch:
                            doubled = True
                            break
                        if ch == "}":
                            raise self.error_here("f-string: single '}' is not allowed")
                    pos -= 1
                    break
            literal_end = pos
            if doubled:
                literal_end = pos  # keep the first brace of the pair
                pos += 1
            if literal_end > literal_start:
                piece = text[literal_start:literal_end]
                if not lit.is_raw:
                    try:
                        piece = decode_unicode_escapes(piece)
                    except LiteralError as e:
                        raise self.error_here(e.msg) from None
                if piece:
                    state.literal.append(piece)
            if doubled:
                continue
            if pos >= end or text[pos] == "}":
                break
            pos = self.fstring_field(state, t, lit, pos, level, first, last)
        if level == 0 and pos < end:
            raise self.error_here("f-string: unexpected end of string")
        if level != 0 and (pos >= end or text[pos] != "}"):
            raise self.error_here("f-string: expecting '}'")
        return pos

    def fstring_field(self, state: FStringState, t: Token, lit: StringLiteral, pos: int, level: int,
                      first: Token, last: Token) -> int:
        """A '{...}' field starting at text[pos] == '{'; returns the index after its '}'."""
        text = t.string
        end = lit.body_end
        if level >= 2:
            raise self.error_here("f-string: expressions nested too deeply")
        brace = pos
        pos += 1
        expr_start = pos
        quote = ""
        triple = False
        stack: list[str] = []
        while pos < end:
            ch = text[pos]
            if ch == "\\":
                raise self.error_here("f-string expression part cannot include a backslash")
            if quote:
                if ch == quote:
                    if triple:
                        if pos + 2 < end and text[pos + 1] == ch and text[pos + 2] == ch:
                            pos += 2
                            quote = ""
                    else:
                        quote = ""
                pos += 1
                continue
            if ch == "'" or ch == '"':
                if pos + 2 < end and text[pos + 1] == ch and text[pos + 2] == ch:
                    triple = True
                    pos += 2
                else:
                    triple = False
                quote = ch
            elif ch == "[" or ch == "{" or ch == "(":
                if len(stack) >= MAX_NESTING:
                    raise self.error_here("f-string: too many nested parenthesis")
                stack.append(ch)
            elif ch == "#":
                raise self.error_here("f-string expression part cannot include '#'")
            elif not stack and (ch == "!" or ch == ":" or ch == "}" or ch == "=" or ch == ">" or ch == "<"):
                if pos + 1 < end and text[pos + 1] == "=" and ch != ":" and ch != "}":
                    pos += 2
                    continue
                if ch == ">" or ch == "<":
                    pos += 1
                    continue
                break
            elif ch == "]" or ch == "}" or ch == ")":
                if not stack:
                    raise self.error_here("f-string: unmatched '%s'" % ch)
                opening = stack.pop()
                if not ((opening == "(" and ch == ")") or (opening == "[" and ch == "]")
                        or (opening == "{" and ch == "}")):
                    raise self.error_here("f-string: closing parenthesis '%s' does not match opening "
                                          "parenthesis '%s'" % (ch, opening))
            pos += 1
        expr_end = pos
        if quote:
            raise self.error_here("f-string: unterminated string")
        if stack:
            raise self.error_here("f-string: unmatched '%s'" % stack[len(stack) - 1])
        if pos >= end:
            raise self.error_here("f-string: expecting '}'")
        value = self.fstring_expression(t, brace, expr_start, expr_end)
        expr_text = ""
        if text[pos] == "=":
            pos += 1
            while pos < end and (text[pos] == " " or text[pos] == "\t" or text[pos] == "\n"
                                 or text[pos] == "\f" or text[pos] == "\r" or text[pos] == "\v"):
                pos += 1
            if pos >= end:
                raise self.error_here("f-string: expecting '}'")
            expr_text = text[expr_start:pos]
        conversion = -1
        if text[pos] == "!":
            pos += 1
            if pos >= end:
                raise self.error_here("f-string: expecting '}'")
            conv = text[pos]
            pos += 1
            if conv != "s" and conv != "r" and conv != "a":
                raise self.error_here("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            conversion = ord(conv)
        format_spec: ast.expr | None = None
        if pos < end and text[pos] == ":":
            pos += 1
            if pos >= end:
                raise self.error_here("f-string: expecting '}'")
            spec_state = FStringState()
            spec_state.fmode = True
            pos = self.fstring_body(spec_state, t, lit, pos, level + 1, first, last)
            # CPython ends a format spec with the spec's own token as first and last token
            self.flush_literal(spec_state, t, t)
            format_spec = ast.JoinedStr(spec_state.values, t.lineno, t.col, t.end_lineno, t.end_col)
        if pos >= end or text[pos] != "}":
            raise self.error_here("f-string: expecting '}'")
        pos += 1
        if expr_text != "" and format_spec is None and conversion == -1:
            conversion = ord("r")
        if expr_text:
            state.literal.append(expr_text)
        self.flush_literal(state, first, last)
        state.values.append(ast.FormattedValue(value, conversion, format_spec, first.lineno, first.col,
                                               last.end_lineno, last.end_col))
        return pos

    def fstring_expression(self, t: Token, brace: int, expr_start: int, expr_end: int) -> ast.expr:
        """Parse text[expr_start:expr_end] of token t as CPython does: "(" + text + ")" with
        positions shifted to where the text sits in the source."""
        text = t.string
        i = expr_start
        while i < expr_end and (text[i] == " " or text[i] == "\t" or text[i] == "\n" or text[i] == "\f"):
            i += 1
        if i == expr_end:
            stop = text[expr_end]
            if stop == "!" or stop == ":" or stop == "=":
                raise self.error_here("f-string: expression required before '%s'" % stop)
            raise self.error_here("f-string: empty expression not allowed")
        # where the expression starts: lines and byte columns from the start of the token
        lines = 0
        line_begin = 0
        for j in range(brace):
            if text[j] == "\n":
                lines += 1
                line_begin = j + 1
        newline_after_brace = True
        j = brace + 1
        while j < len(text) and text[j] != "}" and text[j] != "\n":
            if text[j] != " " and text[j] != "\t" and text[j] != "\f":
                newline_after_brace = False
                break
            j += 1
        cols = 0
        if not newline_after_brace:
            cols = utf8_len(text[line_begin:brace])
        start_lineno = t.lineno + lines
        start_col = cols
        if lines == 0:
            start_col = t.col + cols
        source = "(" + text[expr_start:expr_end] + ")"
        sub = Tokenizer(source, self.filename)
        sub_tokens = sub.tokenize()
        if sub.error is not None:
            error = sub.error
            raise PySyntaxError(error.msg, self.filename, error.lineno + start_lineno - 1, error.offset,
                                error.text, error.end_lineno + start_lineno - 1, error.end_offset, error.kind)
        for tok in sub_tokens:
            if tok.end_lineno == 1:
                tok.col += start_col
                tok.end_col += start_col
            tok.lineno += start_lineno - 1
            tok.end_lineno += start_lineno - 1
        saved_tokens = self.tokens
        saved_pos = self.pos
        saved_max = self.max_pos
        saved_tokenizer = self.tokenizer
        saved_shift = self.fstring_col_shift
        saved_line = self.fstring_error_line
        self.tokens = sub_tokens
        self.pos = 0
        self.max_pos = 0
        self.tokenizer = sub
        self.fstring_depth += 1
        self.fstring_col_shift = start_col
        self.fstring_error_line = source + "\n"
        try:
            value = self.star_expressions()
        finally:
            self.tokens = saved_tokens
            self.pos = saved_pos
            self.max_pos = saved_max
            self.tokenizer = saved_tokenizer
            self.fstring_depth -= 1
            self.fstring_col_shift = saved_shift
            self.fstring_error_line = saved_line
        return value
