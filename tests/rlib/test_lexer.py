"""The lexer: longest match, ties, ignored rules, positions, errors, and the size of its tables."""

import warnings

import pytest

from kit.rlib.lexer import (
    LexerError,
    LexerGenerator,
    LexerGeneratorError,
    LexerGeneratorWarning,
    SourcePosition,
    Token,
    TokenList,
)


def make_lexer(*rules, ignore=(r"[ \t\n]+",)):
    lg = LexerGenerator()
    for name, pattern in rules:
        lg.add(name, pattern)
    for pattern in ignore:
        lg.ignore(pattern)
    return lg.build()


def kinds_and_texts(lexer, text):
    return [(t.gettokentype(), t.getstr()) for t in lexer.tokenize(text)]


def positions(lexer, text):
    return [(t.getstr(), t.getsourcepos().idx, t.getsourcepos().lineno, t.getsourcepos().colno)
            for t in lexer.tokenize(text)]


LANGUAGE = make_lexer(
    ("IF", r"if"),
    ("NAME", r"[A-Za-z_][A-Za-z_0-9]*"),
    ("FLOAT", r"\d+\.\d*|\.\d+"),
    ("INT", r"\d+"),
    ("EQ", r"=="),
    ("ASSIGN", r"="),
    ("STRING", r'"([^"\\\n]|\\.)*"'),
    ("DOT", r"\."),
    ignore=(r"[ \t\n]+", r"#[^\n]*", r"/\*([^*]|\*+[^*/])*\*+/"),
)


def test_longest_match_beats_rule_order():
    assert kinds_and_texts(LANGUAGE, "iffy if") == [("NAME", "iffy"), ("IF", "if")]
    assert kinds_and_texts(LANGUAGE, "a==b=c") == [("NAME", "a"), ("EQ", "=="), ("NAME", "b"),
                                                  ("ASSIGN", "="), ("NAME", "c")]
    assert kinds_and_texts(LANGUAGE, "1.5 .5 7 7.") == [("FLOAT", "1.5"), ("FLOAT", ".5"), ("INT", "7"),
                                                       ("FLOAT", "7.")]


def test_ties_go_to_the_earlier_rule():
    assert kinds_and_texts(LANGUAGE, "if") == [("IF", "if")]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LexerGeneratorWarning)
        reversed_order = make_lexer(("NAME", r"[a-z]+"), ("IF", r"if"))
    assert kinds_and_texts(reversed_order, "if") == [("NAME", "if")]


def test_a_rule_that_can_never_win_is_reported():
    with pytest.warns(LexerGeneratorWarning, match=r"lexer rule IF \('if'\) can never match"):
        make_lexer(("NAME", r"[a-z]+"), ("IF", r"if"))


def test_the_match_backs_up_to_the_last_accepting_position():
    lexer = make_lexer(("A", r"a"), ("ABC", r"abc"), ("B", r"b"))
    # "ab" then "d": the DFA reads past "a" hoping for "abc", then backs up
    assert kinds_and_texts(lexer, "abab abc") == [("A", "a"), ("B", "b"), ("A", "a"), ("B", "b"), ("ABC", "abc")]


def test_ignored_rules_make_no_tokens():
    text = 'x = "a \\" b" # comment\n/* block\n * comment */ y'
    assert kinds_and_texts(LANGUAGE, text) == [("NAME", "x"), ("ASSIGN", "="), ("STRING", '"a \\" b"'),
                                              ("NAME", "y")]


def test_positions_are_offsets_lines_and_columns():
    text = "if x\n  y = 1.5\n\n\tz"
    assert positions(LANGUAGE, text) == [
        ("if", 0, 1, 1), ("x", 3, 1, 4), ("y", 7, 2, 3), ("=", 9, 2, 5), ("1.5", 11, 2, 7), ("z", 17, 4, 2)]


def test_positions_after_multiline_ignored_text_and_tokens():
    text = "a /* x */ 'one\ntwo\nthree' b\nc"
    lexer = make_lexer(("NAME", r"[a-z]+"), ("TEXT", r"'[^']*'"), ignore=(r"[ \n]+", r"/\*[^*]*\*/"))
    assert positions(lexer, text) == [("a", 0, 1, 1), ("'one\ntwo\nthree'", 10, 1, 11), ("b", 26, 3, 8),
                                      ("c", 28, 4, 1)]


def test_columns_count_code_points():
    lexer = make_lexer(("WORD", r"[^ \n]+"))
    assert positions(lexer, "héllo wörld 😀 x") == [("héllo", 0, 1, 1), ("wörld", 6, 1, 7), ("😀", 12, 1, 13),
                                                    ("x", 14, 1, 15)]


@pytest.mark.parametrize("text,line,column,shown", [
    ("x = $", 1, 5, "'$'"),
    ("x\n  y\n   @", 3, 4, "'@'"),
    ("a /* one\ntwo */ ?", 2, 8, "'?'"),
    ("é", 1, 1, "'é' (U+00E9)"),
    ("x\x01", 1, 2, "U+0001"),
    ('"unterminated\n"', 1, 1, "'\"'"),
])
def test_errors_name_line_column_and_character(text, line, column, shown):
    with pytest.raises(LexerError) as info:
        LANGUAGE.tokenize(text)
    error = info.value
    assert error.getsourcepos().lineno == line
    assert error.getsourcepos().colno == column
    assert error.message == "unexpected character " + shown
    assert str(error) == f"unexpected character {shown} at line {line}, column {column}"


def test_stream_gives_tokens_one_at_a_time_then_none():
    stream = LANGUAGE.lex("a 1\nb")
    first = stream.next_token()
    assert (first.name, first.value) == ("NAME", "a")
    assert [t.getstr() for t in stream] == ["1", "b"]
    assert stream.next_token() is None
    end = stream.end_position()
    assert (end.idx, end.lineno, end.colno) == (5, 2, 2)


def test_error_is_raised_only_when_the_stream_reaches_it():
    stream = LANGUAGE.lex("a b $")
    assert stream.next_token().getstr() == "a"
    assert stream.next_token().getstr() == "b"
    with pytest.raises(LexerError):
        stream.next_token()


def test_empty_and_blank_input():
    assert LANGUAGE.tokenize("") == []
    assert LANGUAGE.tokenize("  \n # only a comment") == []


def test_unicode_rules_stay_compact():
    lexer = make_lexer(
        ("CYRILLIC", r"[\u0400-\u04FF]+"),
        ("GREEK", r"[\u0370-\u03FF]+"),
        ("EMOJI", r"[\U0001F600-\U0001F64F]"),
        ("OTHER", r"[^\u0000-\u007F\u0370-\u03FF\u0400-\u04FF\U0001F600-\U0001F64F]"),
        ("ASCII", r"[a-z]+"),
    )
    assert kinds_and_texts(lexer, "abc αβγ привет 😀 中") == [
        ("ASCII", "abc"), ("GREEK", "αβγ"), ("CYRILLIC", "привет"), ("EMOJI", "😀"), ("OTHER", "中")]
    assert lexer.class_count <= 8
    assert len(lexer.ascii_classes) == 128
    assert len(lexer.range_starts) <= 8
    assert len(lexer.transitions) == lexer.class_count * len(lexer.accepting)


def test_the_dfa_is_minimal_for_a_classic_example():
    # (a|b)*abb needs exactly 4 states in a minimal DFA (plus nothing for the dead state)
    lexer = make_lexer(("T", r"(a|b)*abb"), ignore=())
    assert len(lexer.accepting) == 4
    assert lexer.class_count == 3        # a, b, and everything else


def test_equal_classes_are_merged():
    lexer = make_lexer(("WORD", r"[a-m]+|[n-z]+x"), ignore=())
    # a-m, n-w/y-z, x and "other": x is in both [n-z] and the literal x
    assert lexer.class_count == 4


def test_rule_tables_record_ignored_and_multiline_rules():
    lexer = make_lexer(("A", r"x"))
    assert lexer.ignored == [False, True]
    assert lexer.multiline == [False, True]
    assert lexer.rule_names[0] == "A"


def test_generator_refuses_flags_and_empty_rule_sets():
    with pytest.raises(LexerGeneratorError):
        LexerGenerator().build()
    lg = LexerGenerator()
    with pytest.raises(LexerGeneratorError, match="flags"):
        lg.add("X", "x", flags=2)


def test_token_api_matches_rply():
    pos = SourcePosition(3, 2, 1)
    token = Token("NAME", "abc", pos)
    assert token.gettokentype() == "NAME"
    assert token.getstr() == "abc"
    assert token.getsourcepos() is pos
    assert (pos.idx, pos.lineno, pos.colno) == (3, 2, 1)
    assert repr(token) == "Token('NAME', 'abc')"
    assert repr(pos) == "SourcePosition(idx=3, lineno=2, colno=1)"


def test_token_list_source():
    tokens = [Token("A", "a", SourcePosition(0, 1, 1)), Token("B", "bc", SourcePosition(2, 1, 3))]
    source = TokenList(tokens)
    assert source.next_token() is tokens[0]
    assert source.next_token() is tokens[1]
    assert source.next_token() is None
    end = source.end_position()
    assert (end.idx, end.lineno, end.colno) == (4, 1, 5)
    assert TokenList([]).end_position().colno == 1
