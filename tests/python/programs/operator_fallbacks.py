# ruff: noqa
# binary operator dispatch: reflected methods, subclass priority for reflected operands, NotImplemented
# chains, in-place operator fallbacks, comparison reflection, error messages naming both operand types
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)
    def __add__(self, other):
        print("  %s.__add__" % type(self).__name__)
        if isinstance(other, Num):
            return type(self)(self.v + other.v)
        if isinstance(other, int):
            return type(self)(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("  %s.__radd__" % type(self).__name__)
        if isinstance(other, int):
            return type(self)(other + self.v)
        return NotImplemented
class SubNum(Num):
    def __radd__(self, other):
        print("  SubNum.__radd__")
        return SubNum(("sub", other.v if isinstance(other, Num) else other, self.v))
print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(Num(1) + SubNum(2))     # subclass's reflected method is tried first
print(SubNum(2) + Num(1))
try:
    Num(1) + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + Num(1)
except TypeError as e:
    print("TypeError:", e)
# in-place: __iadd__ first, then __add__, then __radd__
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("  Acc.__iadd__")
        if isinstance(other, list):
            self.items.extend(other)
            return self
        return NotImplemented
    def __add__(self, other):
        print("  Acc.__add__")
        if isinstance(other, tuple):
            return Acc(self.items + list(other))
        return NotImplemented
    def __repr__(self):
        return "Acc(%r)" % self.items
a = Acc([1])
b = a
a += [2]
print(a, a is b)
a += (3,)
print(a, a is b)
try:
    a += 5
except TypeError as e:
    print("TypeError:", e)
# in-place on immutable falls back to binary op producing a new object
t = (1, 2)
u = t
t += (3,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)
lst = [1]
alias = lst
lst += (2, 3)            # list.__iadd__ accepts any iterable
print(lst, alias is lst)
try:
    lst = lst + (4,)
except TypeError as e:
    print("TypeError:", e)
# comparison reflection: a < b tries b > a when a returns NotImplemented
class Weight:
    def __init__(self, kg):
        self.kg = kg
    def __lt__(self, other):
        print("  Weight.__lt__")
        if isinstance(other, Weight):
            return self.kg < other.kg
        return NotImplemented
    def __gt__(self, other):
        print("  Weight.__gt__")
        if isinstance(other, (int, float)):
            return self.kg > other
        return NotImplemented
    def __eq__(self, other):
        print("  Weight.__eq__")
        if isinstance(other, Weight):
            return self.kg == other.kg
        return NotImplemented
print(Weight(1) < Weight(2))
print(3 < Weight(5))        # int.__lt__ -> NotImplemented, then Weight.__gt__
print(Weight(5) == Weight(5), Weight(5) == 5, 5 == Weight(5), Weight(1) != Weight(2))
try:
    Weight(1) < 3
except TypeError as e:
    print("TypeError:", e)
try:
    Weight(1) <= Weight(2)
except TypeError as e:
    print("TypeError:", e)
# __eq__ default falls back to identity; __ne__ derives from __eq__
class Plain:
    pass
pa = Plain()
print(pa == pa, pa == Plain(), pa != Plain(), pa != pa)
class OnlyEq:
    def __eq__(self, other):
        return True
print(OnlyEq() != 1, OnlyEq() == 1, 1 == OnlyEq(), 1 != OnlyEq())
# unary and other operators unsupported
for expr in ["-Plain()", "~1.5", "abs('x')", "Plain() @ Plain()", "[] - []", "{} + {}", "1 << 1.0", "None < None",
             "1 % 'a'", "divmod('a', 1)", "2 ** 'x'", "'a' * 1.5", "[1] * [2]"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
# matrix multiplication operator with reflected and in-place forms
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return M([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, other):
        return M([[sum(a * b for a, b in zip(other, c)) for c in zip(*self.rows)]])
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self
    def __repr__(self):
        return "M%r" % (self.rows,)
m = M([[1, 2], [3, 4]])
print(m @ m, [1, 1] @ m)
m @= M([[0, 1], [1, 0]])
print(m)
# operators on bool/int/float mixes keep types
print(True + True, True & False, True | 2, 3 ^ True, 1.5 // True, type(True * 1.0).__name__, type(True // True).__name__)
# __bool__ and __len__ rules for truth
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), not LenOnly(), "yes" if LenOnly() else "no")
class NegLen:
    def __len__(self):
        return -1
try:
    bool(NegLen())
except ValueError as e:
    print("ValueError:", e)
