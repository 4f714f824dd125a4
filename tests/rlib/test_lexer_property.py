"""The DFA lexer tokenizes exactly like a slow reference built on Python's re.

The reference tries every rule at every position and keeps the longest match (earliest rule on ties).
"""

import re
import warnings

from hypothesis import given, settings
from hypothesis import strategies as st

from kit.rlib.lexer import LexerError, LexerGenerator

EXAMPLES = 300


def reference_tokenize(rules, text, flags=re.ASCII):
    """(tokens, error): tokens as (name, text, offset, line, column); error as (offset, line, column) or None."""
    compiled = [(name, re.compile(pattern, flags), ignored) for name, pattern, ignored in rules]
    tokens = []
    pos = 0
    while pos < len(text):
        best_end, best = -1, None
        for name, regex, ignored in compiled:
            for end in range(len(text), pos, -1):
                if regex.fullmatch(text, pos, end):
                    if end > best_end:
                        best_end, best = end, (name, ignored)
                    break
        line = text.count("\n", 0, pos) + 1
        column = pos - (text.rfind("\n", 0, pos) + 1) + 1
        if best is None:
            return tokens, (pos, line, column)
        name, ignored = best
        if not ignored:
            tokens.append((name, text[pos:best_end], pos, line, column))
        pos = best_end
    return tokens, None


def kit_tokenize(lexer, text):
    tokens = []
    stream = lexer.lex(text)
    try:
        while True:
            token = stream.next_token()
            if token is None:
                return tokens, None
            pos = token.getsourcepos()
            tokens.append((token.gettokentype(), token.getstr(), pos.idx, pos.lineno, pos.colno))
    except LexerError as error:
        pos = error.getsourcepos()
        assert error.message.startswith("unexpected character ")
        return tokens, (pos.idx, pos.lineno, pos.colno)


def build(rules, unicode=False):
    lg = LexerGenerator(unicode=unicode)
    for name, pattern, ignored in rules:
        if ignored:
            lg.ignore(pattern)
        else:
            lg.add(name, pattern)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return lg.build()


def ignored_name(pattern):
    return "<ignored %r>" % pattern


# ---- a realistic rule set against random text -------------------------------------------------------

LANGUAGE_RULES = [
    ("IF", r"if", False),
    ("ELSE", r"else", False),
    ("NAME", r"[A-Za-z_]\w*", False),
    ("FLOAT", r"\d+\.\d*(e[+-]?\d+)?|\.\d+", False),
    ("INT", r"0x[0-9a-fA-F]+|\d+", False),
    ("STRING", r'"([^"\\\n]|\\.)*"', False),
    ("OP", r"==|=|<=?|>=?|\+|-|\*\*?|/", False),
    ("PAREN", r"[()]", False),
    (ignored_name(r"[ \t\n]+"), r"[ \t\n]+", True),
    (ignored_name(r"#[^\n]*"), r"#[^\n]*", True),
]
LANGUAGE = build(LANGUAGE_RULES)
LANGUAGE_TEXT = st.text(alphabet=st.sampled_from(list('ifelsxy_09.e+-x"\\ \t\n#=<>*/()$é')), max_size=40)


@settings(max_examples=EXAMPLES, deadline=None)
@given(LANGUAGE_TEXT)
def test_language_lexer_matches_reference(text):
    assert kit_tokenize(LANGUAGE, text) == reference_tokenize(LANGUAGE_RULES, text)


# ---- random rule sets against random text ---------------------------------------------------------

ALPHABET = "ab1 \n"
TEXT_ALPHABET = ALPHABET + "-é"


def literal(char):
    return re.escape(char)


leaves = st.one_of(
    st.sampled_from(ALPHABET).map(literal),
    st.sampled_from([".", r"\d", r"\w", r"\s", r"\W", r"\S", "[a-b]", "[^a]", "[^ \n]", r"[\d ]", r"\u00e9"]),
    st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=3, unique=True).map(
        lambda chars: "[" + "".join(literal(c) for c in chars) + "]"),
)


def composite(children):
    return st.one_of(
        st.lists(children, min_size=2, max_size=3).map(lambda items: "".join("(?:%s)" % i for i in items)),
        st.lists(children, min_size=2, max_size=3).map(lambda items: "|".join("(?:%s)" % i for i in items)),
        st.tuples(children, st.sampled_from(["*", "+", "?", "{2}", "{1,2}", "{0,2}", "{2,}"])).map(
            lambda pair: "(?:%s)%s" % pair),
        children.map(lambda item: "(%s)" % item),
    )


regexes = st.recursive(leaves, composite, max_leaves=6)


def non_empty(pattern):
    """A pattern that cannot match the empty string (the lexer refuses those)."""
    if re.fullmatch(pattern, "", re.ASCII):
        return "(?:%s)a" % pattern
    return pattern


rule_sets = st.lists(st.tuples(regexes.map(non_empty), st.booleans()), min_size=1, max_size=4).map(
    lambda rules: [("R%d" % i if not ignored else ignored_name(p), p, ignored)
                   for i, (p, ignored) in enumerate(rules)])


@settings(max_examples=EXAMPLES, deadline=None)
@given(rule_sets, st.text(alphabet=TEXT_ALPHABET, max_size=25))
def test_random_rules_match_reference(rules, text):
    lexer = build(rules)
    assert kit_tokenize(lexer, text) == reference_tokenize(rules, text)


@settings(max_examples=EXAMPLES, deadline=None)
@given(regexes.map(non_empty), st.text(alphabet=TEXT_ALPHABET, max_size=12))
def test_single_rule_full_match_agrees_with_re(pattern, text):
    lexer = build([("T", pattern, False)])
    tokens, error = kit_tokenize(lexer, text)
    whole = error is None and len(tokens) == 1 and tokens[0][1] == text
    assert whole == (re.fullmatch(pattern, text, re.ASCII) is not None and text != "")


# ---- Unicode mode: \d \w \s mean what they mean in Python's re for str patterns ----------------------

UNICODE_RULES = [
    ("NAME", r"[^\W\d]\w*", False),
    ("NUMBER", r"\d+", False),
    ("PUNCT", r"[^\w\s]", False),
    (ignored_name(r"\s+"), r"\s+", True),
]
UNICODE_LEXER = build(UNICODE_RULES, unicode=True)
# ASCII and non-ASCII letters, digits (Arabic-Indic, fullwidth), spaces (no-break, ideographic), marks
UNICODE_TEXT = st.text(alphabet=st.sampled_from(list("ab_1 \t\né中Ωٳ٣５\u00a0\u3000\u0301\u2028-!") + ["\U0001D7D8"]),
                       max_size=30)


@settings(max_examples=EXAMPLES, deadline=None)
@given(UNICODE_TEXT)
def test_unicode_mode_matches_re_without_ascii_flag(text):
    assert kit_tokenize(UNICODE_LEXER, text) == reference_tokenize(UNICODE_RULES, text, flags=0)
