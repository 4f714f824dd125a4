# ruff: noqa
# a tiny BASIC interpreter: numbered lines, LET/PRINT/IF-THEN/GOTO/GOSUB/RETURN/FOR-NEXT/END, expressions with
# precedence parsed by recursive descent, string and numeric variables, runtime errors with line numbers
class BasicError(Exception):
    pass
def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(("num", float(text[i:j]) if "." in text[i:j] else int(text[i:j])))
            i = j
        elif c == '"':
            j = text.index('"', i + 1)
            tokens.append(("str", text[i + 1:j]))
            i = j + 1
        elif c.isalpha():
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "$"):
                j += 1
            word = text[i:j].upper()
            tokens.append(("kw" if word in KEYWORDS else "id", word))
            i = j
        elif text[i:i + 2] in ("<=", ">=", "<>"):
            tokens.append(("op", text[i:i + 2]))
            i += 2
        else:
            tokens.append(("op", c))
            i += 1
    return tokens
KEYWORDS = {"LET", "PRINT", "IF", "THEN", "GOTO", "GOSUB", "RETURN", "FOR", "TO", "STEP", "NEXT", "END", "REM", "AND", "OR", "NOT", "MOD"}
class Interpreter:
    def __init__(self, source):
        self.lines = {}
        for raw in source.strip().splitlines():
            num, _, rest = raw.strip().partition(" ")
            self.lines[int(num)] = rest
        self.order = sorted(self.lines)
        self.vars = {}
        self.out = []
        self.gosub = []
        self.loops = {}
    def run(self, limit=10000):
        pc = 0
        steps = 0
        while pc < len(self.order):
            steps += 1
            if steps > limit:
                raise BasicError("step limit")
            self.line_no = self.order[pc]
            self.toks = tokenize(self.lines[self.line_no])
            self.pos = 0
            target = self.statement(pc)
            pc = pc + 1 if target is None else target
            if pc == -1:
                break
        return "".join(self.out)
    def peek(self):
        return self.toks[self.pos] if self.pos < len(self.toks) else ("end", None)
    def take(self, expected=None):
        tok = self.peek()
        if expected and tok[1] != expected:
            raise BasicError("line %d: expected %s" % (self.line_no, expected))
        self.pos += 1
        return tok
    def jump(self, line):
        if line not in self.lines:
            raise BasicError("line %d: no line %s" % (self.line_no, line))
        return self.order.index(line)
    def statement(self, pc):
        kind, word = self.take()
        if word == "REM":
            return None
        if word == "END":
            return -1
        if word == "LET" or kind == "id":
            name = self.take()[1] if word == "LET" else word
            self.take("=")
            self.vars[name] = self.expr()
            return None
        if word == "PRINT":
            parts = []
            newline = True
            while self.peek()[0] != "end":
                parts.append(self.expr())
                if self.peek()[1] in (";", ","):
                    newline = self.take()[1] != ";" or self.peek()[0] != "end"
                    if self.peek()[0] == "end":
                        newline = False
            self.out.append(" ".join(fmt(p) for p in parts) + ("\n" if newline else ""))
            return None
        if word == "IF":
            cond = self.expr()
            self.take("THEN")
            if cond:
                if self.peek()[0] == "num":
                    return self.jump(self.take()[1])
                return self.statement(pc)
            return None
        if word == "GOTO":
            return self.jump(self.expr())
        if word == "GOSUB":
            self.gosub.append(pc + 1)
            return self.jump(self.expr())
        if word == "RETURN":
            if not self.gosub:
                raise BasicError("line %d: RETURN without GOSUB" % self.line_no)
            return self.gosub.pop()
        if word == "FOR":
            name = self.take()[1]
            self.take("=")
            self.vars[name] = self.expr()
            self.take("TO")
            limit = self.expr()
            step = 1
            if self.peek()[1] == "STEP":
                self.take()
                step = self.expr()
            self.loops[name] = (pc + 1, limit, step)
            return None
        if word == "NEXT":
            name = self.take()[1]
            if name not in self.loops:
                raise BasicError("line %d: NEXT without FOR" % self.line_no)
            body, limit, step = self.loops[name]
            self.vars[name] += step
            if (step > 0 and self.vars[name] <= limit) or (step < 0 and self.vars[name] >= limit):
                return body
            del self.loops[name]
            return None
        raise BasicError("line %d: syntax error near %r" % (self.line_no, word))
    def expr(self):
        left = self.comparison()
        while self.peek()[1] in ("AND", "OR"):
            op = self.take()[1]
            right = self.comparison()
            left = int(bool(left) and bool(right)) if op == "AND" else int(bool(left) or bool(right))
        return left
    def comparison(self):
        left = self.additive()
        while self.peek()[1] in ("=", "<", ">", "<=", ">=", "<>"):
            op = self.take()[1]
            right = self.additive()
            left = int({"=": left == right, "<": left < right, ">": left > right, "<=": left <= right,
                        ">=": left >= right, "<>": left != right}[op])
        return left
    def additive(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            right = self.term()
            if op == "+":
                if isinstance(left, str) != isinstance(right, str):
                    left, right = fmt(left), fmt(right)
                left = left + right
            else:
                left = left - right
        return left
    def term(self):
        left = self.unary()
        while self.peek()[1] in ("*", "/", "MOD"):
            op = self.take()[1]
            right = self.unary()
            if op in ("/", "MOD") and right == 0:
                raise BasicError("line %d: division by zero" % self.line_no)
            left = left * right if op == "*" else (left % right if op == "MOD" else left / right)
        return left
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return -self.unary()
        if self.peek()[1] == "NOT":
            self.take()
            return int(not self.unary())
        return self.atom()
    def atom(self):
        kind, value = self.take()
        if kind in ("num", "str"):
            return value
        if kind == "id":
            if value not in self.vars:
                raise BasicError("line %d: undefined variable %s" % (self.line_no, value))
            return self.vars[value]
        if value == "(":
            v = self.expr()
            self.take(")")
            return v
        raise BasicError("line %d: unexpected %r" % (self.line_no, value))
def fmt(v):
    if isinstance(v, float) and v == int(v):
        return str(int(v))
    return str(v)
PROGRAMS = ["""
10 REM fizzbuzz
20 FOR I = 1 TO 15
30 IF I MOD 15 = 0 THEN PRINT "FizzBuzz" ; 
40 IF I MOD 15 = 0 THEN GOTO 80
50 IF I MOD 3 = 0 THEN PRINT "Fizz" ;
60 IF I MOD 5 = 0 THEN PRINT "Buzz" ;
70 IF I MOD 3 <> 0 AND I MOD 5 <> 0 THEN PRINT I ;
80 PRINT " " ;
90 NEXT I
100 PRINT ""
""", """
10 LET N = 10
20 LET A = 0
30 LET B = 1
40 GOSUB 100
50 PRINT "fib" ; N ; "=" ; A
60 END
100 IF N = 0 THEN RETURN
110 LET T = A + B
120 LET A = B
130 LET B = T
140 LET N = N - 1
150 GOTO 100
""", """
10 LET S$ = "ab"
20 FOR K = 3 TO 1 STEP -1
30 LET S$ = S$ + K
40 NEXT K
50 PRINT S$, 7 / 2, (1 + 2) * -3, NOT 0, 2 < 3 AND 3 < 2
""", """
10 LET X = 5
20 PRINT X / (X - 5)
""", """
10 GOTO 99
""", """
10 PRINT Y
""", """
10 RETURN
"""]
for src in PROGRAMS:
    try:
        print(repr(Interpreter(src).run()))
    except BasicError as e:
        print("BasicError:", e)
