"""kit's LR parse loop over rply's tables: results, precedence, state, errors, and agreement with rply."""

import warnings

import pytest
import rply
from hypothesis import given, settings
from hypothesis import strategies as st

from kit.rlib.lexer import LexerGenerator
from kit.rlib.parsing import (
    BaseBox,
    ParserGenerator,
    ParserGeneratorError,
    ParserGeneratorWarning,
    ParsingError,
    SourcePosition,
    Token,
    TokenList,
)

# ---- a small expression language, built the way a language author would -----------------------------

lg = LexerGenerator()
lg.add("NUMBER", r"\d+")
lg.add("NAME", r"[a-z]+")
lg.add("PLUS", r"\+")
lg.add("MINUS", r"-")
lg.add("TIMES", r"\*")
lg.add("POWER", r"\^")
lg.add("LPAREN", r"\(")
lg.add("RPAREN", r"\)")
lg.add("COMMA", r",")
lg.ignore(r"\s+")
LEXER = lg.build()
TOKENS = ["NUMBER", "NAME", "PLUS", "MINUS", "TIMES", "POWER", "LPAREN", "RPAREN", "COMMA"]


class Text(BaseBox):
    """Every production returns this: the parse as a fully parenthesised string."""

    def __init__(self, text):
        self.text = text


def text_of(box):
    if isinstance(box, Text):
        return box.text
    return box.getstr()


def define_expression_grammar(pg):
    @pg.production("expr : expr PLUS expr")
    @pg.production("expr : expr MINUS expr")
    @pg.production("expr : expr TIMES expr")
    @pg.production("expr : expr POWER expr")
    def binary(p):
        return Text("(%s %s %s)" % (text_of(p[0]), text_of(p[1]), text_of(p[2])))

    @pg.production("expr : MINUS expr", precedence="UMINUS")
    def negate(p):
        return Text("(- %s)" % text_of(p[1]))

    @pg.production("expr : LPAREN expr RPAREN")
    def group(p):
        return p[1]

    @pg.production("expr : NAME LPAREN args RPAREN")
    def call(p):
        return Text("%s[%s]" % (text_of(p[0]), text_of(p[2])))

    @pg.production("args : ")
    def no_args(p):
        return Text("")

    @pg.production("args : arglist")
    def some_args(p):
        return p[0]

    @pg.production("arglist : expr | arglist COMMA expr")
    def arglist(p):
        if len(p) == 1:
            return Text(text_of(p[0]))
        return Text(text_of(p[0]) + " " + text_of(p[2]))

    @pg.production("expr : NUMBER | NAME")
    def atom(p):
        return Text(p[0].getstr())


PRECEDENCE = [("left", ["PLUS", "MINUS"]), ("left", ["TIMES"]), ("right", ["POWER"]), ("right", ["UMINUS"])]


def build_kit_parser():
    pg = ParserGenerator(TOKENS, precedence=PRECEDENCE)
    define_expression_grammar(pg)
    return pg.build()


def build_rply_parser():
    pg = rply.ParserGenerator(TOKENS, precedence=PRECEDENCE)
    define_expression_grammar(pg)
    return pg.build()


PARSER = build_kit_parser()


def parse(text):
    return PARSER.parse(LEXER.lex(text)).text


@pytest.mark.parametrize("source,tree", [
    ("1", "1"),
    ("1 + 2 * 3", "(1 + (2 * 3))"),
    ("1 - 2 - 3", "((1 - 2) - 3)"),
    ("2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"),
    ("-2 ^ 2", "((- 2) ^ 2)"),
    ("-x * y", "((- x) * y)"),
    ("(1 + 2) * 3", "((1 + 2) * 3)"),
    ("f()", "f[]"),
    ("f(1, g(x), 2 * y)", "f[1 g[x] (2 * y)]"),
    ("--a", "(- (- a))"),
])
def test_parses_with_precedence_and_associativity(source, tree):
    assert parse(source) == tree


@pytest.mark.parametrize("source,message,line,column,expected", [
    ("1 +", "unexpected end of input", 1, 4, ["NUMBER", "NAME", "MINUS", "LPAREN"]),
    ("1 2", "unexpected NUMBER '2'", 1, 3, ["$end", "PLUS", "MINUS", "TIMES", "POWER"]),
    ("(1\n  + 2", "unexpected end of input", 2, 6, ["PLUS", "MINUS", "TIMES", "POWER", "RPAREN"]),
    ("f(1,)", "unexpected RPAREN ')'", 1, 5, ["NUMBER", "NAME", "MINUS", "LPAREN"]),
    (")", "unexpected RPAREN ')'", 1, 1, ["NUMBER", "NAME", "MINUS", "LPAREN"]),
])
def test_errors_carry_position_token_and_expected_names(source, message, line, column, expected):
    with pytest.raises(ParsingError) as info:
        parse(source)
    error = info.value
    assert error.message.startswith(message + "; expected ")
    assert (error.getsourcepos().lineno, error.getsourcepos().colno) == (line, column)
    assert sorted(error.expected) == sorted(expected)
    assert error.token.gettokentype() == (message.split()[1] if "'" in message else "$end")
    assert str(error).endswith(f"at line {line}, column {column}")


def test_error_message_lists_expected_tokens_readably():
    with pytest.raises(ParsingError) as info:
        parse("1 2")
    assert info.value.message == "unexpected NUMBER '2'; expected one of end of input, PLUS, MINUS, TIMES, POWER"
    with pytest.raises(ParsingError) as info:
        parse("f(1")
    assert info.value.message.startswith("unexpected end of input; expected one of")


def test_a_token_the_grammar_does_not_know_is_an_error():
    source = TokenList([Token("NUMBER", "1", SourcePosition(0, 1, 1)), Token("BOGUS", "?", SourcePosition(2, 1, 3))])
    with pytest.raises(ParsingError) as info:
        PARSER.parse(source)
    assert info.value.message.startswith("unexpected BOGUS '?'")
    assert info.value.getsourcepos().colno == 3


def test_parsing_a_token_list():
    tokens = [Token("NUMBER", "4", SourcePosition(0, 1, 1)), Token("TIMES", "*", SourcePosition(1, 1, 2)),
              Token("NAME", "z", SourcePosition(2, 1, 3))]
    assert PARSER.parse(TokenList(tokens)).text == "(4 * z)"


def test_productions_with_state():
    pg = ParserGenerator(["NUMBER", "PLUS"], precedence=[("left", ["PLUS"])])

    class Counter:
        def __init__(self):
            self.reductions = 0

    @pg.production("expr : expr PLUS expr")
    def add(state, p):
        state.reductions += 1
        return Text("(%s+%s)" % (p[0].text, p[2].text))

    @pg.production("expr : NUMBER")
    def number(state, p):
        state.reductions += 1
        return Text(p[0].getstr())

    @pg.error
    def error(state, token):
        raise ValueError("custom error at %s after %d reductions" % (token.getstr(), state.reductions))

    parser = pg.build()
    counter = Counter()
    assert parser.parse(LEXER.lex("1 + 2 + 3"), counter).text == "((1+2)+3)"
    assert counter.reductions == 5
    with pytest.raises(ValueError, match="custom error at 2 after 1 reductions"):
        parser.parse(LEXER.lex("1 2"), Counter())


def test_error_handler_may_raise_its_own_error_and_otherwise_parsing_error_follows():
    raised = []
    pg = ParserGenerator(["NUMBER"])

    @pg.production("main : NUMBER")
    def main(p):
        return Text(p[0].getstr())

    @pg.error
    def note(token):
        raised.append(token.getstr())

    parser = pg.build()
    with pytest.raises(ParsingError):
        parser.parse(LEXER.lex("1 2"))
    assert raised == ["2"]


def test_generator_errors():
    pg = ParserGenerator(["NUMBER"])
    with pytest.raises(ParserGeneratorError, match="at least one production"):
        pg.build()

    @pg.production("main : NUMBER")
    def one(p):
        return p[0]

    @pg.production("main : main NUMBER")
    def two(state, p):
        return p[0]

    with pytest.raises(ParserGeneratorError, match="every production function must take"):
        pg.build()
    with pytest.raises(ParserGeneratorError, match="reserved"):
        ParserGenerator(["$end"]).build()

    bad = ParserGenerator(["NUMBER"])

    @bad.production("main : NUMBER", precedence="NOPE")
    def three(p):
        return p[0]

    with pytest.raises(ParserGeneratorError, match="Precedence 'NOPE' doesn't exist"):
        bad.build()

    undefined = ParserGenerator(["NUMBER"])

    @undefined.production("main : NUMBER | NUMBER missing")
    def four(p):
        return p[0]

    with pytest.raises(ParserGeneratorError, match="uses 'missing', which is neither a token nor"):
        undefined.build()
    with pytest.raises(ParserGeneratorError, match="expected 'name : symbols"):
        undefined.production("main NUMBER")


def test_conflicts_and_unused_tokens_are_warned_about():
    pg = ParserGenerator(["NUMBER", "PLUS", "TIMES"])

    @pg.production("expr : expr PLUS expr | NUMBER")
    def expr(p):
        if len(p) == 1:
            return Text(p[0].getstr())
        return Text("(%s + %s)" % (p[0].text, p[2].text))

    with pytest.warns(ParserGeneratorWarning) as record:
        parser = pg.build()
    messages = [str(w.message) for w in record]
    assert "Token 'TIMES' is unused" in messages
    assert "1 shift/reduce conflict" in messages
    # unsettled shift/reduce conflicts shift, as in rply: 1 + 2 + 3 groups to the right
    tokens = LEXER.tokenize("1 + 2 + 3")
    assert parser.parse(TokenList(tokens)).text == "(1 + (2 + 3))"


def test_tables_are_flat_int_lists():
    assert all(isinstance(a, int) for a in PARSER.actions)
    assert len(PARSER.actions) % PARSER.terminal_count == 0
    assert len(PARSER.gotos) == len(PARSER.default_reductions) * PARSER.nonterminal_count
    assert PARSER.terminal_names[0] == "$end"
    assert PARSER.productions[0].name == "S' : expr"


# ---- differential: kit's loop and rply's loop agree on any token sequence -----------------------------

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    RPLY_PARSER = build_rply_parser()

TOKEN_TEXT = {"NUMBER": "7", "NAME": "v", "PLUS": "+", "MINUS": "-", "TIMES": "*", "POWER": "^",
              "LPAREN": "(", "RPAREN": ")", "COMMA": ","}
# weighted towards operands and operators so that many sequences parse
token_kinds = st.sampled_from(["NUMBER", "NUMBER", "NAME", "NAME", "PLUS", "MINUS", "TIMES", "POWER",
                               "LPAREN", "RPAREN", "COMMA"])


def kit_outcome(kinds):
    tokens = [Token(k, TOKEN_TEXT[k], SourcePosition(i, 1, i + 1)) for i, k in enumerate(kinds)]
    try:
        return "ok", PARSER.parse(TokenList(tokens, SourcePosition(len(kinds), 1, len(kinds) + 1))).text
    except ParsingError as error:
        return "error", error.token.getstr() or "$end"


def rply_outcome(kinds):
    tokens = [rply.Token(k, TOKEN_TEXT[k], rply.token.SourcePosition(i, 1, i + 1)) for i, k in enumerate(kinds)]
    try:
        return "ok", RPLY_PARSER.parse(iter(tokens)).text
    except rply.ParsingError:
        return "error", None


@settings(max_examples=300, deadline=None)
@given(st.lists(token_kinds, max_size=12))
def test_same_results_as_rplys_own_loop(kinds):
    ours = kit_outcome(kinds)
    theirs = rply_outcome(kinds)
    assert ours[0] == theirs[0]
    if ours[0] == "ok":
        assert ours == theirs


def error_position(parser_call, error_class):
    """Where the parse failed: the offending token's offset, "end" at the end of the input, None if it parsed."""
    try:
        parser_call()
    except error_class as error:
        position = error.getsourcepos()
        # rply's end-of-input token has no position; kit's has the end of the input
        if position is None or position.idx == END_OFFSET:
            return "end"
        return position.idx
    return None


END_OFFSET = 1000


@settings(max_examples=300, deadline=None)
@given(st.lists(token_kinds, min_size=1, max_size=12))
def test_errors_point_at_the_same_token_as_rply(kinds):
    rply_tokens = [rply.Token(k, TOKEN_TEXT[k], rply.token.SourcePosition(i, 1, i + 1)) for i, k in enumerate(kinds)]
    kit_tokens = [Token(k, TOKEN_TEXT[k], SourcePosition(i, 1, i + 1)) for i, k in enumerate(kinds)]
    end = SourcePosition(END_OFFSET, 1, END_OFFSET + 1)
    theirs = error_position(lambda: RPLY_PARSER.parse(iter(rply_tokens)), rply.ParsingError)
    ours = error_position(lambda: PARSER.parse(TokenList(kit_tokens, end)), ParsingError)
    assert ours == theirs
