"""Tokens, source positions and the boxes parsers pass around (RPython; API-compatible with rply).

A Token is a BaseBox, so a parser's value stack holds tokens and the boxes its productions build.
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython


class BaseBox:
    """Base class of every value a parser keeps on its stack: tokens and what productions return.

    RPython wants one type per list item and per function result, so every production of a grammar
    returns an instance of (a subclass of) one box class derived from this one.
    """


class SourcePosition:
    """Where a token starts: `idx` is the 0-based offset, `lineno` and `colno` are 1-based."""

    def __init__(self, idx: int, lineno: int, colno: int) -> None:
        self.idx = idx
        self.lineno = lineno
        self.colno = colno

    @not_rpython
    def __repr__(self) -> str:
        return f"SourcePosition(idx={self.idx}, lineno={self.lineno}, colno={self.colno})"


class Token(BaseBox):
    """A piece of source text: its type `name` (a rule name), the matched text and its position."""

    def __init__(self, name: str, value: str, source_pos: SourcePosition | None = None) -> None:
        self.name = name
        self.value = value
        self.source_pos = source_pos

    def gettokentype(self) -> str:
        return self.name

    def getstr(self) -> str:
        return self.value

    def getsourcepos(self) -> SourcePosition | None:
        return self.source_pos

    @not_rpython
    def __repr__(self) -> str:
        return f"Token({self.name!r}, {self.value!r})"


class SourceError(Exception):
    """An error at a place in the source text: the base of LexerError and ParsingError.

    Catching both at once gives a SourceError, whose `message` and `getsourcepos()` work for either.
    """

    def __init__(self, message: str, source_pos: SourcePosition) -> None:
        self.message = message
        self.source_pos = source_pos

    def getsourcepos(self) -> SourcePosition:
        return self.source_pos

    def __str__(self) -> str:
        return "%s at line %d, column %d" % (self.message, self.source_pos.lineno, self.source_pos.colno)


class TokenSource:
    """What a parser reads tokens from: the lexer's TokenStream, a TokenList, or your own subclass."""

    def next_token(self) -> Token | None:
        """The next token, or None at the end of the input."""
        raise NotImplementedError

    def end_position(self) -> SourcePosition:
        """The position just after the last token (reported for errors at the end of the input)."""
        raise NotImplementedError


class TokenList(TokenSource):
    """A TokenSource over a list of tokens made some other way."""

    def __init__(self, tokens: list[Token], end: SourcePosition | None = None) -> None:
        self.tokens = tokens
        self.index = 0
        self.end = end

    def next_token(self) -> Token | None:
        if self.index >= len(self.tokens):
            return None
        token = self.tokens[self.index]
        self.index += 1
        return token

    def end_position(self) -> SourcePosition:
        if self.end is not None:
            return self.end
        if self.tokens:
            last = self.tokens[-1]
            pos = last.source_pos
            if pos is not None:
                # just after the last token (assuming it holds no newline)
                return SourcePosition(pos.idx + len(last.value), pos.lineno, pos.colno + len(last.value))
        return SourcePosition(0, 1, 1)
