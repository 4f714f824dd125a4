# ruff: noqa
# matrices as lists of lists: multiply, transpose, determinant (exact with a hand-written Fraction), inverse, powers
class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = self.gcd(abs(num), den)
        self.num, self.den = num // g, den // g
    @staticmethod
    def gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    def __add__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)
    def __mul__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return Fraction(self.num * o.den, self.den * o.num)
    def __neg__(self):
        return Fraction(-self.num, self.den)
    def __eq__(self, o):
        o = o if isinstance(o, Fraction) else Fraction(o)
        return self.num == o.num and self.den == o.den
    def __repr__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)
def matmul(a, b):
    return [[sum((a[i][k] * b[k][j] for k in range(len(b))), Fraction(0)) for j in range(len(b[0]))] for i in range(len(a))]
def transpose(m):
    return [list(row) for row in zip(*m)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = Fraction(0)
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        term = m[0][j] * det(minor)
        total = total + term if j % 2 == 0 else total - term
    return total
def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if not aug[r][col] == 0)
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col:
                factor = aug[r][col]
                aug[r] = [x - factor * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]
A = [[Fraction(2), Fraction(1), Fraction(1)], [Fraction(1), Fraction(3), Fraction(2)], [Fraction(1), Fraction(0), Fraction(0)]]
print(det(A), transpose([[1, 2, 3], [4, 5, 6]]), matmul(A, A))
inv = inverse([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
print(inv)
print(matmul(A, inv))
def mat_pow(m, n):
    result = [[Fraction(int(i == j)) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        n >>= 1
    return result
fib = mat_pow([[Fraction(1), Fraction(1)], [Fraction(1), Fraction(0)]], 50)
print(fib[0][1], Fraction(3, 9), Fraction(-4, -6), Fraction(5) / 3 + Fraction(1, 3))
