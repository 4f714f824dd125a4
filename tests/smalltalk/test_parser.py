"""The lexer and parser: tokens with positions, syntax errors, and which sends get inlined."""

import pytest

from languages.smalltalk import lexer as lx
from languages.smalltalk import universe
from languages.smalltalk.control_nodes import AndNode, IfElseNode, IfNilNode, IfNode, OrNode, ToDoNode, WhileNode
from languages.smalltalk.eager_nodes import EagerBinaryNode
from languages.smalltalk.errors import ParseError
from languages.smalltalk.nodes import BlockNode, SequenceNode
from languages.smalltalk.parser import Parser
from languages.smalltalk.send_nodes import MessageSendNode, SuperSendNode
from languages.smalltalk.target import CORELIB_DIR


def kinds(text):
    return [(t.kind, t.text) for t in lx.tokenize(text, "t.som")][:-1]


def test_tokens_and_positions():
    tokens = lx.tokenize("Foo = (\n  at: i put: v = ( ^ #at:put: ) )", "t.som")
    assert [(t.text, t.line, t.column) for t in tokens[:5]] == [
        ("Foo", 1, 1), ("=", 1, 5), ("(", 1, 7), ("at:", 2, 3), ("i", 2, 7)]
    assert tokens[-1].kind == lx.T_EOF


@pytest.mark.parametrize("text,expected", [
    ("x := 3", [(lx.T_IDENT, "x"), (lx.T_ASSIGN, ":="), (lx.T_INTEGER, "3")]),
    ("x:=3", [(lx.T_IDENT, "x"), (lx.T_ASSIGN, ":="), (lx.T_INTEGER, "3")]),
    ("a <= b", [(lx.T_IDENT, "a"), (lx.T_OPERATOR, "<="), (lx.T_IDENT, "b")]),
    ("1.5 2. 3", [(lx.T_DOUBLE, "1.5"), (lx.T_INTEGER, "2"), (lx.T_PERIOD, "."), (lx.T_INTEGER, "3")]),
    ("#foo #+ #'a b' #(", [(lx.T_SYMBOL, "foo"), (lx.T_SYMBOL, "+"), (lx.T_SYMBOL, "a b"),
                          (lx.T_ARRAY_START, "#(")]),
    ("------ x", [(lx.T_SEPARATOR, "------"), (lx.T_IDENT, "x")]),
    ("--", [(lx.T_OPERATOR, "--")]),
    ("[:a | a]", [(lx.T_LBRACKET, "["), (lx.T_COLON, ":"), (lx.T_IDENT, "a"), (lx.T_OPERATOR, "|"),
                  (lx.T_IDENT, "a"), (lx.T_RBRACKET, "]")]),
    ("'it\\'s\\n' \"comment\" ^", [(lx.T_STRING, "it's\n"), (lx.T_CARET, "^")]),
])
def test_token_kinds(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text,message", [
    ("'open", "1:1: error: unterminated string"),
    ("\"open", "1:1: error: unterminated comment"),
    ("a $ b", "1:3: error: unexpected character '$'"),
])
def test_lexical_errors(text, message):
    with pytest.raises(ParseError) as info:
        lx.tokenize(text, "t.som")
    assert info.value.format() == "t.som:" + message


@pytest.fixture
def world():
    universe.bootstrap([CORELIB_DIR])


def method_body(source, selector="m"):
    cls = Parser("T = ( " + source + " )", "T.som").parse_class("T")
    return cls.method_dict[selector].body


def statements(body):
    return body.statements if isinstance(body, SequenceNode) else [body]


@pytest.mark.parametrize("code,node_class", [
    ("x > 0 ifTrue: [ 1 ]", IfNode),
    ("x > 0 ifFalse: [ 1 ]", IfNode),
    ("x > 0 ifTrue: [ 1 ] ifFalse: [ 2 ]", IfElseNode),
    ("x ifNil: [ 1 ]", IfNilNode),
    ("x > 0 and: [ x < 9 ]", AndNode),
    ("x > 0 or: [ x < 9 ]", OrNode),
    ("x > 0 && [ x < 9 ]", AndNode),
    ("x > 0 || [ x < 9 ]", OrNode),
    ("[ x > 0 ] whileTrue: [ x := x - 1 ]", WhileNode),
    ("[ x > 0 ] whileFalse: [ x := x - 1 ]", WhileNode),
    ("1 to: x do: [ :i | i ]", ToDoNode),
    ("x to: 1 by: -1 do: [ :i | i ]", ToDoNode),
    ("x downTo: 1 do: [ :i | i ]", ToDoNode),
    ("x > 0 ifTrue: y", MessageSendNode),
    ("x > 0 ifTrue: [ :a | a ]", MessageSendNode),
    ("1 to: x do: y", MessageSendNode),
    ("1 to: x do: [ 3 ]", MessageSendNode),
    ("[ x ] value whileTrue: [ 3 ]", MessageSendNode),
    ("y := [ x > 0 ]. y whileTrue: [ 3 ]", MessageSendNode),
    ("1 to: x do: [ :i | y := [ i ] ]", MessageSendNode),
    ("x + 1", EagerBinaryNode),
    ("x , 1", MessageSendNode),
    ("super m", SuperSendNode),
    ("[ x ] value", MessageSendNode),
])
def test_inlining_decisions(world, code, node_class):
    body = method_body("| x y | m = ( " + code + " )")
    last_statement = statements(body)[-2]  # the last one is the implicit `self`
    assert type(last_statement) is node_class


def test_real_blocks_stay_blocks(world):
    body = method_body("m = ( ^ [ :a | a ] )")
    assert isinstance(body, BlockNode)
    assert body.code.num_args == 1


@pytest.mark.parametrize("source,message", [
    ("m = ( 1 + )", "expected an expression but found ')'"),
    ("m = ( self := 1 )", "cannot assign to self"),
    ("m = ( nil := 1 )", "cannot assign to nil"),
    ("m = ( unknown := 1 )", "cannot assign to unknown: it is not a variable or field"),
    ("m = ( | a a | )", "a is declared twice"),
    ("m: a = ( | a | )", "a is declared twice"),
    ("m = ( ^ 1. 2 )", "expected ')' after the return statement"),
    ("m = ( [ :self | 1 ] )", "cannot declare a variable named self"),
    ("m = ( #( 1 2 )", "expected a method pattern but found end of file"),
    ("m ( )", "expected '=' after the message pattern"),
    ("m = ( 1 ) extra", "expected '=' after the message pattern"),
])
def test_syntax_errors(world, source, message):
    with pytest.raises(ParseError) as info:
        method_body(source)
    assert message in info.value.message


def test_error_positions(world):
    with pytest.raises(ParseError) as info:
        Parser("T = (\n  m = (\n    1 +\n  )\n)", "T.som").parse_class("T")
    assert (info.value.line, info.value.column) == (4, 3)
    assert info.value.format() == "T.som:4:3: error: expected an expression but found ')'"


def test_methods_keep_definition_order(world):
    cls = Parser("T = ( b = ( ) a = ( ) + x = ( ) at: i put: v = ( ) )", "T.som").parse_class("T")
    assert [m.signature.value for m in cls.methods] == ["b", "a", "+", "at:put:"]


@pytest.mark.parametrize("source,selector,recursive", [
    ("fib: n = ( n < 2 ifTrue: [ ^ n ]. ^ (self fib: n - 1) + (self fib: n - 2) )", "fib:", True),
    ("walk: n = ( ^ n children do: [ :c | c walk: 3 ] )", "walk:", True),   # from a block too
    ("sum: n = ( ^ n + 1 )", "sum:", False),
    ("size = ( ^ super size + 1 )", "size", False),                       # super is not recursion
    ("m = ( ^ self other )", "m", False),
    ("at: i = ( ^ i at: 1 )", "at:", False),                  # fast-path selectors go to primitives
    ("+ x = ( ^ x + 1 )", "+", False),
])
def test_methods_sending_their_own_selector_get_a_portal_entry(world, source, selector, recursive):
    cls = Parser("T = ( other = ( ^ 1 ) " + source + " )", "T.som").parse_class("T")
    method = cls.method_dict[selector]
    assert (method.entry is not None) == recursive
    if recursive:
        assert method.entry.is_method_entry and method.entry.method is method


def test_one_method_per_cycle_of_sends_to_self_gets_a_portal_entry(world):
    source = """P = (
        parse = ( ^ self value )
        value = ( ^ self peek = 1 ifTrue: [ self list ] ifFalse: [ self atom ] )
        list = ( ^ [ self value ] value )
        atom = ( ^ self peek )
        peek = ( ^ 1 )
        ----
        make = ( ^ self build )
        build = ( ^ self make )
    )"""
    cls = Parser(source, "P.som").parse_class("P")
    entries = {m.signature.value: m.entry is not None for m in cls.methods}
    # value -> list -> value is one cycle: value (first in definition order) breaks it
    assert entries == {"parse": False, "value": True, "list": False, "atom": False, "peek": False}
    meta = {m.signature.value: m.entry is not None for m in cls.get_class().methods}
    assert meta == {"make": True, "build": False}


@pytest.mark.parametrize("code,peeled", [
    ("[ x < 9 and: [ (y charAt: x) isWhiteSpace ] ] whileTrue: [ x := x + 1 ]", True),
    ("1 to: x do: [ :i | y := y + i ]", True),
    ("[ x < 9 ] whileTrue: [ x := x + self other ]", False),              # sends to self
    ("[ x < 9 ] whileTrue: [ x := x + 1. y := y + 2. x := x + 1. y := y + 2. x := x + 1. y := y + 2 ]",
     False),                                                               # more than 30 tokens
])
def test_small_loops_are_peeled(world, code, peeled):
    body = method_body("| x y | other = ( ^ 1 ) m = ( " + code + " )")
    loop = statements(body)[-2]
    assert isinstance(loop, (WhileNode, ToDoNode))
    assert loop.peeled == peeled
