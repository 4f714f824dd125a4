"""The Python 3.11 tokenizer: source text to a list of Tokens, following CPython's C tokenizer.

It handles indentation (INDENT/DEDENT, tab consistency), implicit line joining in brackets,
backslash continuations, comments, names, numbers, string literals (kept as source text for
the parser to decode) and operators.  A lexical error does not stop the parse at once: the
tokenizer records it and ends the token list with an ERRORTOKEN, and the parser decides which
error CPython would report (see Parser.report_syntax_error).
"""

from __future__ import annotations

from languages.python.parser import tokens as tk
from languages.python.parser import unicodedb
from languages.python.parser.errors import INDENTATION_ERROR, TAB_ERROR, PySyntaxError, hex_digits, utf8_len
from languages.python.parser.tokens import Token

TABSIZE = 8
MAXINDENT = 100
MAXLEVEL = 200

ASCII_NAME_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"
ASCII_NAME_CHARS = ASCII_NAME_START + "0123456789"
DIGITS = "0123456789"
HEXDIGITS = "0123456789abcdefABCDEF"
STRING_PREFIXES = ["r", "u", "b", "br", "rb", "f", "fr", "rf"]
OPENING = "([{"
CLOSING = ")]}"


def starts_at(text: str, prefix: str, pos: int) -> bool:
    """text.startswith(prefix, pos), spelled with a slice."""
    return text[pos:pos + len(prefix)] == prefix


def normalize_newlines(source: str) -> str:
    """CPython reads source with universal newlines; we also end it with a newline (CPython does
    for exec input, and its tokenizer ends other input with a NEWLINE token all the same)."""
    if "\r" in source:
        source = source.replace("\r\n", "\n").replace("\r", "\n")
    if not source.endswith("\n"):
        source += "\n"
    return source


class TokenizerStop(Exception):
    """Raised inside the tokenizer to unwind after recording a lexical error."""


class Tokenizer:
    """Tokenizes a whole source string; `tokenize()` returns the token list."""

    def __init__(self, source: str, filename: str, exec_input: bool = True) -> None:
        self.filename = filename
        # eval and single input keep a missing final newline missing in error texts
        self.newline_added = not exec_input and not (source.endswith("\n") or source.endswith("\r"))
        self.source = normalize_newlines(source)
        self.ascii = len(self.source.encode("utf-8")) == len(self.source)
        self.pos = 0
        self.lineno = 1
        self.line_start = 0
        # for each line (index 1 on), the first line of its chunk (see new_line)
        self.chunk_starts = [0, 1]
        self.tokens: list[Token] = []
        self.indents = [0]
        self.alt_indents = [0]
        # open brackets: the character, its line and its (character) column
        self.paren_chars: list[str] = []
        self.paren_linenos: list[int] = []
        self.paren_cols: list[int] = []
        # where the current logical line (a statement, with its continuation lines) starts
        self.logical_line_start = 0
        # the recorded lexical error, if any
        self.error: PySyntaxError | None = None
        # the line of the innermost open bracket when the error happened (-1: none open)
        self.error_paren_lineno = -1
        # set when a string runs into the end of the input
        self.at_end = False
        # whether the error wins over an earlier parse error (see fail_at)
        self.error_overrides = False
        # True when the "error" is only the end of input inside brackets
        self.error_is_eof_in_paren = False

    # ---- positions ------------------------------------------------------------------------

    def byte_col(self, pos: int, line_start: int) -> int:
        """UTF-8 byte column of source index `pos` on the line that starts at `line_start`."""
        if self.ascii:
            return pos - line_start
        return utf8_len(self.source[line_start:pos])

    def line_text(self, lineno: int) -> str:
        """The text of line `lineno` (1-based), without its newline."""
        start = 0
        line = 1
        while line < lineno:
            nl = self.source.find("\n", start)
            if nl < 0:
                return ""
            start = nl + 1
            line += 1
        end = self.source.find("\n", start)
        if end < 0:
            end = len(self.source)
        return self.source[start:end]

    def new_line(self, continued: bool) -> None:
        """Count a new physical line; `continued` if it belongs to the chunk of the line before
        (after a backslash or inside a string), which CPython's error texts show whole."""
        chunk = self.lineno + 1
        if continued:
            chunk = self.chunk_starts[self.lineno]
        self.lineno += 1
        self.chunk_starts.append(chunk)

    def line_for_error(self, lineno: int) -> str:
        """A line as CPython's parser errors show it: with its newline, if the input has one."""
        text = self.line_text(lineno)
        if self.newline_added and lineno >= self.source.count("\n"):
            return text
        return text + "\n"

    def chunk_for_error(self, lineno: int) -> str:
        """The text CPython's parser errors show for its current line: from the start of the
        chunk the line belongs to (lines joined by backslashes or strings) to its end."""
        if lineno >= len(self.chunk_starts) or self.chunk_starts[lineno] == lineno:
            return self.line_for_error(lineno)
        pieces: list[str] = []
        line = self.chunk_starts[lineno]
        while line < lineno:
            pieces.append(self.line_text(line) + "\n")
            line += 1
        pieces.append(self.line_for_error(lineno))
        return "".join(pieces)

    def current_line(self) -> str:
        end = self.source.find("\n", self.line_start)
        if end < 0:
            end = len(self.source)
        return self.source[self.line_start:end]

    # ---- errors ---------------------------------------------------------------------------

    def fail(self, msg: str, offset: int, end_offset: int = -2, kind: str = "SyntaxError") -> None:
        """Record an error on the current line at 1-based character `offset`, then stop."""
        if end_offset == -2:
            end_offset = offset
        self.fail_at(msg, self.lineno, offset, self.current_line(), self.lineno, end_offset, kind)

    def fail_at(self, msg: str, lineno: int, offset: int, text: str | None, end_lineno: int,
                end_offset: int, kind: str, overrides: bool = True) -> None:
        """Record an error and stop.  `overrides`: CPython reports this error even when the parser
        failed earlier in the file (errors its tokenizer raises as exceptions); the others (tabs,
        dedent, continuation, end of input) only when the parser gets there."""
        self.error = PySyntaxError(msg, self.filename, lineno, offset, text, end_lineno, end_offset, kind)
        self.error_overrides = overrides
        if self.paren_linenos:
            self.error_paren_lineno = self.paren_linenos[len(self.paren_linenos) - 1]
        raise TokenizerStop()

    def fail_here(self, msg: str) -> None:
        """CPython's syntaxerror(): the offset is the number of characters before the cursor."""
        offset = self.pos - self.line_start
        self.fail(msg, offset)

    def unclosed_paren_error(self) -> PySyntaxError:
        """"'(' was never closed" for the innermost open bracket."""
        top = len(self.paren_chars) - 1
        lineno = self.paren_linenos[top]
        text = self.line_text(lineno)
        if lineno >= self.source.count("\n"):
            text = self.line_for_error(lineno)  # CPython shows its current (last) line with its newline
        return PySyntaxError("'%s' was never closed" % self.paren_chars[top], self.filename, lineno,
                             self.paren_cols[top] + 1, text, lineno, 0)

    # ---- output ---------------------------------------------------------------------------

    def add(self, kind: int, start: int, end: int) -> None:
        """Add a token spanning source[start:end], all on the current line."""
        ls = self.line_start
        if self.ascii:
            col = start - ls
            end_col = end - ls
        else:
            col = utf8_len(self.source[ls:start])
            end_col = col + utf8_len(self.source[start:end])
        self.tokens.append(Token(kind, self.source[start:end], self.lineno, col, self.lineno, end_col))

    def tokenize(self) -> list[Token]:
        try:
            self.run()
        except TokenizerStop:
            self.tokens.append(Token(tk.ERRORTOKEN, "", self.lineno, 0, self.lineno, 0))
        return self.tokens

    # ---- the main loop --------------------------------------------------------------------

    def run(self) -> None:
        src = self.source
        n = len(src)
        at_line_start = True
        while True:
            if at_line_start:
                if not self.indentation():
                    continue  # a blank or comment-only line was skipped
                at_line_start = False
                if not self.paren_chars:
                    self.logical_line_start = self.line_start
            # skip blanks between tokens
            pos = self.pos
            while pos < n and (src[pos] == " " or src[pos] == "\t" or src[pos] == "\f"):
                pos += 1
            self.pos = pos
            if pos >= n:
                break
            c = src[pos]
            newline_start = pos
            if c == "#":
                while src[pos] != "\n":
                    pos += 1
                self.pos = pos
                c = "\n"
            if c == "\n":
                if not self.paren_chars:
                    # CPython's NEWLINE token spans the comment before it, but not the newline
                    self.add(tk.NEWLINE, newline_start, pos)
                self.pos = pos + 1
                self.new_line(False)
                self.line_start = pos + 1
                at_line_start = True
                continue
            if c in ASCII_NAME_START or c >= "\x80":
                self.name_or_string(pos)
            elif c in DIGITS:
                self.number(pos)
            elif c == "'" or c == '"':
                self.string(pos, pos)
            elif c == ".":
                if pos + 1 < n and src[pos + 1] in DIGITS:
                    self.number(pos)
                elif starts_at(src, "...", pos):
                    self.add(tk.ELLIPSIS, pos, pos + 3)
                    self.pos = pos + 3
                else:
                    self.add(tk.DOT, pos, pos + 1)
                    self.pos = pos + 1
            elif c == "\\":
                if src[pos + 1] != "\n":
                    self.pos = pos + 2
                    offset = pos - self.line_start + 2
                    self.fail_at("unexpected character after line continuation character", self.lineno, offset,
                                 self.line_for_error(self.lineno), self.lineno, 0, "SyntaxError", overrides=False)
                if pos + 2 >= n:
                    # CPython shows the whole logical line and points past its end
                    end = pos + 2
                    self.fail_at("unexpected EOF while parsing", self.lineno, pos + 2 - self.line_start,
                                 src[self.logical_line_start:end], self.lineno, -1, "SyntaxError", overrides=False)
                self.pos = pos + 2
                self.new_line(True)
                self.line_start = pos + 2
            else:
                self.operator(pos)
        # end of input
        if self.paren_chars:
            self.error = self.unclosed_paren_error()
            self.error_paren_lineno = self.paren_linenos[len(self.paren_linenos) - 1]
            self.error_is_eof_in_paren = True
            raise TokenizerStop()
        # CPython's last tokens stay on the last line and have no column
        last_line = self.lineno - 1
        if last_line < 1:
            last_line = 1
        while len(self.indents) > 1:
            self.indents.pop()
            self.alt_indents.pop()
            self.tokens.append(Token(tk.DEDENT, "", last_line, -1, last_line, -1))
        self.tokens.append(Token(tk.ENDMARKER, "", last_line, -1, last_line, -1))

    def indentation(self) -> bool:
        """Measure a new line's indentation and emit INDENT/DEDENT; False for a blank line."""
        src = self.source
        n = len(src)
        pos = self.pos
        col = 0
        altcol = 0
        # CPython: a backslash continuation inside the indentation fixes the level at the column of
        # the first backslash (a backslash in column 0 counts as no backslash at all)
        continuation_col = 0
        while pos < n:
            c = src[pos]
            if c == " ":
                col += 1
                altcol += 1
            elif c == "\t":
                col = (col // TABSIZE + 1) * TABSIZE
                altcol += 1
            elif c == "\f":
                col = 0
                altcol = 0
            elif c == "\\":
                if continuation_col == 0:
                    continuation_col = col
                if pos + 1 >= n or src[pos + 1] != "\n":
                    self.pos = pos + 2
                    self.fail_at("unexpected character after line continuation character", self.lineno,
                                 pos - self.line_start + 2, self.line_for_error(self.lineno), self.lineno, 0,
                                 "SyntaxError", overrides=False)
                if pos + 2 >= n:
                    self.fail_at("unexpected EOF while parsing", self.lineno, pos + 2 - self.line_start,
                                 src[self.line_start:pos + 2], self.lineno, -1, "SyntaxError", overrides=False)
                pos += 1
                self.new_line(True)
                self.line_start = pos + 1
            else:
                break
            pos += 1
        if continuation_col != 0:
            col = continuation_col
            altcol = continuation_col
        self.pos = pos
        if pos >= n:
            return True
        c = src[pos]
        if c == "#" or c == "\n":
            # blank lines and comment-only lines do not count
            while src[pos] != "\n":
                pos += 1
            self.pos = pos + 1
            self.new_line(False)
            self.line_start = pos + 1
            return False
        if self.paren_chars:
            return True
        top = len(self.indents) - 1
        if col == self.indents[top]:
            if altcol != self.alt_indents[top]:
                self.tab_error()
        elif col > self.indents[top]:
            if len(self.indents) >= MAXINDENT:
                self.fail_whole_line("too many levels of indentation", INDENTATION_ERROR)
            if altcol <= self.alt_indents[top]:
                self.tab_error()
            self.indents.append(col)
            self.alt_indents.append(altcol)
            self.tokens.append(Token(tk.INDENT, "", self.lineno, -1, self.lineno, -1))
        else:
            # CPython checks the new level before it hands out any DEDENT
            top = len(self.indents) - 1
            while top > 0 and col < self.indents[top]:
                top -= 1
            if col != self.indents[top]:
                self.fail_whole_line("unindent does not match any outer indentation level", INDENTATION_ERROR)
            if altcol != self.alt_indents[top]:
                self.tab_error()
            while len(self.indents) > top + 1:
                self.indents.pop()
                self.alt_indents.pop()
                self.tokens.append(Token(tk.DEDENT, "", self.lineno, -1, self.lineno, -1))
        return True

    def tab_error(self) -> None:
        self.fail_at("inconsistent use of tabs and spaces in indentation", self.lineno, 1,
                     self.line_for_error(self.lineno), self.lineno, 0, TAB_ERROR, overrides=False)

    def fail_whole_line(self, msg: str, kind: str) -> None:
        line = self.current_line()
        self.fail_at(msg, self.lineno, len(line) + 1, self.line_for_error(self.lineno), self.lineno, -1, kind,
                     overrides=False)

    # ---- names and strings ----------------------------------------------------------------

    def name_or_string(self, start: int) -> None:
        src = self.source
        pos = start
        non_ascii = False
        while True:
            c = src[pos]
            if c in ASCII_NAME_CHARS:
                pos += 1
            elif c >= "\x80":
                non_ascii = True
                pos += 1
            else:
                break
        if (c == "'" or c == '"') and pos - start <= 2:
            prefix = src[start:pos].lower()
            if prefix in STRING_PREFIXES:
                self.string(start, pos)
                return
        self.pos = pos
        if non_ascii:
            self.verify_identifier(start, pos)
        word = src[start:pos]
        kind = tk.KEYWORD_KINDS.get(word, tk.NAME)
        self.add(kind, start, pos)

    def verify_identifier(self, start: int, end: int) -> None:
        src = self.source
        i = start
        while i < end:
            cp = ord(src[i])
            if i == start:
                ok = unicodedb.is_identifier_start(cp)
            else:
                ok = unicodedb.is_identifier_continue(cp)
            if not ok:
                self.pos = i + 1
                hexcode = hex_digits(cp, 4, True)
                if unicodedb.is_printable(cp):
                    self.fail_here("invalid character '%s' (U+%s)" % (src[i], hexcode))
                self.fail_here("invalid non-printable character U+%s" % hexcode)
            i += 1

    def string(self, start: int, quote_pos: int) -> None:
        """A string literal whose prefix starts at `start` and whose quote is at `quote_pos`."""
        src = self.source
        n = len(src)
        quote = src[quote_pos]
        first_lineno = self.lineno
        first_line_start = self.line_start
        pos = quote_pos + 1
        quote_size = 1
        if starts_at(src, quote + quote, quote_pos):
            if pos + 1 < n and src[pos + 1] == quote:
                quote_size = 3
                pos = quote_pos + 3
            else:
                # the empty string
                self.pos = quote_pos + 2
                self.add(tk.STRING, start, self.pos)
                return
        while True:
            if pos >= n:
                self.at_end = True
                self.unterminated(start, first_lineno, first_line_start, quote_size)
            c = src[pos]
            if c == quote:
                if quote_size == 1:
                    pos += 1
                    break
                if starts_at(src, quote + quote + quote, pos):
                    pos += 3
                    break
                pos += 1
            elif c == "\n":
                if quote_size == 1:
                    self.unterminated(start, first_lineno, first_line_start, quote_size)
                pos += 1
                self.new_line(True)
                self.line_start = pos
            elif c == "\\":
                pos += 1
                if pos < n and src[pos] == "\n":
                    self.new_line(True)
                    self.line_start = pos + 1
                pos += 1
            else:
                pos += 1
        self.pos = pos
        if self.lineno == first_lineno:
            self.add(tk.STRING, start, pos)
            return
        col = self.byte_col(start, first_line_start)
        end_col = self.byte_col(pos, self.line_start)
        self.tokens.append(Token(tk.STRING, src[start:pos], first_lineno, col, self.lineno, end_col))

    def unterminated(self, start: int, first_lineno: int, first_line_start: int, quote_size: int) -> None:
        detected = self.lineno
        if self.pos >= len(self.source) or self.at_end:
            # at the end of the input CPython's line count has not passed the final newline
            detected = self.lineno - 1
        if quote_size == 1:
            msg = "unterminated string literal (detected at line %d)" % detected
        else:
            msg = "unterminated triple-quoted string literal (detected at line %d)" % detected
        self.lineno = first_lineno
        self.line_start = first_line_start
        offset = start - first_line_start + 1
        self.fail(msg, offset)

    # ---- numbers --------------------------------------------------------------------------

    def number(self, start: int) -> None:
        src = self.source
        pos = start
        c = src[pos]
        if c == "0" and pos + 1 < len(src) and src[pos + 1] in "xXoObB":
            self.prefixed_number(start)
            return
        if c == "0":
            # zeros, maybe with underscores; a nonzero digit after them is an old-style octal
            pos = start
            while True:
                c = src[pos]
                if c == "_":
                    pos += 1
                    if src[pos] not in DIGITS:
                        self.pos = pos
                        self.fail_here("invalid decimal literal")
                    c = src[pos]
                if c != "0":
                    break
                pos += 1
            zeros_end = pos
            nonzero = False
            if c in DIGITS:
                nonzero = True
                pos = self.decimal_tail(pos)
                c = src[pos]
            if c == ".":
                self.fraction(start, pos + 1)
                return
            if c == "e" or c == "E":
                self.exponent(start, pos)
                return
            if c == "j" or c == "J":
                self.imaginary(start, pos)
                return
            if nonzero:
                self.pos = pos
                self.fail("leading zeros in decimal integer literals are not permitted; "
                          "use an 0o prefix for octal integers", start - self.line_start + 1,
                          zeros_end - self.line_start + 1)
            self.end_number(start, pos, "decimal")
            return
        if c == ".":
            self.fraction(start, pos + 1)
            return
        pos = self.decimal_tail(pos)
        c = src[pos]
        if c == ".":
            self.fraction(start, pos + 1)
        elif c == "e" or c == "E":
            self.exponent(start, pos)
        elif c == "j" or c == "J":
            self.imaginary(start, pos)
        else:
            self.end_number(start, pos, "decimal")

    def decimal_tail(self, pos: int) -> int:
        """Digits with single underscores between them, starting at a digit; returns the end."""
        src = self.source
        while True:
            while src[pos] in DIGITS:
                pos += 1
            if src[pos] != "_":
                return pos
            pos += 1
            if src[pos] not in DIGITS:
                self.pos = pos
                self.fail_here("invalid decimal literal")

    def fraction(self, start: int, pos: int) -> None:
        """After the '.' of a float (pos is just after it)."""
        src = self.source
        if src[pos] in DIGITS:
            pos = self.decimal_tail(pos)
        c = src[pos]
        if c == "e" or c == "E":
            self.exponent(start, pos)
        elif c == "j" or c == "J":
            self.imaginary(start, pos)
        else:
            self.end_number(start, pos, "decimal")

    def exponent(self, start: int, epos: int) -> None:
        src = self.source
        pos = epos + 1
        c = src[pos]
        if c == "+" or c == "-":
            pos += 1
            if src[pos] not in DIGITS:
                self.pos = pos
                self.fail_here("invalid decimal literal")
        elif c not in DIGITS:
            # '1e' followed by something else: the number ends before the 'e'
            self.check_number_end(epos, "decimal")
            self.finish_number(start, epos)
            return
        pos = self.decimal_tail(pos)
        c = src[pos]
        if c == "j" or c == "J":
            self.imaginary(start, pos)
        else:
            self.end_number(start, pos, "decimal")

    def imaginary(self, start: int, jpos: int) -> None:
        self.end_number(start, jpos + 1, "imaginary")

    def prefixed_number(self, start: int) -> None:
        src = self.source
        letter = src[start + 1].lower()
        pos = start + 2
        if letter == "x":
            kind = "hexadecimal"
            valid = HEXDIGITS
        elif letter == "o":
            kind = "octal"
            valid = "01234567"
        else:
            kind = "binary"
            valid = "01"
        while True:
            if src[pos] == "_":
                pos += 1
            c = src[pos]
            if c not in valid:
                if kind != "hexadecimal" and c in DIGITS:
                    self.pos = pos + 1
                    self.fail_here("invalid digit '%s' in %s literal" % (c, kind))
                self.pos = pos
                self.fail_here("invalid %s literal" % kind)
            while src[pos] in valid:
                pos += 1
            if src[pos] != "_":
                break
        if kind != "hexadecimal" and src[pos] in DIGITS:
            self.pos = pos + 1
            self.fail_here("invalid digit '%s' in %s literal" % (src[pos], kind))
        self.end_number(start, pos, kind)

    def check_number_end(self, pos: int, kind: str) -> None:
        """CPython's verify_end_of_number: a letter right after a number is an error, except
        the keywords that may follow a number in valid code (`1if x else y`)."""
        src = self.source
        c = src[pos]
        if (starts_at(src, "and", pos) or starts_at(src, "else", pos) or starts_at(src, "for", pos)
                or starts_at(src, "if", pos) or starts_at(src, "in", pos) or starts_at(src, "is", pos)
                or starts_at(src, "or", pos) or starts_at(src, "not", pos)):
            return
        if c in ASCII_NAME_CHARS or c >= "\x80":
            self.pos = pos
            self.fail_here("invalid %s literal" % kind)

    def end_number(self, start: int, pos: int, kind: str) -> None:
        self.check_number_end(pos, kind)
        self.finish_number(start, pos)

    def finish_number(self, start: int, end: int) -> None:
        self.pos = end
        self.add(tk.NUMBER, start, end)

    # ---- operators and brackets -----------------------------------------------------------

    def operator(self, pos: int) -> None:
        src = self.source
        three = src[pos:pos + 3]
        kind = tk.OPERATOR_KINDS.get(three, -1)
        length = 3
        if kind < 0:
            length = 2
            kind = tk.OPERATOR_KINDS.get(three[:2], -1)
            if three[:2] == "<>":
                kind = tk.UNKNOWN  # CPython reads Barry's '<>' as one token, then rejects it
        if kind < 0:
            length = 1
            kind = tk.OPERATOR_KINDS.get(three[:1], -1)
        if kind < 0:
            kind = tk.UNKNOWN  # no rule accepts it: "invalid syntax" at this character
        c = src[pos]
        if c in OPENING:
            if len(self.paren_chars) >= MAXLEVEL:
                self.pos = pos + 1
                self.fail_here("too many nested parentheses")
            self.paren_chars.append(c)
            self.paren_linenos.append(self.lineno)
            self.paren_cols.append(pos - self.line_start)
        elif c in CLOSING:
            if not self.paren_chars:
                self.pos = pos + 1
                self.fail_here("unmatched '%s'" % c)
            top = len(self.paren_chars) - 1
            opening = self.paren_chars[top]
            if OPENING.find(opening) != CLOSING.find(c):
                self.pos = pos + 1
                opening_line = self.paren_linenos[top]
                self.paren_chars.pop()
                self.paren_linenos.pop()
                self.paren_cols.pop()
                if opening_line != self.lineno:
                    self.fail_here("closing parenthesis '%s' does not match opening parenthesis '%s' on line %d"
                                   % (c, opening, opening_line))
                self.fail_here("closing parenthesis '%s' does not match opening parenthesis '%s'" % (c, opening))
            self.paren_chars.pop()
            self.paren_linenos.pop()
            self.paren_cols.pop()
        self.add(kind, pos, pos + length)
        self.pos = pos + length


def tokenize(source: str, filename: str = "<string>") -> list[Token]:
    """Tokenize `source`; a lexical error ends the list with an ERRORTOKEN (see Tokenizer.error)."""
    return Tokenizer(source, filename).tokenize()
