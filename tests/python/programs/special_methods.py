# ruff: noqa
# operator overloading with reflected operands, NotImplemented, rich comparisons, hashing, __call__
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        return Money(self.cents - other.cents)

    def __neg__(self):
        return Money(-self.cents)

    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __bool__(self):
        return self.cents != 0


a = Money(150)
b = Money(275)
print(a + b, a + 5, 5 + a, b - a, -a, sum([a, b], Money(0)))
print(a == Money(150), a != b, a < b, b > a, sorted([b, a]), max(a, b))
print(len({a, Money(150), b}), bool(Money(0)), str(a), repr(a), [a])
try:
    a + "x"
except TypeError as e:
    print(e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


add3 = Adder(3)
print(add3(4), list(map(add3, [1, 2])), callable(add3), callable(5))


class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells


g = Grid()
g[1, 2] = "x"
g[0, 0] = "o"
del g[0, 0]
print(g[1, 2], g[0, 0], (1, 2) in g, (0, 0) in g)


class Temperature:
    def __init__(self):
        self._celsius = 0

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError("too cold")
        self._celsius = value


t = Temperature()
t.celsius = 25
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
