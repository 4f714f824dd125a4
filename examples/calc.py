"""A calculator written with kit's lexer generator and rply grammar: the example that proves them.

Usage: calc.py FILE | calc.py -e PROGRAM.  Statements (one per line or separated by `;`):
`x = EXPR` assigns, `print EXPR, ...` prints, a bare EXPR prints its value. Ints, floats, + - * /, ().
"""

import os

from kit.rlib.lexer import LexerGenerator
from kit.rlib.parsing import BaseBox, ParserGenerator, SourceError, Token
from kit.rlib.rarithmetic import ovfcheck

USAGE = "usage: calc FILE | calc -e PROGRAM\n"

# ---- the lexer (built at import time) --------------------------------------------------------------

lexer_generator = LexerGenerator()
lexer_generator.add("FLOAT", r"\d+\.\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|\d+[eE][+-]?\d+")
lexer_generator.add("INT", r"\d+")
lexer_generator.add("PRINT", r"print")       # a keyword: on a tie with NAME the earlier rule wins
lexer_generator.add("NAME", r"[A-Za-z_][A-Za-z_0-9]*")
lexer_generator.add("PLUS", r"\+")
lexer_generator.add("MINUS", r"-")
lexer_generator.add("STAR", r"\*")
lexer_generator.add("SLASH", r"/")
lexer_generator.add("LPAREN", r"\(")
lexer_generator.add("RPAREN", r"\)")
lexer_generator.add("EQUALS", r"=")
lexer_generator.add("COMMA", r",")
lexer_generator.add("SEMICOLON", r";")
lexer_generator.add("NEWLINE", r"\n")
lexer_generator.ignore(r"[ \t\r]+")
lexer_generator.ignore(r"#[^\n]*")
LEXER = lexer_generator.build()


class CalcError(SourceError):
    """An error while running the user's program, at a position in its text (like lexer and parser errors)."""


# ---- values --------------------------------------------------------------------------------------

class W_Number:
    def is_int(self):
        return False

    def as_float(self):
        raise NotImplementedError

    def as_int(self):
        raise NotImplementedError

    def str(self):
        raise NotImplementedError


class W_Int(W_Number):
    def __init__(self, value):
        self.value = value

    def is_int(self):
        return True

    def as_float(self):
        return float(self.value)

    def as_int(self):
        return self.value

    def str(self):
        return str(self.value)


class W_Float(W_Number):
    def __init__(self, value):
        self.value = value

    def as_float(self):
        return self.value

    def str(self):
        return str(self.value)


def arithmetic(op, left, right, position):
    """`left op right`: ints stay ints (overflow is an error), anything with a float gives a float."""
    if op == "/":
        divisor = right.as_float()
        if divisor == 0.0:
            raise CalcError("division by zero", position)
        return W_Float(left.as_float() / divisor)
    if left.is_int() and right.is_int():
        a = left.as_int()
        b = right.as_int()
        try:
            if op == "+":
                return W_Int(ovfcheck(a + b))
            if op == "-":
                return W_Int(ovfcheck(a - b))
            return W_Int(ovfcheck(a * b))
        except OverflowError:
            raise CalcError("integer overflow", position) from None
    x = left.as_float()
    y = right.as_float()
    if op == "+":
        return W_Float(x + y)
    if op == "-":
        return W_Float(x - y)
    return W_Float(x * y)


def negate(value, position):
    if value.is_int():
        try:
            return W_Int(ovfcheck(0 - value.as_int()))
        except OverflowError:
            raise CalcError("integer overflow", position) from None
    return W_Float(-value.as_float())


# ---- the tree the parser builds (every production returns a Node, a BaseBox) ----------------------

class Node(BaseBox):
    pass


class Expr(Node):
    """An expression. `1+1+1+...` makes a tree as deep as the input is long, so expressions are not
    evaluated by recursion (which would overflow the machine stack) but by Evaluator, which keeps
    its own stacks: `visit` schedules the work for a node, `apply` finishes it once its operands are
    computed."""

    def visit(self, evaluator):
        raise NotImplementedError

    def apply(self, evaluator):
        raise NotImplementedError

    def evaluate(self, calc):
        return Evaluator(calc).run(self)


class Number(Expr):
    def __init__(self, value):
        self.value = value

    def visit(self, evaluator):
        evaluator.values.append(self.value)


class Variable(Expr):
    def __init__(self, name, position):
        self.name = name
        self.position = position

    def visit(self, evaluator):
        value = evaluator.calc.variables.get(self.name, None)
        if value is None:
            raise CalcError("undefined variable '%s'" % self.name, self.position)
        evaluator.values.append(value)


class BinaryOp(Expr):
    def __init__(self, op, left, right, position):
        self.op = op
        self.left = left
        self.right = right
        self.position = position

    def visit(self, evaluator):
        evaluator.schedule(self, True)
        evaluator.schedule(self.right, False)
        evaluator.schedule(self.left, False)      # on top: evaluated first

    def apply(self, evaluator):
        right = evaluator.values.pop()
        left = evaluator.values.pop()
        evaluator.values.append(arithmetic(self.op, left, right, self.position))


class Negate(Expr):
    def __init__(self, operand, position):
        self.operand = operand
        self.position = position

    def visit(self, evaluator):
        evaluator.schedule(self, True)
        evaluator.schedule(self.operand, False)

    def apply(self, evaluator):
        evaluator.values.append(negate(evaluator.values.pop(), self.position))


class Evaluator:
    """Evaluates one expression with explicit stacks: nodes still to visit or to apply, and values."""

    def __init__(self, calc):
        self.calc = calc
        self.nodes = []
        self.operands_ready = []      # per entry of `nodes`: apply it (True) or visit it (False)
        self.values = []

    def schedule(self, node, operands_ready):
        self.nodes.append(node)
        self.operands_ready.append(operands_ready)

    def run(self, root):
        self.schedule(root, False)
        while self.nodes:
            node = self.nodes.pop()
            if self.operands_ready.pop():
                node.apply(self)
            else:
                node.visit(self)
        return self.values.pop()


class Statement(Node):
    def execute(self, calc):
        raise NotImplementedError


class Empty(Statement):
    def execute(self, calc):
        pass


class Assign(Statement):
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def execute(self, calc):
        calc.variables[self.name] = self.expr.evaluate(calc)


class Print(Statement):
    """`print a, b` and a bare expression (a Print of one expression)."""

    def __init__(self, exprs):
        self.exprs = exprs

    def execute(self, calc):
        parts = [expr.evaluate(calc).str() for expr in self.exprs]
        calc.write(" ".join(parts) + "\n")


class ExprList(Node):
    def __init__(self, exprs):
        self.exprs = exprs


class Program(Node):
    def __init__(self, statements):
        self.statements = statements


# Production results arrive as BaseBoxes; these say which kind each one is.
def token_at(p, i):
    box = p[i]
    assert isinstance(box, Token)
    return box


def expr_at(p, i):
    box = p[i]
    assert isinstance(box, Expr)
    return box


def statement_at(p, i):
    box = p[i]
    assert isinstance(box, Statement)
    return box


# ---- the grammar (tables built at import time by rply) ---------------------------------------------

parser_generator = ParserGenerator(
    ["FLOAT", "INT", "PRINT", "NAME", "PLUS", "MINUS", "STAR", "SLASH", "LPAREN", "RPAREN", "EQUALS",
     "COMMA", "SEMICOLON", "NEWLINE"],
    precedence=[("left", ["PLUS", "MINUS"]), ("left", ["STAR", "SLASH"]), ("right", ["UMINUS"])],
)


@parser_generator.production("program : statement")
def program_start(p):
    return Program([statement_at(p, 0)])


@parser_generator.production("program : program NEWLINE statement")
@parser_generator.production("program : program SEMICOLON statement")
def program_more(p):
    program = p[0]
    assert isinstance(program, Program)
    program.statements.append(statement_at(p, 2))
    return program


@parser_generator.production("statement : ")
def statement_empty(p):
    return Empty()


@parser_generator.production("statement : NAME EQUALS expr")
def statement_assign(p):
    return Assign(token_at(p, 0).getstr(), expr_at(p, 2))


@parser_generator.production("statement : PRINT exprlist")
def statement_print(p):
    exprs = p[1]
    assert isinstance(exprs, ExprList)
    return Print(exprs.exprs)


@parser_generator.production("statement : expr")
def statement_expr(p):
    return Print([expr_at(p, 0)])


@parser_generator.production("exprlist : expr")
def exprlist_one(p):
    return ExprList([expr_at(p, 0)])


@parser_generator.production("exprlist : exprlist COMMA expr")
def exprlist_more(p):
    exprs = p[0]
    assert isinstance(exprs, ExprList)
    exprs.exprs.append(expr_at(p, 2))
    return exprs


@parser_generator.production("expr : expr PLUS expr")
@parser_generator.production("expr : expr MINUS expr")
@parser_generator.production("expr : expr STAR expr")
@parser_generator.production("expr : expr SLASH expr")
def expr_binary(p):
    operator = token_at(p, 1)
    return BinaryOp(operator.getstr(), expr_at(p, 0), expr_at(p, 2), operator.getsourcepos())


@parser_generator.production("expr : MINUS expr", precedence="UMINUS")
def expr_negate(p):
    return Negate(expr_at(p, 1), token_at(p, 0).getsourcepos())


@parser_generator.production("expr : PLUS expr", precedence="UMINUS")
def expr_plus(p):
    return expr_at(p, 1)


@parser_generator.production("expr : LPAREN expr RPAREN")
def expr_group(p):
    return expr_at(p, 1)


@parser_generator.production("expr : INT")
def expr_int(p):
    token = token_at(p, 0)
    return Number(W_Int(parse_int(token.getstr(), token.getsourcepos())))


@parser_generator.production("expr : FLOAT")
def expr_float(p):
    return Number(W_Float(float(token_at(p, 0).getstr())))


@parser_generator.production("expr : NAME")
def expr_name(p):
    token = token_at(p, 0)
    return Variable(token.getstr(), token.getsourcepos())


PARSER = parser_generator.build()


def parse_int(digits, position):
    """The value of a decimal literal; one that does not fit a machine word is an error."""
    value = 0
    try:
        for char in digits:
            value = ovfcheck(value * 10)
            value = ovfcheck(value + (ord(char) - ord("0")))
    except OverflowError:
        raise CalcError("integer literal too large: " + digits, position) from None
    return value


# ---- running programs ------------------------------------------------------------------------------

class Calculator:
    def __init__(self):
        self.variables = {}

    def write(self, text):
        os.write(1, text.encode("utf-8"))

    def run(self, source):
        """Parse all of `source`, then execute its statements in order."""
        program = PARSER.parse(LEXER.lex(source))
        assert isinstance(program, Program)
        for statement in program.statements:
            statement.execute(self)


def error_line(filename, position, message):
    line = 0
    column = 0
    if position is not None:
        line = position.lineno
        column = position.colno
    return "%s:%d:%d: error: %s\n" % (filename, line, column, message)


def run_source(source, filename):
    """Run a program; report an error in it as FILE:LINE:COLUMN: error: ... and return 1."""
    try:
        Calculator().run(source)
    except SourceError as e:      # LexerError, ParsingError or CalcError
        os.write(2, error_line(filename, e.getsourcepos(), e.message).encode("utf-8"))
        return 1
    return 0


def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0)
    chunks = []
    try:
        while True:
            data = os.read(fd, 65536)
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(fd)
    return b"".join(chunks).decode("utf-8")


def entry_point(argv):
    if len(argv) == 2 and argv[1] in ("-h", "--help"):
        os.write(1, USAGE.encode())
        return 0
    if len(argv) == 3 and argv[1] == "-e":
        return run_source(argv[2], "<expr>")
    if len(argv) != 2 or argv[1].startswith("-"):
        os.write(2, USAGE.encode())
        return 1
    path = argv[1]
    try:
        source = read_file(path)
    except OSError as e:
        os.write(2, ("calc: cannot read %s (errno %d)\n" % (path, e.errno)).encode())
        return 1
    except UnicodeDecodeError:
        os.write(2, ("calc: %s is not UTF-8 text\n" % path).encode())
        return 1
    return run_source(source, path)


def target():
    return entry_point


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
