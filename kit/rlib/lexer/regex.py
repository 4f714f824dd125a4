"""The regular-expression syntax of lexer rules, parsed into a small tree (import time only).

Supported: literals, `.`, classes `[a-z]` / `[^...]`, escapes, `|`, `* + ?`, `{m}`, `{m,}`, `{m,n}`, groups.
"""

from __future__ import annotations

from kit.rlib.lexer import charset
from kit.rlib.lexer.charset import Ranges
from kit.rlib.objectmodel import not_rpython

# Repeat counts above this would make the automaton huge; nobody needs them in a token rule.
MAX_REPEAT = 1000


@not_rpython
class RegexError(Exception):
    """A rule's regular expression is malformed or uses a feature a DFA cannot express."""

    def __init__(self, pattern: str, position: int, what: str) -> None:
        Exception.__init__(self, f"bad regex {pattern!r} at position {position}: {what}")
        self.pattern = pattern
        self.position = position
        self.what = what


# ---- the tree -------------------------------------------------------------------------------------

@not_rpython
class Node:
    def nullable(self) -> bool:
        """Whether the node matches the empty string."""
        raise NotImplementedError

    def code_points(self) -> Ranges:
        """Every code point that appears anywhere in the node."""
        raise NotImplementedError


@not_rpython
class Chars(Node):
    """One code point out of a set."""

    def __init__(self, ranges: Ranges) -> None:
        self.ranges = ranges

    def nullable(self) -> bool:
        return False

    def code_points(self) -> Ranges:
        return self.ranges

    def __repr__(self) -> str:
        return f"Chars({self.ranges})"


@not_rpython
class Sequence(Node):
    def __init__(self, items: list[Node]) -> None:
        self.items = items

    def nullable(self) -> bool:
        return all(item.nullable() for item in self.items)

    def code_points(self) -> Ranges:
        return charset.union(*[item.code_points() for item in self.items])

    def __repr__(self) -> str:
        return f"Sequence({self.items})"


@not_rpython
class Alternatives(Node):
    def __init__(self, options: list[Node]) -> None:
        self.options = options

    def nullable(self) -> bool:
        return any(option.nullable() for option in self.options)

    def code_points(self) -> Ranges:
        return charset.union(*[option.code_points() for option in self.options])

    def __repr__(self) -> str:
        return f"Alternatives({self.options})"


@not_rpython
class Repeat(Node):
    """`item` at least `low` and at most `high` times (`high` None: unbounded)."""

    def __init__(self, item: Node, low: int, high: int | None) -> None:
        self.item = item
        self.low = low
        self.high = high

    def nullable(self) -> bool:
        return self.low == 0 or self.item.nullable()

    def code_points(self) -> Ranges:
        return self.item.code_points() if self.high != 0 else []

    def __repr__(self) -> str:
        return f"Repeat({self.item}, {self.low}, {self.high})"


# ---- escapes -------------------------------------------------------------------------------------

CLASS_ESCAPES = {
    "d": charset.DIGITS,
    "D": charset.complement(charset.DIGITS),
    "w": charset.WORD,
    "W": charset.complement(charset.WORD),
    "s": charset.SPACE,
    "S": charset.complement(charset.SPACE),
}
CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a"}
HEX_ESCAPE_DIGITS = {"x": 2, "u": 4, "U": 8}
UNSUPPORTED_ESCAPES = {
    "b": "word boundaries (\\b) cannot be expressed in a DFA; longest match usually makes them unnecessary",
    "B": "\\B (not a word boundary) cannot be expressed in a DFA",
    "A": "anchors (\\A) are not supported in lexer rules",
    "Z": "anchors (\\Z) are not supported in lexer rules",
}


# ---- the parser ----------------------------------------------------------------------------------

@not_rpython
class RegexParser:
    """A recursive-descent parser over the pattern text; `parse()` gives the tree."""

    def __init__(self, pattern: str, unicode: bool = False) -> None:
        self.pattern = pattern
        self.pos = 0
        self.unicode = unicode

    def error(self, what: str, position: int | None = None) -> RegexError:
        return RegexError(self.pattern, self.pos if position is None else position, what)

    def at_end(self) -> bool:
        return self.pos >= len(self.pattern)

    def peek(self) -> str:
        return self.pattern[self.pos] if self.pos < len(self.pattern) else ""

    def take(self) -> str:
        if self.at_end():
            raise self.error("unexpected end of pattern")
        char = self.pattern[self.pos]
        self.pos += 1
        return char

    def parse(self) -> Node:
        node = self.parse_alternatives()
        if not self.at_end():
            # only an unbalanced ')' stops parse_alternatives early
            raise self.error("unbalanced parenthesis")
        return node

    def parse_alternatives(self) -> Node:
        options = [self.parse_sequence()]
        while self.peek() == "|":
            self.pos += 1
            options.append(self.parse_sequence())
        return options[0] if len(options) == 1 else Alternatives(options)

    def parse_sequence(self) -> Node:
        items: list[Node] = []
        while not self.at_end() and self.peek() not in "|)":
            items.append(self.parse_repeat())
        return items[0] if len(items) == 1 else Sequence(items)

    def parse_repeat(self) -> Node:
        start = self.pos
        node = self.parse_atom()
        quantified = False
        while True:
            bounds = self.parse_quantifier()
            if bounds is None:
                return node
            if quantified:
                raise self.error("multiple repeat", start)
            if self.peek() in ("?", "+"):
                raise self.error("lazy and possessive quantifiers have no meaning in a longest-match lexer")
            low, high = bounds
            node = Repeat(node, low, high)
            quantified = True

    def parse_quantifier(self) -> tuple[int, int | None] | None:
        char = self.peek()
        if char == "*":
            self.pos += 1
            return 0, None
        if char == "+":
            self.pos += 1
            return 1, None
        if char == "?":
            self.pos += 1
            return 0, 1
        if char == "{":
            return self.parse_braces()
        return None

    def parse_braces(self) -> tuple[int, int | None] | None:
        """`{m}`, `{m,}`, `{,n}`, `{m,n}`; anything else is a literal `{` (as in Python's re)."""
        close = self.pattern.find("}", self.pos)
        if close < 0:
            return None
        body = self.pattern[self.pos + 1:close]
        low_text, comma, high_text = body.partition(",")
        if not (low_text.isdigit() or low_text == "") or not (high_text.isdigit() or high_text == ""):
            return None
        if not comma and not low_text:
            return None
        if not low_text.isascii() or not high_text.isascii():
            return None
        low = int(low_text) if low_text else 0
        high: int | None = int(high_text) if high_text else None
        if not comma:
            high = low
        if high is not None and high < low:
            raise self.error(f"repeat range {{{body}}} has its maximum below its minimum")
        if low > MAX_REPEAT or (high is not None and high > MAX_REPEAT):
            raise self.error(f"repeat counts above {MAX_REPEAT} are not supported")
        self.pos = close + 1
        return low, high

    def parse_atom(self) -> Node:
        char = self.peek()
        if char == "(":
            return self.parse_group()
        if char == "[":
            return Chars(self.parse_class())
        if char == ".":
            self.pos += 1
            return Chars(charset.ANY_BUT_NEWLINE)
        if char == "\\":
            return Chars(self.parse_escape(in_class=False))
        if char in ("*", "+", "?"):
            raise self.error("nothing to repeat")
        if char == "{" and self.parse_braces_lookahead():
            raise self.error("nothing to repeat")
        if char in ("^", "$"):
            raise self.error(f"anchors ({char}) are not supported in lexer rules")
        self.pos += 1
        return Chars(charset.single(ord(char)))

    def parse_braces_lookahead(self) -> bool:
        saved = self.pos
        try:
            return self.parse_braces() is not None
        finally:
            self.pos = saved

    def parse_group(self) -> Node:
        open_pos = self.pos
        self.pos += 1
        if self.peek() == "?":
            self.pos += 1
            kind = self.take()
            if kind == "P" and self.peek() == "<":
                close = self.pattern.find(">", self.pos)
                if close < 0:
                    raise self.error("unterminated group name")
                self.pos = close + 1
            elif kind != ":":
                raise self.error(f"'(?{kind}' groups (lookaround, flags, ...) are not supported in lexer rules",
                                 open_pos)
        node = self.parse_alternatives()
        if self.peek() != ")":
            raise self.error("missing ), unterminated group", open_pos)
        self.pos += 1
        return node

    def parse_class(self) -> Ranges:
        open_pos = self.pos
        self.pos += 1
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        ranges: Ranges = []
        first = True
        while True:
            if self.at_end():
                raise self.error("unterminated character class", open_pos)
            if self.peek() == "]" and not first:
                self.pos += 1
                break
            first = False
            low_set = self.parse_class_item()
            if self.peek() == "-" and self.pos + 1 < len(self.pattern) and self.pattern[self.pos + 1] != "]":
                dash_pos = self.pos
                self.pos += 1
                high_set = self.parse_class_item()
                if len(low_set) != 1 or low_set[0][0] != low_set[0][1] \
                        or len(high_set) != 1 or high_set[0][0] != high_set[0][1]:
                    raise self.error("bad character range (a class escape cannot be a range end)", dash_pos)
                low, high = low_set[0][0], high_set[0][0]
                if high < low:
                    raise self.error(f"bad character range {chr(low)!r}-{chr(high)!r}", dash_pos)
                ranges.append((low, high))
            else:
                ranges.extend(low_set)
        ranges = charset.normalize(ranges)
        return charset.complement(ranges) if negated else ranges

    def parse_class_item(self) -> Ranges:
        if self.peek() == "\\":
            return self.parse_escape(in_class=True)
        return charset.single(ord(self.take()))

    def parse_escape(self, in_class: bool) -> Ranges:
        escape_pos = self.pos
        self.pos += 1
        if self.at_end():
            raise self.error("bad escape (end of pattern)", escape_pos)
        char = self.take()
        if char in CLASS_ESCAPES:
            if self.unicode:
                ranges = charset.unicode_class(char.lower())
                return ranges if char.islower() else charset.complement(ranges)
            return CLASS_ESCAPES[char]
        if char in CHAR_ESCAPES:
            return charset.single(ord(CHAR_ESCAPES[char]))
        if char == "0":
            # an octal escape, as in Python's re: \0 and up to two more octal digits
            digits = "0"
            while len(digits) < 3 and self.peek() in ("0", "1", "2", "3", "4", "5", "6", "7"):
                digits += self.take()
            return charset.single(int(digits, 8))
        if char in "123456789":
            raise self.error("backreferences are not supported in lexer rules", escape_pos)
        if char in HEX_ESCAPE_DIGITS:
            count = HEX_ESCAPE_DIGITS[char]
            digits = self.pattern[self.pos:self.pos + count]
            if len(digits) != count or any(d not in "0123456789abcdefABCDEF" for d in digits):
                raise self.error(f"bad escape \\{char}: expected {count} hex digits", escape_pos)
            self.pos += count
            code_point = int(digits, 16)
            if code_point > charset.MAX_CODE_POINT:
                raise self.error(f"bad escape \\{char}{digits}: not a code point", escape_pos)
            return charset.single(code_point)
        if char == "b" and in_class:
            return charset.single(8)
        if char in UNSUPPORTED_ESCAPES:
            raise self.error(UNSUPPORTED_ESCAPES[char], escape_pos)
        if char.isascii() and char.isalnum():
            raise self.error(f"bad escape \\{char}", escape_pos)
        return charset.single(ord(char))


@not_rpython
def parse_regex(pattern: str, unicode: bool = False) -> Node:
    """The tree of `pattern`; raises RegexError with the position of the first problem.

    With `unicode`, \\d \\w \\s (and their complements) have their Unicode meanings, as in Python's re.
    """
    return RegexParser(pattern, unicode).parse()
