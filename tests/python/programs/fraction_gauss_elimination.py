# ruff: noqa
# exact linear algebra with a hand-written Fraction type: normalisation with gcd, arithmetic
# operators with ints, comparisons and hashing consistent with ints, Gaussian elimination with
# pivoting, determinant and inverse of a matrix, and detecting singular systems
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    __slots__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        if isinstance(n, Frac):
            n, d = n.n, n.d * d
        g = gcd(n, d)
        sign = -1 if d < 0 else 1
        self.n, self.d = sign * n // g, sign * d // g

    @staticmethod
    def lift(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.lift(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__

    def __sub__(self, o):
        return self + (-Frac.lift(o))

    def __rsub__(self, o):
        return Frac.lift(o) - self

    def __mul__(self, o):
        o = Frac.lift(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = Frac.lift(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return Frac.lift(o) / self

    def __neg__(self):
        return Frac(-self.n, self.d)

    def __abs__(self):
        return Frac(abs(self.n), self.d)

    def __eq__(self, o):
        if isinstance(o, int):
            return self.d == 1 and self.n == o
        return isinstance(o, Frac) and (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = Frac.lift(o)
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash(self.n) if self.d == 1 else hash((self.n, self.d))

    def __repr__(self):
        return str(self.n) if self.d == 1 else "%d/%d" % (self.n, self.d)


def solve(matrix, rhs):
    n = len(matrix)
    m = [[Frac(x) for x in row] + [Frac(b)] for row, b in zip(matrix, rhs)]
    det = Frac(1)
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if m[pivot][col] == 0:
            raise ValueError("singular matrix (column %d)" % col)
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        det = det * m[col][col]
        for r in range(n):
            if r != col:
                factor = m[r][col] / m[col][col]
                m[r] = [a - factor * b for a, b in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)], det


def inverse(matrix):
    n = len(matrix)
    cols = []
    for i in range(n):
        unit = [1 if j == i else 0 for j in range(n)]
        cols.append(solve(matrix, unit)[0])
    return [[cols[j][i] for j in range(n)] for i in range(n)]


print(Frac(6, -8), Frac(3, 4) + Frac(1, 4), Frac(1, 3) * 3 == 1, 1 - Frac(1, 3), 2 / Frac(4), Frac(Frac(1, 2), 3))
print(sorted([Frac(1, 2), Frac(-3, 4), Frac(2), Frac(5, 8)]), {Frac(4, 2): "two"}[2], Frac(7, 3) < 3, hash(Frac(5)) == hash(5))
A = [[2, 1, -1], [-3, -1, 2], [-2, 1, 2]]
x, det = solve(A, [8, -11, -3])
print(x, det)
H = [[Frac(1, i + j + 1) for j in range(4)] for i in range(4)]
hx, hdet = solve(H, [1, 0, 0, 0])
print(hx, hdet)
inv = inverse([[4, 7], [2, 6]])
print(inv)
product = [[sum((a * b for a, b in zip(row, col)), Frac(0)) for col in zip(*inv)] for row in [[4, 7], [2, 6]]]
print(product)
for bad in ([[1, 2], [2, 4]], [[0, 0], [0, 0]]):
    try:
        solve(bad, [1, 2])
    except ValueError as e:
        print("ValueError:", e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
big = Frac(1)
for k in range(1, 30):
    big = big + Frac(1, k * k)
print(big.n % 10 ** 12, len(str(big.d)), big < 2, float(big.n) / float(big.d) if big.d < 10 ** 300 else None)
