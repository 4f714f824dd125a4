# ruff: noqa
# a spreadsheet: cell formulas with references and ranges, dependency graph, topological recalculation,
# cycle detection, error values propagating, functions over ranges, formatted table output
import math
class CellError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n
def col_letters(n):
    out = ""
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out
def split_ref(ref):
    i = 0
    while ref[i].isalpha():
        i += 1
    return ref[:i], int(ref[i:])
def expand_range(a, b):
    ca, ra = split_ref(a)
    cb, rb = split_ref(b)
    return [col_letters(c) + str(r) for r in range(min(ra, rb), max(ra, rb) + 1)
            for c in range(min(col_index(ca), col_index(cb)), max(col_index(ca), col_index(cb)) + 1)]
def tokenize(formula):
    tokens = []
    i = 0
    while i < len(formula):
        ch = formula[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(formula) and (formula[j].isdigit() or formula[j] == "."):
                j += 1
            tokens.append(("num", float(formula[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(formula) and formula[j].isalnum():
                j += 1
            word = formula[i:j].upper()
            if j < len(formula) and formula[j] == ":":
                k = j + 1
                while k < len(formula) and formula[k].isalnum():
                    k += 1
                tokens.append(("range", expand_range(word, formula[j + 1:k].upper())))
                i = k
            elif j < len(formula) and formula[j] == "(":
                tokens.append(("func", word))
                i = j
            else:
                tokens.append(("ref", word))
                i = j
        else:
            tokens.append(("op", ch))
            i += 1
    return tokens
FUNCS = {"SUM": lambda vs: sum(vs), "AVG": lambda vs: sum(vs) / len(vs) if vs else CellError("#DIV/0"),
         "MAX": max, "MIN": min, "COUNT": len, "SQRT": lambda vs: math.sqrt(vs[0]) if vs[0] >= 0 else CellError("#NUM"),
         "ABS": lambda vs: abs(vs[0]), "ROUND": lambda vs: round(vs[0], int(vs[1]) if len(vs) > 1 else 0)}
class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}
        self.deps = {}
    def set(self, ref, text):
        self.raw[ref] = text
        self.recalc()
    def references(self, ref):
        text = self.raw.get(ref, "")
        if not isinstance(text, str) or not text.startswith("="):
            return []
        refs = []
        for kind, value in tokenize(text[1:]):
            if kind == "ref":
                refs.append(value)
            elif kind == "range":
                refs.extend(value)
        return refs
    def order(self):
        visiting, done, order, cyclic = set(), set(), [], set()
        def visit(ref, stack):
            if ref in done:
                return
            if ref in visiting:
                cyclic.update(stack[stack.index(ref):])
                return
            visiting.add(ref)
            for dep in self.references(ref):
                visit(dep, stack + [dep])
            visiting.discard(ref)
            done.add(ref)
            order.append(ref)
        for ref in sorted(self.raw):
            visit(ref, [ref])
        return order, cyclic
    def recalc(self):
        order, cyclic = self.order()
        self.values = {}
        for ref in order:
            if ref in cyclic:
                self.values[ref] = CellError("#CYCLE")
                continue
            try:
                self.values[ref] = self.evaluate(ref)
            except CellError as e:
                self.values[ref] = e
            except ZeroDivisionError:
                self.values[ref] = CellError("#DIV/0")
    def value_of(self, ref):
        v = self.values.get(ref, 0.0)
        if isinstance(v, CellError):
            raise v
        if isinstance(v, str):
            raise CellError("#VALUE")
        return v
    def evaluate(self, ref):
        text = self.raw.get(ref, "")
        if isinstance(text, (int, float)):
            return float(text)
        if not text.startswith("="):
            try:
                return float(text)
            except ValueError:
                return text
        self.tokens = tokenize(text[1:])
        self.pos = 0
        result = self.expr()
        if self.pos != len(self.tokens):
            raise CellError("#PARSE")
        return result
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", None)
    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value
    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs
        return value
    def factor(self):
        kind, value = self.take()
        if kind == "num":
            return value
        if kind == "ref":
            return self.value_of(value)
        if kind == "op" and value == "-":
            return -self.factor()
        if kind == "op" and value == "(":
            inner = self.expr()
            if self.take() != ("op", ")"):
                raise CellError("#PARSE")
            return inner
        if kind == "func":
            self.take()
            args = []
            while self.peek() != ("op", ")"):
                if self.peek()[0] == "range":
                    args.extend(self.value_of(r) for r in self.take()[1] if r in self.raw)
                else:
                    args.append(self.expr())
                if self.peek() == ("op", ","):
                    self.take()
            self.take()
            if value not in FUNCS:
                raise CellError("#NAME")
            result = FUNCS[value](args)
            if isinstance(result, CellError):
                raise result
            return float(result)
        raise CellError("#PARSE")
    def render(self, cols, rows):
        header = "    " + "".join(c.rjust(10) for c in cols)
        lines = [header]
        for r in range(1, rows + 1):
            cells = []
            for c in cols:
                v = self.values.get(c + str(r), "")
                if isinstance(v, CellError):
                    cells.append(v.code.rjust(10))
                elif isinstance(v, float):
                    cells.append(("%.2f" % v).rjust(10))
                else:
                    cells.append(str(v).rjust(10))
            lines.append(str(r).rjust(3) + " " + "".join(cells))
        return "\n".join(lines)
sheet = Sheet()
data = {"A1": "Item", "B1": "Qty", "C1": "Price", "D1": "Total",
        "A2": "apple", "B2": 3, "C2": 0.5, "D2": "=B2*C2",
        "A3": "pear", "B3": 2, "C3": 0.75, "D3": "=B3*C3",
        "A4": "melon", "B4": 1, "C4": 2.5, "D4": "=B4*C4",
        "A5": "sum", "B5": "=SUM(B2:B4)", "D5": "=SUM(D2:D4)",
        "A6": "avg", "C6": "=ROUND(AVG(C2:C4), 3)", "D6": "=D5/B5",
        "A7": "bad", "B7": "=B8+1", "B8": "=B7*2", "C7": "=1/(B2-3)", "D7": "=SQRT(0-4)",
        "A8": "misc", "C8": "=MAX(B2:B4)*-(2+1)", "D8": "=FOO(1)"}
for ref, text in data.items():
    sheet.raw[ref] = text
sheet.recalc()
print(sheet.render(["A", "B", "C", "D"], 8))
sheet.set("B2", 10)
print(sheet.values["D2"], sheet.values["B5"], sheet.values["D5"], round(sheet.values["D6"], 4))
sheet.set("B8", "=5")
print(sheet.values["B7"], sheet.values["B8"])
sheet.set("C2", "oops")
print(sheet.values["D2"].code, sheet.values["D5"].code, sheet.values["D6"].code)
print(expand_range("A1", "B2"), expand_range("Z9", "AB10")[:3], col_letters(28), col_index("AB"), col_letters(702), col_letters(703))
