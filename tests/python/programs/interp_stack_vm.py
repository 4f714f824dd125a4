# ruff: noqa
# a tiny stack-machine interpreter and a recursive-descent expression compiler for it
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        else:
            tokens.append(("op", c))
            i += 1
    return tokens
class Compiler:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.code = []
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("eof", None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            self.term()
            self.code.append(("ADD",) if op == "+" else ("SUB",))
    def term(self):
        self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            self.factor()
            self.code.append({"*": ("MUL",), "/": ("DIV",), "%": ("MOD",)}[op])
    def factor(self):
        kind, value = self.take()
        if kind == "num":
            self.code.append(("PUSH", value))
        elif kind == "name":
            self.code.append(("LOAD", value))
        elif (kind, value) == ("op", "("):
            self.expr()
            if self.take() != ("op", ")"):
                raise SyntaxError("expected )")
        elif (kind, value) == ("op", "-"):
            self.factor()
            self.code.append(("NEG",))
        else:
            raise SyntaxError("unexpected %r" % (value,))
def run(code, env):
    stack = []
    for instr in code:
        op = instr[0]
        if op == "PUSH":
            stack.append(instr[1])
        elif op == "LOAD":
            stack.append(env[instr[1]])
        elif op == "NEG":
            stack.append(-stack.pop())
        else:
            b, a = stack.pop(), stack.pop()
            if op == "ADD":
                stack.append(a + b)
            elif op == "SUB":
                stack.append(a - b)
            elif op == "MUL":
                stack.append(a * b)
            elif op == "DIV":
                stack.append(a // b)
            else:
                stack.append(a % b)
    return stack.pop()
for source in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - 2 * x + 1", "-(x + 10) % 7", "100 / (y - 3) + y"]:
    c = Compiler(tokenize(source))
    c.expr()
    print(source, "=>", c.code[:4], "... =", run(c.code, {"x": 5, "y": 7}))
for bad in ["(1 + 2", "1 + * 2", "z + 1"]:
    try:
        c = Compiler(tokenize(bad))
        c.expr()
        print(run(c.code, {}))
    except SyntaxError as e:
        print("SyntaxError:", e)
    except KeyError as e:
        print("KeyError:", e)
