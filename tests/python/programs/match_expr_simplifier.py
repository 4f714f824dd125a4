# ruff: noqa
# an algebraic simplifier over expression trees written with match: class patterns with
# positional __match_args__, nested patterns, literal and wildcard sub-patterns, guards that
# compare captured sub-trees, or-patterns with captures bound in every alternative
class Expr:
    pass


class Num(Expr):
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __eq__(self, other):
        return isinstance(other, Num) and other.value == self.value

    def __repr__(self):
        return repr(self.value)


class Var(Expr):
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Var) and other.name == self.name

    def __repr__(self):
        return self.name


class Bin(Expr):
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def __eq__(self, other):
        return isinstance(other, Bin) and (self.op, self.left, self.right) == (other.op, other.left, other.right)

    def __repr__(self):
        return "(%r %s %r)" % (self.left, self.op, self.right)


def simplify(e):
    match e:
        case Bin(op, left, right):
            left, right = simplify(left), simplify(right)
            e = Bin(op, left, right)
        case _:
            return e
    match e:
        case Bin("+", Num(0), x) | Bin("+", x, Num(0)):
            return x
        case Bin("*", Num(1), x) | Bin("*", x, Num(1)):
            return x
        case Bin("*", Num(0), _) | Bin("*", _, Num(0)):
            return Num(0)
        case Bin("-", x, y) if x == y:
            return Num(0)
        case Bin("/", x, y) if x == y and x != Num(0):
            return Num(1)
        case Bin(op, Num(a), Num(b)) if op in "+-*":
            return Num({"+": a + b, "-": a - b, "*": a * b}[op])
        case Bin("+", x, y) if x == y:
            return Bin("*", Num(2), x)
        case Bin("*", Num(a), Bin("*", Num(b), rest)):
            return simplify(Bin("*", Num(a * b), rest))
        case _:
            return e


def parse(tokens):
    def expr(i):
        left, i = term(i)
        while i < len(tokens) and tokens[i] in "+-":
            op = tokens[i]
            right, i = term(i + 1)
            left = Bin(op, left, right)
        return left, i

    def term(i):
        left, i = atom(i)
        while i < len(tokens) and tokens[i] in "*/":
            op = tokens[i]
            right, i = atom(i + 1)
            left = Bin(op, left, right)
        return left, i

    def atom(i):
        match tokens[i]:
            case "(":
                e, i = expr(i + 1)
                return e, i + 1
            case str() as t if t.isdigit():
                return Num(int(t)), i + 1
            case t:
                return Var(t), i + 1

    return expr(0)[0]


for text in ["x + 0", "1 * ( y * 1 )", "( a - a ) + b", "2 * ( 3 * z )", "x / x + 0 * q", "( 1 + 2 ) * ( 3 + 4 )",
             "k + k", "( x - y ) * 1 + 0", "0 / 0", "w * ( v - v )"]:
    tree = parse(text.split())
    print("%-22s => %-22r => %r" % (text, tree, simplify(tree)))
