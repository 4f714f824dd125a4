# ruff: noqa
# match class patterns on a small AST: evaluating and simplifying expressions with nested class patterns
class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return repr(self.value)
class Var:
    __match_args__ = ("name",)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
class BinOp:
    __match_args__ = ("op", "left", "right")
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def __repr__(self):
        return "(%r %s %r)" % (self.left, self.op, self.right)
def simplify(e):
    match e:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num({"+": a + b, "-": a - b, "*": a * b}[op])
                case ("-", x, y) if repr(x) == repr(y):
                    return Num(0)
                case _:
                    return BinOp(op, left, right)
        case _:
            return e
def evaluate(e, env):
    match e:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(name)
        case BinOp("+", l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp("-", l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp("*", l, r):
            return evaluate(l, env) * evaluate(r, env)
exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    BinOp("-", Var("x"), Var("x")),
    BinOp("*", Num(0), BinOp("+", Var("a"), Var("b"))),
    BinOp("+", BinOp("*", Num(2), Var("x")), BinOp("-", Num(10), Num(4))),
]
for e in exprs:
    s = simplify(e)
    print(e, "=>", s, "=", evaluate(s, {"x": 7, "y": 2}))
try:
    evaluate(Var("q"), {})
except NameError as err:
    print("NameError:", err)
match [Num(1), Var("v"), BinOp("+", Num(1), Num(2))]:
    case [Num(), Var(name="v"), BinOp(op="+", right=Num(value=2))]:
        print("keyword class patterns matched")
match 3.0:
    case int():
        print("int")
    case float(x) if x.is_integer():
        print("integral float", x)
match (1, [2, (3, {"k": 4})]):
    case (a, [b, (c, {"k": d})]):
        print("deep destructure", a + b + c + d)
