# ruff: noqa
# symbolic algebra with operator overloading: expression trees built from Python operators, simplification
# rules, differentiation (product, quotient, chain rules), evaluation with environments, pretty printing with
# minimal parentheses, and Newton's method driven by the symbolic derivative
import math
class Expr:
    def __add__(self, o): return Add(self, lift(o))
    def __radd__(self, o): return Add(lift(o), self)
    def __sub__(self, o): return Sub(self, lift(o))
    def __rsub__(self, o): return Sub(lift(o), self)
    def __mul__(self, o): return Mul(self, lift(o))
    def __rmul__(self, o): return Mul(lift(o), self)
    def __truediv__(self, o): return Div(self, lift(o))
    def __rtruediv__(self, o): return Div(lift(o), self)
    def __pow__(self, o): return Pow(self, lift(o))
    def __neg__(self): return Mul(Const(-1), self)
    def __repr__(self): return self.show(0)
def lift(v):
    return v if isinstance(v, Expr) else Const(v)
class Const(Expr):
    def __init__(self, v): self.v = v
    def show(self, prec): return str(self.v) if self.v >= 0 or prec == 0 else "(%s)" % self.v
    def ev(self, env): return self.v
    def d(self, var): return Const(0)
    def simp(self): return self
    def __eq__(self, o): return isinstance(o, Const) and o.v == self.v
    __hash__ = None
class Var(Expr):
    def __init__(self, name): self.name = name
    def show(self, prec): return self.name
    def ev(self, env): return env[self.name]
    def d(self, var): return Const(1 if var == self.name else 0)
    def simp(self): return self
    def __eq__(self, o): return isinstance(o, Var) and o.name == self.name
    __hash__ = None
class Bin(Expr):
    sym, prec = "?", 0
    def __init__(self, a, b): self.a, self.b = a, b
    def show(self, prec):
        right_prec = self.prec + (1 if self.sym in "-/" else 0) if self.sym != "^" else self.prec
        text = "%s %s %s" % (self.a.show(self.prec + (1 if self.sym == "^" else 0)), self.sym, self.b.show(right_prec))
        return "(%s)" % text if self.prec < prec else text
    def __eq__(self, o): return type(o) is type(self) and o.a == self.a and o.b == self.b
    __hash__ = None
class Add(Bin):
    sym, prec = "+", 1
    def ev(self, env): return self.a.ev(env) + self.b.ev(env)
    def d(self, v): return Add(self.a.d(v), self.b.d(v))
    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v + b.v)
        if a == Const(0): return b
        if b == Const(0): return a
        if a == b: return Mul(Const(2), a).simp()
        return Add(a, b)
class Sub(Bin):
    sym, prec = "-", 1
    def ev(self, env): return self.a.ev(env) - self.b.ev(env)
    def d(self, v): return Sub(self.a.d(v), self.b.d(v))
    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v - b.v)
        if b == Const(0): return a
        if a == b: return Const(0)
        return Sub(a, b)
class Mul(Bin):
    sym, prec = "*", 2
    def ev(self, env): return self.a.ev(env) * self.b.ev(env)
    def d(self, v): return Add(Mul(self.a.d(v), self.b), Mul(self.a, self.b.d(v)))
    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v * b.v)
        if a == Const(0) or b == Const(0): return Const(0)
        if a == Const(1): return b
        if b == Const(1): return a
        if isinstance(b, Const): a, b = b, a
        if isinstance(a, Const) and isinstance(b, Mul) and isinstance(b.a, Const):
            return Mul(Const(a.v * b.a.v), b.b).simp()
        if a == b: return Pow(a, Const(2))
        return Mul(a, b)
class Div(Bin):
    sym, prec = "/", 2
    def ev(self, env): return self.a.ev(env) / self.b.ev(env)
    def d(self, v): return Div(Sub(Mul(self.a.d(v), self.b), Mul(self.a, self.b.d(v))), Pow(self.b, Const(2)))
    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if a == Const(0): return Const(0)
        if b == Const(1): return a
        if a == b: return Const(1)
        if isinstance(a, Const) and isinstance(b, Const) and a.v % b.v == 0: return Const(a.v // b.v)
        return Div(a, b)
class Pow(Bin):
    sym, prec = "^", 3
    def ev(self, env): return self.a.ev(env) ** self.b.ev(env)
    def d(self, v):
        if isinstance(self.b, Const):
            return Mul(Mul(Const(self.b.v), Pow(self.a, Const(self.b.v - 1))), self.a.d(v))
        return Mul(self, Add(Mul(self.b.d(v), Fn("ln", self.a)), Div(Mul(self.b, self.a.d(v)), self.a)))
    def simp(self):
        a, b = self.a.simp(), self.b.simp()
        if b == Const(0): return Const(1)
        if b == Const(1): return a
        if isinstance(a, Const) and isinstance(b, Const): return Const(a.v ** b.v)
        return Pow(a, b)
FUNCS = {"sin": (math.sin, lambda x: Fn("cos", x)), "cos": (math.cos, lambda x: -Fn("sin", x)),
         "exp": (math.exp, lambda x: Fn("exp", x)), "ln": (math.log, lambda x: Div(Const(1), x))}
class Fn(Expr):
    def __init__(self, name, arg): self.name, self.arg = name, arg
    def show(self, prec): return "%s(%s)" % (self.name, self.arg.show(0))
    def ev(self, env): return FUNCS[self.name][0](self.arg.ev(env))
    def d(self, v): return Mul(FUNCS[self.name][1](self.arg), self.arg.d(v))
    def simp(self): return Fn(self.name, self.arg.simp())
    def __eq__(self, o): return isinstance(o, Fn) and o.name == self.name and o.arg == self.arg
    __hash__ = None
def simplify(e):
    prev = None
    while repr(e) != prev:
        prev = repr(e)
        e = e.simp()
    return e
x, y = Var("x"), Var("y")
exprs = [x * x + 3 * x + 2, (x + 1) * (x - 1), x ** 3 / (x + 1), Fn("sin", x * x), Fn("exp", 2 * x) * Fn("cos", x),
         x ** y, Fn("ln", x ** 2 + 1), 5 - x * 0 + 1 * x, (x + y) ** 2 - (x - y) ** 2, 1 / x]
for e in exprs:
    de = simplify(e.d("x"))
    print("%-30s d/dx = %-50s at 2: %.6f" % (repr(simplify(e)), repr(de), de.ev({"x": 2.0, "y": 3.0})))
    h = 1e-6
    numeric = (e.ev({"x": 2.0 + h, "y": 3.0}) - e.ev({"x": 2.0 - h, "y": 3.0})) / (2 * h)
    assert abs(numeric - de.ev({"x": 2.0, "y": 3.0})) < 1e-4 * max(1, abs(numeric)), e
print(simplify((x + y) ** 2 - (x - y) ** 2).d("y"), simplify(simplify((x * y) ** 2).d("y")))
f = x ** 3 - 2 * x - 5
df = simplify(f.d("x"))
guess = 2.0
for i in range(6):
    guess -= f.ev({"x": guess}) / df.ev({"x": guess})
    print(i, "%.12f" % guess)
print(repr(x - (y - 1)), repr((x - y) - 1), repr(x / (y * 2)), repr(x ** (y ** 2)), repr((x ** y) ** 2), repr(-x))
