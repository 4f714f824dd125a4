"""The reader: R7RS lexical syntax (7.1.1) from text to data, with line:column positions.

Lists are built with an explicit stack (no Python recursion on nesting depth), so `read` works on
any input; datum labels (#n= / #n#) are resolved with placeholders patched after the datum is read.
"""

from __future__ import annotations

from languages.scheme.numbers import W_Fixnum
from languages.scheme.numformat import is_ascii_digit, looks_like_complex, parse_number
from languages.scheme.objects import (
    EOF,
    NIL,
    W_FALSE,
    W_TRUE,
    SourcePos,
    W_Bytevector,
    W_Char,
    W_Object,
    W_Pair,
    W_SourcePair,
    W_Symbol,
    W_Vector,
    make_string,
    sym,
)
from languages.scheme.unicode import foldcase_string, is_white_space

CHAR_NAMES = {
    "alarm": 7, "backspace": 8, "delete": 127, "escape": 27, "newline": 10, "null": 0,
    "return": 13, "space": 32, "tab": 9, "nul": 0, "linefeed": 10, "altmode": 27,
    "rubout": 127, "page": 12,
}

STRING_ESCAPES = {"a": "\a", "b": "\b", "t": "\t", "n": "\n", "r": "\r", '"': '"', "\\": "\\",
                  "|": "|", "0": "\0"}

QUOTE = sym("quote")
QUASIQUOTE = sym("quasiquote")
UNQUOTE = sym("unquote")
UNQUOTE_SPLICING = sym("unquote-splicing")


class ReadError(Exception):
    """Malformed input; `incomplete` is set when the text ended inside a datum."""

    def __init__(self, message: str, pos: SourcePos, incomplete: bool) -> None:
        self.reason = message
        self.pos = pos
        self.incomplete = incomplete


class TopForm:
    """A top-level datum of a program and where it starts."""

    def __init__(self, form: W_Object, pos: SourcePos) -> None:
        self.form = form
        self.pos = pos


class W_Placeholder(W_Object):
    """Stands for a datum label (#n#) whose datum is still being read."""

    def __init__(self, label: int, pos: SourcePos) -> None:
        self.label = label
        self.pos = pos
        self.target: W_Object | None = None


# kinds of pending constructions on the reader's stack
LIST, VECTOR, BYTEVECTOR, ABBREV, LABEL, SKIP = range(6)


class Pending:
    def __init__(self, kind: int, pos: SourcePos, close: str) -> None:
        self.kind = kind
        self.pos = pos
        self.close = close              # the closing bracket expected for lists
        self.items: list[W_Object] = []
        self.tail: W_Object | None = None
        self.dot_seen = False
        self.symbol: W_Symbol | None = None   # for quote abbreviations
        self.label = -1

    def is_sequence(self) -> bool:
        return self.kind == LIST or self.kind == VECTOR or self.kind == BYTEVECTOR


def is_space(c: str) -> bool:
    return is_white_space(ord(c))


def is_delimiter(c: str) -> bool:
    return is_space(c) or c == "(" or c == ")" or c == '"' or c == ";" or c == "|" or c == "[" or c == "]"


class Reader:
    def __init__(self, text: str, filename: str, positions: bool = True, start: int = 0) -> None:
        self.text = text
        self.filename = filename
        self.positions = positions
        self.index = start
        self.line = 1
        self.line_start = 0
        self.fold_case = False
        self.labels: dict[int, W_Object] = {}
        self.placeholders: list[W_Placeholder] = []

    # ---- characters and positions -------------------------------------------------------------

    def here(self) -> SourcePos:
        return SourcePos(self.filename, self.line, self.index - self.line_start + 1)

    def error(self, message: str, pos: SourcePos | None = None) -> ReadError:
        if pos is None:
            pos = self.here()
        return ReadError(message, pos, False)

    def incomplete(self, message: str, pos: SourcePos) -> ReadError:
        return ReadError(message, pos, True)

    def at_end(self) -> bool:
        return self.index >= len(self.text)

    def peek(self) -> str:
        if self.index >= len(self.text):
            return ""
        return self.text[self.index]

    def peek_at(self, offset: int) -> str:
        i = self.index + offset
        if i >= len(self.text):
            return ""
        return self.text[i]

    def advance(self) -> str:
        c = self.text[self.index]
        self.index += 1
        if c == "\n":
            self.line += 1
            self.line_start = self.index
        return c

    # ---- whitespace and comments --------------------------------------------------------------

    def skip_atmosphere(self) -> None:
        """Skip whitespace, ; comments and #| |# comments (not #; which needs a datum)."""
        while not self.at_end():
            c = self.peek()
            if is_space(c):
                self.advance()
            elif c == ";":
                while not self.at_end() and self.peek() != "\n":
                    self.advance()
            elif c == "#" and self.peek_at(1) == "|":
                self.skip_block_comment()
            else:
                return

    def skip_block_comment(self) -> None:
        start = self.here()
        self.advance()
        self.advance()
        depth = 1
        while depth > 0:
            if self.at_end():
                raise self.incomplete("unterminated #| comment", start)
            c = self.advance()
            if c == "|" and self.peek() == "#":
                self.advance()
                depth -= 1
            elif c == "#" and self.peek() == "|":
                self.advance()
                depth += 1

    # ---- datums -------------------------------------------------------------------------------

    def read(self) -> W_Object:
        """The next datum, or EOF when only atmosphere is left."""
        self.placeholders = []
        value = self.read_datum()
        if len(self.placeholders) > 0:
            value = self.patch_labels(value)
        return value

    def read_all(self) -> list[W_Object]:
        forms: list[W_Object] = []
        while True:
            form = self.read()
            if form is EOF:
                return forms
            forms.append(form)

    def read_program(self) -> list[TopForm]:
        """All data, each with the position where it starts (also for atoms)."""
        forms: list[TopForm] = []
        while True:
            self.skip_atmosphere()
            pos = self.here()
            form = self.read()
            if form is EOF:
                return forms
            forms.append(TopForm(form, pos))

    def read_datum(self) -> W_Object:
        stack: list[Pending] = []
        while True:
            self.skip_atmosphere()
            pos = self.here()
            if self.at_end():
                if len(stack) == 0:
                    return EOF
                top = stack[len(stack) - 1]
                raise self.incomplete("unexpected end of input in datum started here", top.pos)
            c = self.peek()
            value: W_Object = NIL
            if c == "(" or c == "[":
                self.advance()
                stack.append(Pending(LIST, pos, ")" if c == "(" else "]"))
                continue
            elif c == ")" or c == "]":
                self.advance()
                if len(stack) == 0 or not stack[len(stack) - 1].is_sequence():
                    raise self.error("unexpected '%s'" % c, pos)
                top = stack.pop()
                if top.close != c:
                    raise self.error("'%s' closes a list opened with the other bracket" % c, pos)
                value = self.finish(top, pos)
            elif c == "'" or c == "`" or c == ",":
                self.advance()
                entry = Pending(ABBREV, pos, "")
                if c == "'":
                    entry.symbol = QUOTE
                elif c == "`":
                    entry.symbol = QUASIQUOTE
                elif self.peek() == "@":
                    self.advance()
                    entry.symbol = UNQUOTE_SPLICING
                else:
                    entry.symbol = UNQUOTE
                stack.append(entry)
                continue
            elif c == "#":
                hashed = self.read_hash(stack, pos)
                if hashed is None:
                    continue
                value = hashed
            elif c == '"':
                value = self.read_string(pos)
            elif c == "|":
                value = self.read_bar_symbol(pos)
            else:
                token = self.read_token()
                if token == ".":
                    if len(stack) == 0 or stack[len(stack) - 1].kind != LIST:
                        raise self.error("unexpected '.'", pos)
                    top = stack[len(stack) - 1]
                    if top.dot_seen or len(top.items) == 0:
                        raise self.error("bad use of '.' in a list", pos)
                    top.dot_seen = True
                    continue
                value = self.parse_atom(token, pos)
            # deliver the finished value to the innermost pending construction
            while True:
                if len(stack) == 0:
                    return value
                top = stack[len(stack) - 1]
                if top.kind == ABBREV:
                    stack.pop()
                    symbol = top.symbol
                    assert symbol is not None
                    value = self.make_pair(symbol, W_Pair(value, NIL), top.pos)
                    continue
                if top.kind == LABEL:
                    stack.pop()
                    self.labels[top.label] = value
                    continue
                if top.kind == SKIP:
                    stack.pop()
                    break
                if top.kind == LIST and top.dot_seen:
                    if top.tail is not None:
                        raise self.error("more than one datum after '.'", pos)
                    top.tail = value
                    break
                if top.kind == BYTEVECTOR:
                    if not isinstance(value, W_Fixnum) or not 0 <= value.intval <= 255:
                        raise self.error("a bytevector holds exact integers 0..255", pos)
                top.items.append(value)
                break

    def make_pair(self, car: W_Object, cdr: W_Object, pos: SourcePos) -> W_Pair:
        if self.positions:
            return W_SourcePair(car, cdr, pos)
        return W_Pair(car, cdr)

    def finish(self, entry: Pending, close_pos: SourcePos) -> W_Object:
        if entry.kind == VECTOR:
            return W_Vector(entry.items)
        if entry.kind == BYTEVECTOR:
            data: list[int] = []
            for item in entry.items:
                assert isinstance(item, W_Fixnum)
                data.append(item.intval)
            return W_Bytevector(data)
        if entry.dot_seen and entry.tail is None:
            raise self.error("a datum must follow '.'", close_pos)
        result = entry.tail
        if result is None:
            result = NIL
        n = len(entry.items)
        if n == 0:
            return result
        i = n - 1
        while i > 0:
            result = W_Pair(entry.items[i], result)
            i -= 1
        return self.make_pair(entry.items[0], result, entry.pos)

    def read_hash(self, stack: list[Pending], pos: SourcePos) -> W_Object | None:
        """Syntax starting with '#'. Returns None when it only pushed a pending construction."""
        nxt = self.peek_at(1)
        if nxt == "(":
            self.advance()
            self.advance()
            stack.append(Pending(VECTOR, pos, ")"))
            return None
        if nxt == ";":
            self.advance()
            self.advance()
            stack.append(Pending(SKIP, pos, ""))
            return None
        if nxt == "\\":
            self.advance()
            self.advance()
            return self.read_char(pos)
        if nxt == "!":
            token = self.read_token()
            if token == "#!fold-case":
                self.fold_case = True
            elif token == "#!no-fold-case":
                self.fold_case = False
            elif token == "#!eof":
                return EOF
            elif token == "#!default" or token == "#!unspecific":
                pass
            else:
                raise self.error("unknown directive " + token, pos)
            return None
        if is_ascii_digit(nxt):
            return self.read_label(stack, pos)
        token = self.read_token()
        lowered = token.lower()
        if lowered == "#u8" and self.peek() == "(":
            self.advance()
            stack.append(Pending(BYTEVECTOR, pos, ")"))
            return None
        if lowered == "#t" or lowered == "#true":
            return W_TRUE
        if lowered == "#f" or lowered == "#false":
            return W_FALSE
        number = self.parse_number_token(token, pos)
        if number is not None:
            return number
        raise self.error("bad syntax " + token, pos)

    def read_label(self, stack: list[Pending], pos: SourcePos) -> W_Object | None:
        self.advance()
        label = 0
        while is_ascii_digit(self.peek()):
            label = label * 10 + (ord(self.advance()) - ord("0"))
            if label > 1000000:
                raise self.error("datum label too large", pos)
        c = self.peek()
        if c == "=":
            self.advance()
            entry = Pending(LABEL, pos, "")
            entry.label = label
            stack.append(entry)
            return None
        if c == "#":
            self.advance()
            value = self.labels.get(label, None)
            if value is not None:
                return value
            for entry in stack:
                if entry.kind == LABEL and entry.label == label:
                    holder = W_Placeholder(label, pos)
                    self.placeholders.append(holder)
                    return holder
            raise self.error("undefined datum label #%d#" % label, pos)
        raise self.error("bad syntax after '#%d'" % label, pos)

    def read_token(self) -> str:
        start = self.index
        while not self.at_end() and not is_delimiter(self.peek()):
            self.advance()
        return self.text[start:self.index]

    def parse_number_token(self, token: str, pos: SourcePos) -> W_Object | None:
        try:
            return parse_number(token, 10)
        except Exception:
            raise self.error("bad number " + token, pos) from None

    def parse_atom(self, token: str, pos: SourcePos) -> W_Object:
        number = self.parse_number_token(token, pos)
        if number is not None:
            return number
        if looks_like_complex(token):
            raise self.error("complex numbers are not supported: " + token, pos)
        if self.fold_case:
            token = foldcase_string(token)
        return sym(token)

    def read_char(self, pos: SourcePos) -> W_Object:
        if self.at_end():
            raise self.incomplete("end of input in a character", pos)
        first = self.advance()
        start = self.index
        while not self.at_end() and not is_delimiter(self.peek()):
            self.advance()
        rest = self.text[start:self.index]
        if rest == "":
            return W_Char(ord(first))
        name = first + rest
        if self.fold_case:
            name = name.lower()
        code = CHAR_NAMES.get(name, -1)
        if code < 0:
            code = CHAR_NAMES.get(name.lower(), -1)
        if code >= 0:
            return W_Char(code)
        if (first == "x" or first == "X") and len(rest) <= 8:
            value = parse_hex(rest)
            if value >= 0 and valid_scalar(value):
                return W_Char(value)
        raise self.error("unknown character name #\\" + name, pos)

    def read_string(self, pos: SourcePos) -> W_Object:
        self.advance()
        chars: list[str] = []
        while True:
            if self.at_end():
                raise self.incomplete("unterminated string", pos)
            c = self.advance()
            if c == '"':
                return make_string("".join(chars))
            if c == "\\":
                chars.append(self.read_escape(pos))
            else:
                chars.append(c)

    def read_escape(self, pos: SourcePos) -> str:
        if self.at_end():
            raise self.incomplete("unterminated string", pos)
        # report escapes at their backslash, one column back
        here = SourcePos(self.filename, self.line, self.index - self.line_start)
        c = self.advance()
        mapped = STRING_ESCAPES.get(c, "")
        if mapped != "":
            return mapped
        if c == "x" or c == "X":
            start = self.index
            while not self.at_end() and self.peek() != ";" and self.index - start < 9:
                self.advance()
            digits = self.text[start:self.index]
            if self.peek() != ";":
                raise self.error("a \\x escape needs a closing ';'", here)
            self.advance()
            value = parse_hex(digits)
            if value < 0 or not valid_scalar(value):
                raise self.error("bad \\x escape \\x%s;" % digits, here)
            return chr(value)
        if c == " " or c == "\t" or c == "\n" or c == "\r":
            # line continuation: \ <intraline whitespace>* <newline> <intraline whitespace>*
            seen_newline = c == "\n"
            while not self.at_end() and (self.peek() == " " or self.peek() == "\t" or self.peek() == "\r"):
                self.advance()
            if not seen_newline:
                if self.peek() != "\n":
                    raise self.error("backslash followed by spaces must end the line", here)
                self.advance()
            while not self.at_end() and (self.peek() == " " or self.peek() == "\t"):
                self.advance()
            return ""
        raise self.error("unknown string escape \\" + c, here)

    def read_bar_symbol(self, pos: SourcePos) -> W_Object:
        self.advance()
        chars: list[str] = []
        while True:
            if self.at_end():
                raise self.incomplete("unterminated |symbol|", pos)
            c = self.advance()
            if c == "|":
                return sym("".join(chars))
            if c == "\\":
                chars.append(self.read_escape(pos))
            else:
                chars.append(c)

    # ---- datum labels -------------------------------------------------------------------------

    def patch_labels(self, root: W_Object) -> W_Object:
        """Replace every placeholder inside `root` by its label's datum (iteratively, cycles allowed)."""
        for holder in self.placeholders:
            holder.target = self.labels.get(holder.label, None)
            if isinstance(holder.target, W_Placeholder):
                raise self.error("datum label #%d# refers only to itself" % holder.label, holder.pos)
        root = resolve_placeholder(root)
        seen: dict[W_Object, bool] = {}
        todo: list[W_Object] = [root]
        while len(todo) > 0:
            obj = todo.pop()
            if obj in seen:
                continue
            seen[obj] = True
            if isinstance(obj, W_Pair):
                obj.car = resolve_placeholder(obj.car)
                obj.cdr = resolve_placeholder(obj.cdr)
                todo.append(obj.car)
                todo.append(obj.cdr)
            elif isinstance(obj, W_Vector):
                for i in range(len(obj.items)):
                    obj.items[i] = resolve_placeholder(obj.items[i])
                    todo.append(obj.items[i])
        return root


def resolve_placeholder(value: W_Object) -> W_Object:
    while isinstance(value, W_Placeholder):
        target = value.target
        if target is None:
            return NIL
        if target is value:
            return NIL
        value = target
    return value


def parse_hex(digits: str) -> int:
    if digits == "" or len(digits) > 8:
        return -1
    value = 0
    for c in digits.lower():
        d = "0123456789abcdef".find(c)
        if d < 0:
            return -1
        value = value * 16 + d
    return value


def valid_scalar(code: int) -> bool:
    return 0 <= code <= 0x10FFFF and not (0xD800 <= code <= 0xDFFF)


def read_all_text(text: str, filename: str) -> list[W_Object]:
    return Reader(text, filename).read_all()
