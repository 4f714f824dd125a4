"""The errors a language reports to its user: `LanguageError` (kind, message, position) and
`ProgramExit` (the program asked to stop with a status). `kit.interp.Language` formats and counts them.
"""

from __future__ import annotations

from kit.rlib.parsing import ParsingError, SourceError, SourcePosition, Token


class LanguageError(Exception):
    """An error in the user's program, shown as `FILE:LINE:COL: Kind: message`.

    `kind` is the language's name for the error ("SyntaxError", "TypeError", "NameError", ...).
    Line and column are 1-based; 0 means "not known yet": the bytecode interpreter fills them in from
    the line table of the instruction that raised. `incomplete` marks a syntax error at the very end of
    the input, which tells the REPL to read another line instead of reporting it.
    """

    def __init__(self, kind: str, message: str, line: int = 0, column: int = 0) -> None:
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.incomplete = False

    def has_position(self) -> bool:
        return self.line > 0

    def set_position(self, line: int, column: int) -> None:
        """Record where the error happened, unless a more precise place is already known."""
        if self.line <= 0:
            self.line = line
            self.column = column

    def format(self, filename: str) -> str:
        """The one-line report: `FILE:LINE:COL: Kind: message` (without LINE:COL when unknown)."""
        where = filename
        if self.line > 0:
            where = "%s:%d" % (filename, self.line)
            if self.column > 0:
                where = "%s:%d" % (where, self.column)
        return "%s: %s: %s" % (where, self.kind, self.message)

    def __str__(self) -> str:
        return self.format("<input>")


def error_at(kind: str, message: str, position: SourcePosition | None) -> LanguageError:
    """A LanguageError at a token's SourcePosition (kit.rlib.parsing), if there is one."""
    if position is None:
        return LanguageError(kind, message)
    return LanguageError(kind, message, position.lineno, position.colno)


class ProgramExit(Exception):
    """Raised by a language's `exit` primitive: stop the program with this exit status."""

    status = 0      # a class default: the translator needs a value even if a language never raises it

    def __init__(self, status: int) -> None:
        self.status = status


# Workaround for an annotator limitation: the attributes of a caught exception's class get their
# types only from instances the program creates, so a language that never uses kit's parser (and so
# never raises ParsingError) would fail to translate `syntax_error`. This prebuilt example supplies
# the types; it never reaches `syntax_error` at run time.
TYPE_EXAMPLE = ParsingError("", SourcePosition(0, 1, 1), Token("$end", "", SourcePosition(0, 1, 1)), [])


def syntax_error(error: SourceError) -> LanguageError:
    """A LexerError or ParsingError of kit's lexer/parser as the language's SyntaxError."""
    if error is TYPE_EXAMPLE:
        return LanguageError("SyntaxError", "")
    position = error.getsourcepos()
    result = LanguageError("SyntaxError", error.message, position.lineno, position.colno)
    if isinstance(error, ParsingError) and error.token.gettokentype() == "$end":
        result.incomplete = True
    return result



class UsageError(Exception):
    """A bad command line (unknown option, missing value): reported with a hint, exit status 2."""

    def __init__(self, message: str) -> None:
        self.message = message
