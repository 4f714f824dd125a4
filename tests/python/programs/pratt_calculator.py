# ruff: noqa
# a Pratt parser and evaluator for a small expression language with variables, functions, comparison,
# boolean operators, unary minus, exponent right-associativity, error reporting with positions
import math
class CalcError(Exception):
    def __init__(self, message, pos):
        super().__init__("%s at %d" % (message, pos))
        self.pos = pos
TOKEN_SPEC = [("num", "0123456789."), ("name", "abcdefghijklmnopqrstuvwxyz_ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
OPERATORS = ["**", "==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "^", "(", ")", ",", "<", ">", "!", "=", "?", ":"]
def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch.isdigit() or (ch == "." and i + 1 < len(text) and text[i + 1].isdigit()):
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            lexeme = text[i:j]
            if lexeme.count(".") > 1:
                raise CalcError("bad number %r" % lexeme, i)
            tokens.append(("num", float(lexeme) if "." in lexeme else int(lexeme), i))
            i = j
            continue
        if ch.isalpha() or ch == "_":
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j], i))
            i = j
            continue
        for op in OPERATORS:
            if text.startswith(op, i):
                tokens.append(("op", op, i))
                i += len(op)
                break
        else:
            raise CalcError("unexpected character %r" % ch, i)
    tokens.append(("end", None, len(text)))
    return tokens
BINARY = {"||": (1, "left"), "&&": (2, "left"), "==": (3, "left"), "!=": (3, "left"), "<": (4, "left"),
          "<=": (4, "left"), ">": (4, "left"), ">=": (4, "left"), "+": (5, "left"), "-": (5, "left"),
          "*": (6, "left"), "/": (6, "left"), "%": (6, "left"), "**": (8, "right"), "^": (8, "right")}
class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.i = 0
    def peek(self):
        return self.tokens[self.i]
    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok
    def expect(self, value):
        tok = self.advance()
        if tok[1] != value:
            raise CalcError("expected %r, found %r" % (value, tok[1]), tok[2])
        return tok
    def parse(self):
        node = self.statement()
        tok = self.peek()
        if tok[0] != "end":
            raise CalcError("unexpected %r" % (tok[1],), tok[2])
        return node
    def statement(self):
        tok = self.peek()
        nxt = self.tokens[self.i + 1]
        if tok[0] == "name" and nxt[1] == "=":
            self.advance()
            self.advance()
            return ("assign", tok[1], self.expression(0))
        return self.expression(0)
    def expression(self, min_prec):
        left = self.prefix()
        while True:
            tok = self.peek()
            if tok[0] == "op" and tok[1] == "?" and min_prec == 0:
                self.advance()
                then = self.expression(0)
                self.expect(":")
                other = self.expression(0)
                left = ("if", left, then, other)
                continue
            if tok[0] != "op" or tok[1] not in BINARY:
                return left
            prec, assoc = BINARY[tok[1]]
            if prec < min_prec:
                return left
            self.advance()
            right = self.expression(prec + 1 if assoc == "left" else prec)
            left = ("bin", tok[1], left, right)
    def prefix(self):
        tok = self.advance()
        kind, value, pos = tok
        if kind == "num":
            return ("num", value)
        if kind == "name":
            if self.peek()[1] == "(":
                self.advance()
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expression(0))
                    while self.peek()[1] == ",":
                        self.advance()
                        args.append(self.expression(0))
                self.expect(")")
                return ("call", value, args, pos)
            return ("var", value, pos)
        if value == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        if value == "-":
            return ("neg", self.expression(7))
        if value == "!":
            return ("not", self.expression(7))
        raise CalcError("unexpected %r" % (value,), pos)
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "floor": math.floor, "hyp": math.hypot,
         "sum": lambda *a: sum(a), "avg": lambda *a: sum(a) / len(a)}
def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise CalcError("unknown variable %r" % node[1], node[2])
        return env[node[1]]
    if kind == "assign":
        env[node[1]] = value = evaluate(node[2], env)
        return value
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "not":
        return int(not evaluate(node[1], env))
    if kind == "if":
        return evaluate(node[2], env) if evaluate(node[1], env) else evaluate(node[3], env)
    if kind == "call":
        if node[1] not in FUNCS:
            raise CalcError("unknown function %r" % node[1], node[3])
        return FUNCS[node[1]](*[evaluate(a, env) for a in node[2]])
    op, a = node[1], evaluate(node[2], env)
    if op == "&&":
        return evaluate(node[3], env) if a else a
    if op == "||":
        return a if a else evaluate(node[3], env)
    b = evaluate(node[3], env)
    match op:
        case "+": return a + b
        case "-": return a - b
        case "*": return a * b
        case "/":
            if b == 0:
                raise CalcError("division by zero", 0)
            return a / b
        case "%": return a % b
        case "**" | "^": return a ** b
        case "==": return int(a == b)
        case "!=": return int(a != b)
        case "<": return int(a < b)
        case "<=": return int(a <= b)
        case ">": return int(a > b)
        case ">=": return int(a >= b)
def show(node):
    kind = node[0]
    if kind == "num":
        return repr(node[1])
    if kind == "var":
        return node[1]
    if kind == "assign":
        return "%s = %s" % (node[1], show(node[2]))
    if kind == "neg":
        return "(-%s)" % show(node[1])
    if kind == "not":
        return "(!%s)" % show(node[1])
    if kind == "if":
        return "(%s ? %s : %s)" % (show(node[1]), show(node[2]), show(node[3]))
    if kind == "call":
        return "%s(%s)" % (node[1], ", ".join(show(a) for a in node[2]))
    return "(%s %s %s)" % (show(node[2]), node[1], show(node[3]))
env = {"pi": math.pi}
lines = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "2 ^ 3 ^ 2", "-2 ** 2", "x = 10", "y = x * 2 + 1", "x + y",
         "x > 5 && y < 30", "x < 5 || y == 21", "!x", "x % 3 == 1 ? 100 : 200", "sqrt(16) + max(1, 7, 3)",
         "hyp(3, 4)", "avg(1, 2, 3, 4)", "floor(pi * 100) / 100", "1.5 * 4", "10 / 4", "7 - -3", "z = x > y ? x : y",
         "sum()", "abs(-3.25)", "1 2", "3 +", "foo(1)", "unknown + 1", "(1 + 2", "1 / (x - 10)", "4 $ 4", "1..2",
         "a = b = 3", "min(3, max(1, 2), 0 || 5)"]
for line in lines:
    try:
        tree = Parser(line).parse()
        value = evaluate(tree, env)
        print("%-26s %-40s => %r" % (line, show(tree), value))
    except CalcError as e:
        print("%-26s error: %s" % (line, e))
    except (TypeError, ValueError) as e:
        print("%-26s %s: %s" % (line, type(e).__name__, e))
print(sorted(k for k in env if k != "pi"), env["z"])
