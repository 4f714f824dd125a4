"""The lexer's run-time code is RPython: every function's flow graph builds and checks, and running
the graphs tokenizes exactly like running the functions."""

import pytest

from kit.flow import build_flow_graph
from kit.flow.checker import checkgraph
from kit.rlib.lexer import LexerError

from .flowcheck import FollowingInterpreter, runtime_functions
from .test_lexer import LANGUAGE

FUNCTIONS = runtime_functions("kit.rlib.lexer")


def test_the_run_time_half_is_found():
    names = {name.rsplit(".", 2)[-2] + "." + name.rsplit(".", 1)[-1] for name, _ in FUNCTIONS}
    assert {"TokenStream.next_token", "Lexer.longest_match", "Lexer.class_of", "Token.getstr"} <= names
    # the import-time half (regex parser, automaton, generator) is marked and left out
    assert not any(".regex." in name or ".automaton." in name or "LexerGenerator" in name for name, _ in FUNCTIONS)


@pytest.mark.parametrize("name,func", FUNCTIONS, ids=[name for name, _ in FUNCTIONS])
def test_graph_builds_and_checks(name, func):
    checkgraph(build_flow_graph(func))


def outcome(call):
    try:
        return "ok", [(t.name, t.value, t.source_pos.idx, t.source_pos.lineno, t.source_pos.colno) for t in call()]
    except LexerError as error:
        return "error", (error.message, error.source_pos.lineno, error.source_pos.colno)


@pytest.mark.parametrize("text", [
    'if x == 1.5 # note\n  y = "a\\"b" ** 2',
    "/* multi\nline */ iffy\n\n else",
    "x = é",
    "",
])
def test_graphs_tokenize_like_python(text):
    interp = FollowingInterpreter(("kit.rlib.lexer",))
    direct = outcome(lambda: LANGUAGE.tokenize(text))
    through_graphs = outcome(lambda: interp.call(LANGUAGE.tokenize, text))
    assert through_graphs == direct
    assert "TokenStream.next_token" in {getattr(f, "__qualname__", "") for f in interp.graphs}
