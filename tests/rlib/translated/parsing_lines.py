"""kit's lexer generator and rply grammar on many inputs: every input line is a small program (`\\n`
stands for a newline); the output line lists its tokens with line:column, then the parse tree as an
s-expression, or the lexer's or parser's error with its line:column.

The language: `let NAME = EXPR;` and `EXPR;` statements; numbers, strings, Unicode names, calls
`f(a, b)`, lists `[a, b]`, `+ - * /` with precedence, unary minus, `if`/`then`/`else` expressions.
"""

from kit.rlib.lexer import LexerError, LexerGenerator
from kit.rlib.parsing import BaseBox, ParserGenerator, ParsingError, Token
from kit.rlib.rstring import StringBuilder

lexer_generator = LexerGenerator(unicode=True)
lexer_generator.add("NUMBER", r"\d+(\.\d+)?([eE][+-]?\d+)?|0[xX][0-9a-fA-F]+")
lexer_generator.add("STRING", r'"([^"\\\n]|\\.)*"')
lexer_generator.add("LET", r"let")
lexer_generator.add("IF", r"if")
lexer_generator.add("THEN", r"then")
lexer_generator.add("ELSE", r"else")
lexer_generator.add("NAME", r"[^\W\d]\w*")
lexer_generator.add("PLUS", r"\+")
lexer_generator.add("MINUS", r"-")
lexer_generator.add("STAR", r"\*")
lexer_generator.add("SLASH", r"/")
lexer_generator.add("LPAREN", r"\(")
lexer_generator.add("RPAREN", r"\)")
lexer_generator.add("LBRACKET", r"\[")
lexer_generator.add("RBRACKET", r"\]")
lexer_generator.add("COMMA", r",")
lexer_generator.add("EQUALS", r"=")
lexer_generator.add("SEMI", r";")
lexer_generator.ignore(r"\s+")
lexer_generator.ignore(r"--[^\n]*")
LEXER = lexer_generator.build()


class Tree(BaseBox):
    """A parse tree node as an s-expression: a head and children (leaves have no children)."""

    def __init__(self, head: str, children: list["Tree"]) -> None:
        self.head = head
        self.children = children

    def dump(self, out: StringBuilder) -> None:
        if len(self.children) == 0:
            out.append(self.head)
            return
        out.append("(")
        out.append(self.head)
        for child in self.children:
            out.append(" ")
            child.dump(out)
        out.append(")")


class Items(BaseBox):
    """A comma-separated list under construction (arguments, list elements, statements)."""

    def __init__(self, items: list[Tree]) -> None:
        self.items = items


pg = ParserGenerator(["NUMBER", "STRING", "LET", "IF", "THEN", "ELSE", "NAME", "PLUS", "MINUS", "STAR",
                      "SLASH", "LPAREN", "RPAREN", "LBRACKET", "RBRACKET", "COMMA", "EQUALS", "SEMI"],
                     precedence=[("nonassoc", ["ELSE"]), ("left", ["PLUS", "MINUS"]),
                                 ("left", ["STAR", "SLASH"]), ("right", ["UMINUS"])])


def tree_of(box: BaseBox) -> Tree:
    assert isinstance(box, Tree)
    return box


def token_of(box: BaseBox) -> Token:
    assert isinstance(box, Token)
    return box


def items_of(box: BaseBox) -> list[Tree]:
    assert isinstance(box, Items)
    return box.items


@pg.production("program : ")
def program_empty(p):
    return Items([])


@pg.production("program : program statement")
def program_more(p):
    return Items(items_of(p[0]) + [tree_of(p[1])])


@pg.production("statement : LET NAME EQUALS expr SEMI")
def statement_let(p):
    return Tree("let", [Tree(token_of(p[1]).getstr(), []), tree_of(p[3])])


@pg.production("statement : expr SEMI")
def statement_expr(p):
    return p[0]


@pg.production("expr : expr PLUS expr")
@pg.production("expr : expr MINUS expr")
@pg.production("expr : expr STAR expr")
@pg.production("expr : expr SLASH expr")
def expr_binary(p):
    return Tree(token_of(p[1]).getstr(), [tree_of(p[0]), tree_of(p[2])])


@pg.production("expr : MINUS expr", precedence="UMINUS")
def expr_negate(p):
    return Tree("neg", [tree_of(p[1])])


@pg.production("expr : IF expr THEN expr ELSE expr")
def expr_if(p):
    return Tree("if", [tree_of(p[1]), tree_of(p[3]), tree_of(p[5])])


@pg.production("expr : LPAREN expr RPAREN")
def expr_group(p):
    return p[1]


@pg.production("expr : NUMBER")
@pg.production("expr : STRING")
@pg.production("expr : NAME")
def expr_atom(p):
    return Tree(token_of(p[0]).getstr(), [])


@pg.production("expr : NAME LPAREN arguments RPAREN")
def expr_call(p):
    return Tree("call", [Tree(token_of(p[0]).getstr(), [])] + items_of(p[2]))


@pg.production("expr : LBRACKET arguments RBRACKET")
def expr_list(p):
    return Tree("list", items_of(p[1]))


@pg.production("arguments : ")
def arguments_none(p):
    return Items([])


@pg.production("arguments : some_arguments")
def arguments_some(p):
    return p[0]


@pg.production("some_arguments : expr")
def some_arguments_one(p):
    return Items([tree_of(p[0])])


@pg.production("some_arguments : some_arguments COMMA expr")
def some_arguments_more(p):
    return Items(items_of(p[0]) + [tree_of(p[2])])


PARSER = pg.build()


def tokens_text(text: str) -> str:
    sb = StringBuilder()
    for token in LEXER.tokenize(text):
        pos = token.getsourcepos()
        assert pos is not None
        sb.append("%s@%d:%d " % (token.gettokentype(), pos.lineno, pos.colno))
    return sb.build()


def run_line(line: str) -> str:
    text = line.replace("\\n", "\n")
    try:
        tokens = tokens_text(text)
        program = PARSER.parse(LEXER.lex(text))
    except LexerError as error:
        pos = error.getsourcepos()
        return "lexer error %d:%d: %s" % (pos.lineno, pos.colno, error.message)
    except ParsingError as error:
        pos = error.getsourcepos()
        return "parse error %d:%d: %s" % (pos.lineno, pos.colno, error.message)
    sb = StringBuilder()
    sb.append(tokens)
    sb.append("=>")
    for statement in items_of(program):
        sb.append(" ")
        statement.dump(sb)
    return sb.build()


def run(lines: list[str]) -> None:
    for line in lines:
        print(run_line(line))
