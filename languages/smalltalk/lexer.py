"""The SOM lexer: turns the text of a class file into a list of tokens with line and column.

Comments are double-quoted; strings single-quoted with backslash escapes; binary selectors are
runs of operator characters; `----` and longer runs of dashes separate the class side.
"""

from languages.smalltalk.errors import ParseError

# token kinds
T_EOF = 0
T_IDENT = 1  # foo, also `primitive`, `nil`, `self`...
T_KEYWORD = 2  # foo:
T_OPERATOR = 3  # + - ** <= | || ...
T_INTEGER = 4
T_DOUBLE = 5
T_STRING = 6
T_SYMBOL = 7  # #foo #foo:bar: #+ #'text'
T_ARRAY_START = 8  # #(
T_LPAREN = 9
T_RPAREN = 10
T_LBRACKET = 11
T_RBRACKET = 12
T_COLON = 13
T_ASSIGN = 14  # :=
T_CARET = 15
T_PERIOD = 16
T_SEPARATOR = 17  # ---- and longer
T_POUND = 18  # a lone '#' (an error wherever it appears)

KIND_NAMES = ["end of file", "identifier", "keyword", "operator", "integer", "double", "string",
              "symbol", "'#('", "'('", "')'", "'['", "']'", "':'", "':='", "'^'", "'.'", "'----'",
              "'#'"]

OPERATOR_CHARS = "~&|*/\\+=><,@%-"


class Token:
    def __init__(self, kind: int, text: str, line: int, column: int) -> None:
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column

    def describe(self) -> str:
        if self.kind == T_EOF:
            return "end of file"
        return "'%s'" % self.text


def is_operator_char(ch: str) -> bool:
    return OPERATOR_CHARS.find(ch) >= 0


def is_ident_start(ch: str) -> bool:
    return ch.isalpha() or ch == "_"


def is_ident_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def is_digit(ch: str) -> bool:
    return "0" <= ch <= "9"


class Lexer:
    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.pos = 0
        self.line = 1
        self.line_start = 0

    def error(self, message: str, line: int, column: int) -> ParseError:
        return ParseError(self.path, line, column, message)

    def column(self) -> int:
        return self.pos - self.line_start + 1

    def peek(self, offset: int) -> str:
        i = self.pos + offset
        if i < len(self.text):
            return self.text[i]
        return ""

    def advance(self) -> str:
        ch = self.text[self.pos]
        self.pos += 1
        if ch == "\n":
            self.line += 1
            self.line_start = self.pos
        return ch

    def skip_blanks_and_comments(self) -> None:
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch.isspace():
                self.advance()
            elif ch == '"':
                line = self.line
                column = self.column()
                self.advance()
                while True:
                    if self.pos >= len(self.text):
                        raise self.error("unterminated comment", line, column)
                    if self.advance() == '"':
                        break
            else:
                return

    def tokenize(self) -> list:
        tokens = []
        while True:
            token = self.next_token()
            tokens.append(token)
            if token.kind == T_EOF:
                return tokens

    def next_token(self) -> Token:
        self.skip_blanks_and_comments()
        line = self.line
        column = self.column()
        if self.pos >= len(self.text):
            return Token(T_EOF, "", line, column)
        ch = self.text[self.pos]
        if is_ident_start(ch):
            return self.lex_identifier(line, column)
        if is_digit(ch):
            return self.lex_number(line, column)
        if ch == "'":
            self.advance()
            return Token(T_STRING, self.lex_string_body(line, column), line, column)
        if ch == "#":
            return self.lex_pound(line, column)
        if ch == ":":
            self.advance()
            if self.peek(0) == "=":
                self.advance()
                return Token(T_ASSIGN, ":=", line, column)
            return Token(T_COLON, ":", line, column)
        if ch == "-" and self.peek(1) == "-" and self.peek(2) == "-" and self.peek(3) == "-":
            start = self.pos
            while self.peek(0) == "-":
                self.advance()
            return Token(T_SEPARATOR, self.text[start:self.pos], line, column)
        if is_operator_char(ch):
            start = self.pos
            while self.pos < len(self.text) and is_operator_char(self.text[self.pos]):
                self.advance()
            return Token(T_OPERATOR, self.text[start:self.pos], line, column)
        self.advance()
        if ch == "(":
            return Token(T_LPAREN, ch, line, column)
        if ch == ")":
            return Token(T_RPAREN, ch, line, column)
        if ch == "[":
            return Token(T_LBRACKET, ch, line, column)
        if ch == "]":
            return Token(T_RBRACKET, ch, line, column)
        if ch == "^":
            return Token(T_CARET, ch, line, column)
        if ch == ".":
            return Token(T_PERIOD, ch, line, column)
        raise self.error("unexpected character '%s'" % ch, line, column)

    def lex_identifier(self, line: int, column: int) -> Token:
        start = self.pos
        while self.pos < len(self.text) and is_ident_char(self.text[self.pos]):
            self.advance()
        # `foo:` is a keyword, but `foo:=` is an identifier followed by an assignment
        if self.peek(0) == ":" and self.peek(1) != "=":
            self.advance()
            return Token(T_KEYWORD, self.text[start:self.pos], line, column)
        return Token(T_IDENT, self.text[start:self.pos], line, column)

    def lex_number(self, line: int, column: int) -> Token:
        start = self.pos
        while self.pos < len(self.text) and is_digit(self.text[self.pos]):
            self.advance()
        if self.peek(0) == "." and is_digit(self.peek(1)):
            self.advance()
            while self.pos < len(self.text) and is_digit(self.text[self.pos]):
                self.advance()
            return Token(T_DOUBLE, self.text[start:self.pos], line, column)
        return Token(T_INTEGER, self.text[start:self.pos], line, column)

    def lex_string_body(self, line: int, column: int) -> str:
        """The characters up to the closing quote (the opening quote is already consumed)."""
        parts = []
        while True:
            if self.pos >= len(self.text):
                raise self.error("unterminated string", line, column)
            ch = self.advance()
            if ch == "'":
                return "".join(parts)
            if ch == "\\":
                if self.pos >= len(self.text):
                    raise self.error("unterminated string", line, column)
                parts.append(escaped_char(self.advance()))
            else:
                parts.append(ch)

    def lex_pound(self, line: int, column: int) -> Token:
        self.advance()  # '#'
        ch = self.peek(0)
        if ch == "(":
            self.advance()
            return Token(T_ARRAY_START, "#(", line, column)
        if ch == "'":
            self.advance()
            return Token(T_SYMBOL, self.lex_string_body(line, column), line, column)
        if is_ident_start(ch):
            # unary `#foo` or keyword sequence `#at:put:` (letters, digits, colons)
            start = self.pos
            while self.pos < len(self.text) and (is_ident_char(self.text[self.pos]) or self.text[self.pos] == ":"):
                self.advance()
            return Token(T_SYMBOL, self.text[start:self.pos], line, column)
        if is_operator_char(ch):
            start = self.pos
            while self.pos < len(self.text) and is_operator_char(self.text[self.pos]):
                self.advance()
            return Token(T_SYMBOL, self.text[start:self.pos], line, column)
        return Token(T_POUND, "#", line, column)


def escaped_char(ch: str) -> str:
    if ch == "t":
        return "\t"
    if ch == "b":
        return "\b"
    if ch == "n":
        return "\n"
    if ch == "r":
        return "\r"
    if ch == "f":
        return "\f"
    if ch == "0":
        return "\0"
    return ch  # \' and \\ and any other character stand for themselves


def tokenize(text: str, path: str) -> list:
    return Lexer(text, path).tokenize()
