"""The regex syntax of lexer rules: each feature matches what it should, and bad patterns say why."""

import re

import pytest

from kit.rlib.lexer import LexerError, LexerGenerator, LexerGeneratorError
from kit.rlib.lexer.regex import RegexError, parse_regex


def full_match(pattern, text):
    """Whether the one-rule lexer for `pattern` reads all of `text` as one token."""
    lg = LexerGenerator()
    lg.add("T", pattern)
    lexer = lg.build()
    try:
        tokens = lexer.tokenize(text)
    except LexerError:
        return False
    return len(tokens) == 1 and tokens[0].getstr() == text


CASES = [
    # pattern, texts that match in full, texts that do not
    ("abc", ["abc"], ["ab", "abcd", "abd", ""]),
    ("a|b|cd", ["a", "b", "cd"], ["c", "ab"]),
    ("ab*", ["a", "ab", "abbbb"], ["b", "aab"]),
    ("ab+", ["ab", "abbb"], ["a"]),
    ("ab?c", ["ac", "abc"], ["abbc"]),
    ("(ab)+", ["ab", "abab"], ["aba", "a"]),
    ("(?:ab|c)*d", ["d", "abd", "cabcd"], ["ab", "abcc"]),
    ("(?P<x>ab)c", ["abc"], ["ab"]),
    ("a{3}", ["aaa"], ["aa", "aaaa"]),
    ("a{2,}", ["aa", "aaaaa"], ["a"]),
    ("a{2,3}", ["aa", "aaa"], ["a", "aaaa"]),
    ("a{,2}b", ["b", "ab", "aab"], ["aaab"]),
    ("(ab){0}c", ["c"], ["abc"]),
    ("[a-c]+", ["abcabc", "c"], ["d", "abd"]),
    ("[^a-c]", ["d", "\n", "é", "\U0001F600"], ["a", "b"]),
    ("[a\\-z]", ["a", "-", "z"], ["b"]),
    ("[-a]", ["-", "a"], ["b"]),
    ("[a-]", ["-", "a"], ["b"]),
    ("[]a]", ["]", "a"], ["b"]),
    ("[\\]]", ["]"], ["\\"]),
    ("[\\d_]+", ["12_3"], ["a"]),
    ("[.]", ["."], ["a"]),
    (".", ["a", " ", "é"], ["\n"]),
    ("\\d+", ["0123456789"], ["a", "٣"]),          # \d is ASCII-only
    ("\\D", ["a", "٣"], ["5"]),
    ("\\w+", ["abc_XYZ_019"], ["-", "é"]),
    ("\\W", ["-", "é", " "], ["a", "_"]),
    ("\\s+", [" \t\n\r\f\v"], ["a", "\u00a0"]),
    ("\\S", ["a"], [" "]),
    ("\\n\\t\\r\\\\\\.", ["\n\t\r\\."], ["\n\t\r\\x"]),
    ("\\x41\\u00e9\\U0001F600", ["Aé\U0001F600"], ["A"]),
    ("[\\u0400-\\u04FF]+", ["привет"], ["hello"]),
    ("\\(\\)\\[\\]\\{\\}\\*\\+\\?\\|\\^\\$", ["()[]{}*+?|^$"], []),
    ("a{", ["a{"], ["a"]),                    # a '{' that is no repeat is a literal, as in re
    ("a{x}", ["a{x}"], ["a"]),
    ("[\\b]", ["\b"], ["b"]),
    ("\\0\\012\\0101", ["\0\n\x081"], ["\0"]),
    ("if|[a-z]+", ["if", "iffy", "x"], ["IF"]),
]


@pytest.mark.parametrize("pattern,good,bad", CASES, ids=[c[0] for c in CASES])
def test_regex_feature(pattern, good, bad):
    for text in good:
        assert full_match(pattern, text), f"{pattern!r} should match {text!r}"
        assert re.fullmatch(pattern, text, re.ASCII), f"test case disagrees with re: {pattern!r} {text!r}"
    for text in bad:
        assert not full_match(pattern, text), f"{pattern!r} should not match {text!r}"
        assert not re.fullmatch(pattern, text, re.ASCII)


BAD_PATTERNS = [
    ("a(b", 1, "missing ), unterminated group"),
    ("ab)", 2, "unbalanced parenthesis"),
    ("*a", 0, "nothing to repeat"),
    ("a**", 0, "multiple repeat"),
    ("a*?", 2, "lazy"),
    ("[abc", 0, "unterminated character class"),
    ("[z-a]", 2, "bad character range"),
    ("[\\d-z]", 3, "class escape cannot be a range end"),
    ("^a", 0, "anchors"),
    ("a$", 1, "anchors"),
    ("\\bword", 0, "word boundaries"),
    ("(?=a)", 0, "lookaround"),
    ("\\q", 0, "bad escape \\q"),
    ("\\1", 0, "backreferences are not supported"),
    ("\\x4", 0, "expected 2 hex digits"),
    ("\\U00110000", 0, "not a code point"),
    ("a{3,2}", 1, "maximum below its minimum"),
    ("a{5000}", 1, "repeat counts above"),
    ("ab\\", 2, "bad escape (end of pattern)"),
]


@pytest.mark.parametrize("pattern,position,what", BAD_PATTERNS, ids=[p[0] for p in BAD_PATTERNS])
def test_bad_pattern_names_the_problem_and_position(pattern, position, what):
    with pytest.raises(RegexError) as info:
        parse_regex(pattern)
    assert info.value.position == position
    assert what in info.value.what


def test_bad_pattern_in_a_rule_names_the_rule():
    lg = LexerGenerator()
    lg.add("NUMBER", "[0-9")
    with pytest.raises(LexerGeneratorError, match=r"rule NUMBER: bad regex '\[0-9' at position 0"):
        lg.build()


@pytest.mark.parametrize("pattern", ["a*", "(a|)", "a?b?", "(a*)+", "x{0}"])
def test_rules_matching_the_empty_string_are_refused(pattern):
    lg = LexerGenerator()
    lg.add("EMPTY", pattern)
    with pytest.raises(LexerGeneratorError, match="matches the empty string"):
        lg.build()


@pytest.mark.parametrize("escape", ["\\d", "\\w", "\\s", "\\D", "\\W", "\\S"])
def test_unicode_escapes_agree_with_re_on_every_code_point(escape):
    from kit.rlib.lexer import charset
    from kit.rlib.lexer.regex import Chars
    tree = parse_regex(escape, unicode=True)
    assert isinstance(tree, Chars)
    regex = re.compile(escape)
    for code_point in range(0, charset.MAX_CODE_POINT + 1, 13):
        assert charset.contains(tree.ranges, code_point) == bool(regex.fullmatch(chr(code_point))), hex(code_point)
