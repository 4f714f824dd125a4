"""SyntaxError as the tokenizer and parser report it: CPython's fields (msg, filename, lineno,
offset, text, end_lineno, end_offset) and class (SyntaxError, IndentationError or TabError).
"""

from __future__ import annotations

SYNTAX_ERROR = "SyntaxError"
# a position field CPython leaves as None (-1 and 0 are real values there)
NO_POSITION = -(2 ** 31)
INDENTATION_ERROR = "IndentationError"
TAB_ERROR = "TabError"


class PySyntaxError(Exception):
    """A syntax error in Python source, with CPython's fields.

    `offset` and `end_offset` are 1-based character columns (as in CPython's SyntaxError);
    `text` is the source line (None when unknown); `kind` names the Python exception class.
    NO_POSITION in lineno/offset/end_lineno/end_offset stands for CPython's None.
    """

    def __init__(self, msg: str, filename: str, lineno: int, offset: int, text: str | None,
                 end_lineno: int, end_offset: int, kind: str = SYNTAX_ERROR) -> None:
        self.msg = msg
        self.filename = filename
        self.lineno = lineno
        self.offset = offset
        self.text = text
        self.end_lineno = end_lineno
        self.end_offset = end_offset
        self.kind = kind

    def __str__(self) -> str:
        return "%s (%s, line %d)" % (self.msg, self.filename, self.lineno)

    def format(self) -> str:
        """The lines CPython's traceback module prints for this error (file and line, the text,
        carets under the offending part, "Kind: message")."""
        lines: list[str] = []
        suffix = ""
        if self.lineno != NO_POSITION:
            lines.append('  File "%s", line %d\n' % (self.filename, self.lineno))
        else:
            suffix = " (%s)" % self.filename
        text = self.text
        if text is not None:
            stop = len(text)
            while stop > 0 and text[stop - 1] == "\n":
                stop -= 1
            spaces = 0
            while spaces < stop and (text[spaces] == " " or text[spaces] == "\n" or text[spaces] == "\f"):
                spaces += 1
            shown = text[spaces:stop]
            lines.append("    %s\n" % shown)
            if self.offset != NO_POSITION:
                offset = self.offset
                end_offset = self.end_offset
                if end_offset == NO_POSITION or end_offset == 0:
                    end_offset = offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # whitespace such as tabs is kept so that the carets line up
                    pieces: list[str] = []
                    for ch in shown[:colno]:
                        if ch.isspace():
                            pieces.append(ch)
                        else:
                            pieces.append(" ")
                    lines.append("    %s%s\n" % ("".join(pieces), "^" * (end_colno - colno)))
        lines.append("%s: %s%s\n" % (self.kind, self.msg, suffix))
        return "".join(lines)


def hex_digits(value: int, width: int, upper: bool) -> str:
    """`value` in hexadecimal with at least `width` digits (what "%04X" or "%02x" would give)."""
    digits = "0123456789abcdef"
    if upper:
        digits = "0123456789ABCDEF"
    pieces: list[str] = []
    while value > 0 or len(pieces) < width:
        pieces.append(digits[value % 16])
        value = value // 16
    pieces.reverse()
    return "".join(pieces)


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def utf8_char_len(code: int) -> int:
    if code < 0x80:
        return 1
    if code < 0x800:
        return 2
    if code < 0x10000:
        return 3
    return 4


def char_col(line: str, byte_col: int) -> int:
    """The character index in `line` of UTF-8 byte offset `byte_col` (both 0-based; offsets past
    the end of the line count one character per byte, as for the newline)."""
    if byte_col <= 0:
        return byte_col
    total = 0
    i = 0
    while i < len(line) and total < byte_col:
        total += utf8_char_len(ord(line[i]))
        i += 1
    if total < byte_col:
        i += byte_col - total
    return i
