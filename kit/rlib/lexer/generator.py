"""LexerGenerator: token rules in, a Lexer with compact DFA tables out (runs at import time).

Mirrors rply's LexerGenerator (`add`, `ignore`, `build`), with longest-match semantics.
"""

from __future__ import annotations

import warnings

from kit.rlib.lexer import charset
from kit.rlib.lexer.automaton import DFA, NO_RULE, build_dfa
from kit.rlib.lexer.matcher import Lexer
from kit.rlib.lexer.regex import RegexError, parse_regex
from kit.rlib.objectmodel import not_rpython

ASCII_LIMIT = 128


class LexerGeneratorError(Exception):
    """A rule set that cannot make a lexer (bad regex, a rule matching the empty string, ...)."""


class LexerGeneratorWarning(Warning):
    """A rule that can never produce a token because earlier rules always win."""


@not_rpython
class LexerGenerator:
    """Collects rules in order; `build()` compiles them all into one DFA.

    Rules are tried together: the longest match wins and, among equally long matches, the rule
    added first. Ignored rules (whitespace, comments) take part like any other rule, but their
    matches make no token.
    """

    def __init__(self, unicode: bool = False) -> None:
        self.rules: list[tuple[str, str, bool]] = []   # (name, pattern, ignored)
        # \d \w \s: ASCII only (the default, like re.ASCII) or Unicode-aware (like re's default)
        self.unicode = unicode

    def add(self, name: str, pattern: str, flags: int = 0) -> None:
        """A token rule: text matching `pattern` becomes a token of type `name`."""
        if flags:
            raise LexerGeneratorError(f"rule {name}: regex flags are not supported")
        self.rules.append((name, pattern, False))

    def ignore(self, pattern: str, flags: int = 0) -> None:
        """Text matching `pattern` is skipped (whitespace, comments)."""
        if flags:
            raise LexerGeneratorError("ignored rule: regex flags are not supported")
        self.rules.append(("<ignored %r>" % pattern, pattern, True))

    def build(self) -> Lexer:
        if not self.rules:
            raise LexerGeneratorError("a lexer needs at least one rule")
        trees = []
        for name, pattern, _ in self.rules:
            try:
                tree = parse_regex(pattern, self.unicode)
            except RegexError as exc:
                raise LexerGeneratorError(f"rule {name}: {exc}") from None
            if tree.nullable():
                raise LexerGeneratorError(f"rule {name}: {pattern!r} matches the empty string, "
                                          "so the lexer could not make progress")
            trees.append(tree)
        dfa = build_dfa(trees)
        self.warn_about_unreachable_rules(dfa)
        return Lexer(
            rule_names=[name for name, _, _ in self.rules],
            ignored=[ignored for _, _, ignored in self.rules],
            # only rules that can match a newline need the line counter run over their text
            multiline=[charset.contains(tree.code_points(), ord("\n")) for tree in trees],
            ascii_classes=[class_of(dfa, c) for c in range(ASCII_LIMIT)],
            range_starts=[low for low, _, _ in non_ascii_intervals(dfa)],
            range_classes=[cls for _, _, cls in non_ascii_intervals(dfa)],
            transitions=[target for row in dfa.transitions for target in row],
            class_count=dfa.class_count,
            accepting=list(dfa.accepting),
        )

    def warn_about_unreachable_rules(self, dfa: DFA) -> None:
        winners = set(dfa.accepting) - {NO_RULE}
        for index, (name, pattern, _) in enumerate(self.rules):
            if index not in winners:
                warnings.warn(f"lexer rule {name} ({pattern!r}) can never match: earlier rules "
                              "match everything it matches", LexerGeneratorWarning, stacklevel=3)


@not_rpython
def class_of(dfa: DFA, code_point: int) -> int:
    for low, high, cls in dfa.alphabet.intervals:
        if low <= code_point <= high:
            return cls
    raise AssertionError(f"code point {code_point} outside the alphabet")


@not_rpython
def non_ascii_intervals(dfa: DFA) -> list[tuple[int, int, int]]:
    """The class intervals from 128 up, split at 128 so the first one starts there."""
    result = []
    for low, high, cls in dfa.alphabet.intervals:
        if high < ASCII_LIMIT:
            continue
        result.append((max(low, ASCII_LIMIT), high, cls))
    return result
