"""The tutorial language's grammar: rply turns it into LALR(1) tables when this module is imported.
The productions build the syntax tree out of kit.interp's Nodes."""

from kit.interp import Node, node_at, nodes_in, token_at
from kit.rlib.parsing import ParserGenerator, Token
from languages.tutorial.lexer import TOKENS

generator = ParserGenerator(TOKENS, precedence=[        # the operators that bind loosest first
    ("left", ["EQ", "NE"]), ("left", ["LT", "LE", "GT", "GE"]), ("left", ["PLUS", "MINUS"]),
    ("left", ["STAR", "SLASH", "PERCENT"]), ("right", ["NEGATE"])])


@generator.production("args : exprs")
@generator.production("expr : LPAREN expr RPAREN")
@generator.production("block : LBRACE statements RBRACE")
@generator.production("statement : if")
@generator.production("program : statements")      # registered first (decorators run bottom up): the start
def inner(p):
    return nodes_in(p)[0]


@generator.production("statements : ")
@generator.production("args : ")
@generator.production("exprs : expr")
def new_list(p):
    return Node("list", "", nodes_in(p), None)


@generator.production("statements : statements statement")
@generator.production("exprs : exprs COMMA expr")
def longer_list(p):
    items = node_at(p, 0)
    items.children.append(node_at(p, len(p) - 1))
    return items


@generator.production("statement : expr SEMI")
@generator.production("statement : PRINT expr SEMI")
@generator.production("statement : RETURN expr SEMI")
@generator.production("statement : NAME ASSIGN expr SEMI")
@generator.production("statement : WHILE expr block")
@generator.production("statement : FN NAME LPAREN args RPAREN block")
@generator.production("if : IF expr block")
@generator.production("if : IF expr block ELSE block")
@generator.production("if : IF expr block ELSE if")
@generator.production("expr : NAME LPAREN args RPAREN")
@generator.production("expr : MINUS expr", precedence="NEGATE")
def operation(p):
    """A node whose kind is its first keyword or symbol ("while", "=", "+", ";" for `f(x);`, "(" for a
    call), with the name it mentions (if any) and its sub-trees as children."""
    kind, name, position = "", "", None
    for box in p:
        if isinstance(box, Token):
            if box.gettokentype() == "NAME":
                name = box.getstr()
            elif kind == "":
                kind, position = box.getstr(), box.getsourcepos()
    return Node(kind, name, nodes_in(p), position)


for operator in ["PLUS", "MINUS", "STAR", "SLASH", "PERCENT", "EQ", "NE", "LT", "LE", "GT", "GE"]:
    generator.production("expr : expr %s expr" % operator)(operation)


@generator.production("expr : INT")
@generator.production("expr : STRING")
@generator.production("expr : NAME")
def leaf(p):
    token = token_at(p, 0)
    return Node(token.gettokentype().lower(), token.getstr(), [], token.getsourcepos())


PARSER = generator.build()
