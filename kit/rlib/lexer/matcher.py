"""The run-time half of the lexer generator: walks the DFA tables and produces tokens (RPython).

Longest match wins, ties go to the earlier rule; positions carry offset, line and column.
"""

from __future__ import annotations

from kit.rlib.lexer.token import SourceError, SourcePosition, Token, TokenSource


class LexerError(SourceError):
    """No rule matches at `source_pos`; `message` says which character was unexpected."""


def _hex4(code: int) -> str:
    digits = ("%x" % code).upper()
    while len(digits) < 4:
        digits = "0" + digits
    return digits


def describe_char(char: str) -> str:
    """A character as an error message shows it: quoted, with its code point when not plain ASCII."""
    code = ord(char)
    if code < 32 or code == 127:
        return "U+" + _hex4(code)
    if code < 128:
        return "'" + char + "'"
    return "'" + char + "' (U+" + _hex4(code) + ")"


class Lexer:
    """The tables of one DFA built by LexerGenerator.build(), and the names of its rules.

    A code point `c` belongs to class `ascii_classes[c]` below 128, else to `range_classes[i]` for the
    last `i` with `range_starts[i] <= c`. From state `s` on class `k` the DFA goes to
    `transitions[s * class_count + k]` (-1: no way on). `accepting[s]` is the rule a state accepts or -1.
    """

    _immutable_fields_ = ["rule_names[*]", "ignored[*]", "multiline[*]", "ascii_classes[*]",
                          "range_starts[*]", "range_classes[*]", "transitions[*]", "class_count",
                          "accepting[*]"]

    def __init__(self, rule_names: list[str], ignored: list[bool], multiline: list[bool],
                 ascii_classes: list[int], range_starts: list[int], range_classes: list[int],
                 transitions: list[int], class_count: int, accepting: list[int]) -> None:
        self.rule_names = rule_names
        self.ignored = ignored
        self.multiline = multiline
        self.ascii_classes = ascii_classes
        self.range_starts = range_starts
        self.range_classes = range_classes
        self.transitions = transitions
        self.class_count = class_count
        self.accepting = accepting

    def lex(self, text: str) -> TokenStream:
        """A stream of the tokens of `text`, made one at a time as the parser asks for them."""
        return TokenStream(self, text)

    def tokenize(self, text: str) -> list[Token]:
        """All tokens of `text` (ignored rules left out); raises LexerError at the first bad character."""
        stream = TokenStream(self, text)
        tokens = []
        while True:
            token = stream.next_token()
            if token is None:
                break
            tokens.append(token)
        return tokens

    def class_of(self, code: int) -> int:
        """The character class of a code point at or above 128 (a binary search over the ranges)."""
        starts = self.range_starts
        low = 0
        high = len(starts) - 1
        while low < high:
            middle = (low + high + 1) >> 1
            if starts[middle] <= code:
                low = middle
            else:
                high = middle - 1
        return self.range_classes[low]

    def longest_match(self, text: str, start: int) -> int:
        """The end of the longest match at `start`, times the rule count, plus its rule; -1 if none.

        (One int rather than a pair keeps this hot function free of allocation.)
        """
        transitions = self.transitions
        accepting = self.accepting
        ascii_classes = self.ascii_classes
        class_count = self.class_count
        rule_count = len(self.rule_names)
        length = len(text)
        state = 0
        best = -1
        i = start
        while i < length:
            code = ord(text[i])
            if code < 128:
                cls = ascii_classes[code]
            else:
                cls = self.class_of(code)
            state = transitions[state * class_count + cls]
            if state < 0:
                break
            i += 1
            rule = accepting[state]
            if rule >= 0:
                best = i * rule_count + rule
        return best


class TokenStream(TokenSource):
    """The tokens of one text, produced on demand; keeps the line and column as it goes."""

    def __init__(self, lexer: Lexer, text: str) -> None:
        self.lexer = lexer
        self.text = text
        self.pos = 0
        self.lineno = 1
        self.line_start = 0     # offset of the first character of the current line

    def next_token(self) -> Token | None:
        lexer = self.lexer
        text = self.text
        rule_count = len(lexer.rule_names)
        while self.pos < len(text):
            start = self.pos
            found = lexer.longest_match(text, start)
            if found < 0:
                raise LexerError("unexpected character " + describe_char(text[start]), self.position_of(start))
            end = found // rule_count
            rule = found % rule_count
            lineno = self.lineno
            colno = start - self.line_start + 1
            if lexer.multiline[rule]:
                self.count_lines(start, end)
            self.pos = end
            if not lexer.ignored[rule]:
                return Token(lexer.rule_names[rule], text[start:end], SourcePosition(start, lineno, colno))
        return None

    def position_of(self, offset: int) -> SourcePosition:
        """The position of `offset`, which lies on the current line."""
        return SourcePosition(offset, self.lineno, offset - self.line_start + 1)

    def count_lines(self, start: int, end: int) -> None:
        text = self.text
        for i in range(start, end):
            if text[i] == "\n":
                self.lineno += 1
                self.line_start = i + 1

    def end_position(self) -> SourcePosition:
        return self.position_of(self.pos)

    def __iter__(self) -> TokenStream:
        return self

    def __next__(self) -> Token:
        token = self.next_token()
        if token is None:
            raise StopIteration
        return token
