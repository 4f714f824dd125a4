"""The parse loop is RPython: every run-time function's flow graph builds and checks, and running the
graphs (lexer and parser together) parses exactly like running the functions."""

import pytest

from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph
from kit.rlib.parsing import ParsingError

from .flowcheck import FollowingInterpreter, runtime_functions
from .test_parsing import LEXER, PARSER

FUNCTIONS = runtime_functions("kit.rlib.parsing")


def test_the_run_time_half_is_found():
    names = {name.split("kit.rlib.parsing.")[1] for name, _ in FUNCTIONS}
    assert {"parser.LRParser.parse", "parser.LRParser.reduce", "parser.LRParser.error"} <= names
    assert not any(name.startswith("generator.") for name in names)


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_graph_builds_and_checks(name, func):
    checkgraph(build_flow_graph(func))


def outcome(call):
    try:
        return "ok", call().text
    except ParsingError as error:
        return "error", (error.message, error.source_pos.lineno, error.source_pos.colno, error.expected)


@pytest.mark.parametrize("text", ["1 + 2 * -x ^ 2 ^ 3", "f(a, g(), (b - c) * 2)", "1 +\n 2 )", "f(1,"])
def test_graphs_parse_like_python(text):
    interp = FollowingInterpreter(("kit.rlib.lexer", "kit.rlib.parsing"))
    direct = outcome(lambda: PARSER.parse(LEXER.lex(text)))
    through_graphs = outcome(lambda: interp.call(PARSER.parse, LEXER.lex(text)))
    assert through_graphs == direct
    assert {"LRParser.parse", "LRParser.reduce", "TokenStream.next_token"} <= {f.__qualname__ for f in interp.graphs}
