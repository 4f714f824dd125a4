# ruff: noqa
# a Fraction class with the full numeric protocol: normalisation, mixed arithmetic with int/float,
# reflected operators, comparisons, hashing consistent with int/float, __format__, rounding helpers
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Fraction:
    __slots__ = ("num", "den")
    def __new__(cls, num=0, den=1):
        if isinstance(num, Fraction) and den == 1:
            return num
        if isinstance(num, float):
            n, d = num.as_integer_ratio()
            return Fraction(n, d * den)
        if isinstance(num, str):
            if "/" in num:
                a, b = num.split("/")
                return Fraction(int(a), int(b) * den)
            if "." in num:
                whole, frac = num.split(".")
                return Fraction(int(whole + frac), 10 ** len(frac) * den)
            return Fraction(int(num), den)
        if den == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % num)
        self = object.__new__(cls)
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num = num // g
        self.den = den // g
        return self
    @staticmethod
    def _coerce(other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return NotImplemented
    def __repr__(self):
        return "Fraction(%d, %d)" % (self.num, self.den)
    def __str__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)
    def __add__(self, other):
        if isinstance(other, float):
            return float(self) + other
        o = Fraction._coerce(other)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, other):
        if isinstance(other, float):
            return float(self) - other
        o = Fraction._coerce(other)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, other):
        if isinstance(other, float):
            return other - float(self)
        o = Fraction._coerce(other)
        if o is NotImplemented:
            return o
        return o - self
    def __mul__(self, other):
        if isinstance(other, float):
            return float(self) * other
        o = Fraction._coerce(other)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, other):
        if isinstance(other, float):
            return float(self) / other
        o = Fraction._coerce(other)
        if o is NotImplemented:
            return o
        return Fraction(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, other):
        o = Fraction._coerce(other)
        if o is NotImplemented:
            return o
        return o / self
    def __floordiv__(self, other):
        o = Fraction._coerce(other)
        return (self.num * o.den) // (self.den * o.num)
    def __mod__(self, other):
        o = Fraction._coerce(other)
        return self - o * (self // o)
    def __divmod__(self, other):
        return self // other, self % other
    def __pow__(self, exp):
        if isinstance(exp, int):
            if exp >= 0:
                return Fraction(self.num ** exp, self.den ** exp)
            return Fraction(self.den ** -exp, self.num ** -exp)
        return float(self) ** exp
    def __rpow__(self, base):
        if self.den == 1:
            return base ** self.num
        return base ** float(self)
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __pos__(self):
        return self
    def __abs__(self):
        return Fraction(abs(self.num), self.den)
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        q = abs(self.num) // self.den
        return q if self.num >= 0 else -q
    def __trunc__(self):
        return int(self)
    def __floor__(self):
        return self.num // self.den
    def __ceil__(self):
        return -(-self.num // self.den)
    def __round__(self, ndigits=None):
        if ndigits is None:
            q, r = divmod(self.num, self.den)
            if 2 * r < self.den or (2 * r == self.den and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)
    def __bool__(self):
        return self.num != 0
    def _cmp(self, other):
        if isinstance(other, float):
            return float(self) - other
        o = Fraction._coerce(other)
        if o is NotImplemented:
            return None
        return self.num * o.den - o.num * self.den
    def __eq__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c == 0
    def __lt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c < 0
    def __le__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c <= 0
    def __gt__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c > 0
    def __ge__(self, other):
        c = self._cmp(other)
        return NotImplemented if c is None else c >= 0
    def __hash__(self):
        if self.den == 1:
            return hash(self.num)
        return hash(float(self)) if float(self) == self else hash((self.num, self.den))
    def __format__(self, spec):
        if spec.endswith("f") or spec.endswith("e") or spec.endswith("%"):
            return format(float(self), spec)
        return format(str(self), spec)
half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, third - half, -half, abs(Fraction(-3, 4)))
print(half + 1, 1 + half, 2 - half, half * 4, 3 / half, half ** 3, half ** -2, 2 ** Fraction(3), 4 ** half)
print(half + 0.25, 0.25 + half, half == 0.5, half < 0.6, Fraction(3, 1) == 3, 3 == Fraction(6, 2), half != third)
print(Fraction(6, -4), Fraction(0, 5), Fraction("3/9"), Fraction("1.25"), Fraction(0.375), Fraction(half), Fraction("7"))
print(sorted([Fraction(2, 3), half, Fraction(-1, 5), 1, 0.4, third]), max(half, third), min(half, 0.1))
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(-7, 2), 2), Fraction(7, 3) // Fraction(1, 2))
print(int(Fraction(-7, 2)), float(Fraction(1, 8)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2))
import math
print(math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), math.trunc(Fraction(-7, 2)), round(Fraction(12345, 1), -2))
print(hash(Fraction(4, 2)) == hash(2), hash(half) == hash(0.5), len({Fraction(1, 2), 0.5, Fraction(2, 4)}), bool(Fraction(0)))
print(f"{half:>8} {third:.4f} {Fraction(1, 8):.2%} {Fraction(-5, 3)!r} {Fraction(22, 7):^9}|")
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    half < "x"
except TypeError as e:
    print("TypeError:", e)
# harmonic numbers and Egyptian fractions
h = Fraction(0)
for k in range(1, 21):
    h += Fraction(1, k)
print(h, float(h))
def egyptian(f):
    parts = []
    while f.num:
        d = -(-f.den // f.num)
        parts.append(Fraction(1, d))
        f = f - Fraction(1, d)
    return parts
print(" + ".join(map(str, egyptian(Fraction(7, 15)))), " + ".join(map(str, egyptian(Fraction(5, 121)))))
# continued fraction convergents of sqrt(2)
conv = Fraction(1)
for _ in range(10):
    conv = 1 + 1 / (1 + conv)
print(conv, float(conv), abs(float(conv) ** 2 - 2) < 1e-12)
# Bernoulli numbers via Akiyama-Tanigawa
def bernoulli(n):
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]
print([str(bernoulli(n)) for n in range(13)])
# exact linear system solution with Gaussian elimination over fractions
def solve(matrix, rhs):
    n = len(matrix)
    m = [[Fraction(v) for v in row] + [Fraction(r)] for row, r in zip(matrix, rhs)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if m[r][col])
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                factor = m[r][col] / m[col][col]
                m[r] = [a - factor * b for a, b in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]
print([str(v) for v in solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])])
print([str(v) for v in solve([[1, 2, 3], [4, 5, 6], [7, 8, 10]], [1, 1, 1])])
