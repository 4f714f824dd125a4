# ruff: noqa
# operator overloading: a 2D vector with arithmetic, reflected and in-place operators, comparisons, hashing, bool
import math
class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __sub__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, other):
        return abs(self) < abs(other)
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __matmul__(self, other):
        return self.x * other.y - self.y * other.x
a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 2, 2 * a, a * b, a / 2, -a, +a, abs(a), bool(Vec(0, 0)), bool(a), a @ b)
print(a == Vec(3, 4), a != b, a < b, b < a, sorted([a, b, Vec(0, 1)]), max(a, b), {a: 1, Vec(3, 4): 2})
print(list(a), a[0], a[-1], tuple(b), [*a, *b], dict(zip("xy", a)))
c = a
c += b
print(c, a, c is a)
c *= 3
print(c)
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "s" * a
except TypeError as e:
    print("TypeError:", e)
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
print(sum([a, b, Vec(1, 1)], Vec(0, 0)), len({a, Vec(3, 4), b}))
class Scaled(Vec):
    __slots__ = ()
    def __radd__(self, other):
        return "Scaled.__radd__ wins"
print(Vec(1, 1) + Scaled(2, 2))
