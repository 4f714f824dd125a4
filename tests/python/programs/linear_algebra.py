# ruff: noqa
# dense linear algebra on floats: a Matrix class with operator overloading, LU decomposition with partial
# pivoting, determinant, inverse, solving systems, QR via Gram-Schmidt, least squares, matrix power,
# transpose/trace/identity, and tolerance-based comparisons
class Matrix:
    def __init__(self, rows):
        self.rows = [list(map(float, r)) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __sub__(self, o):
        return Matrix([[a - b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, o.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError("shape mismatch %dx%d @ %dx%d" % (self.n, self.m, o.n, o.m))
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result
    @property
    def T(self):
        return Matrix([list(c) for c in zip(*self.rows)])
    def trace(self):
        return sum(self.rows[i][i] for i in range(self.n))
    def close(self, o, tol=1e-9):
        return all(abs(a - b) <= tol for r1, r2 in zip(self.rows, o.rows) for a, b in zip(r1, r2))
    def __repr__(self):
        return "\n".join("[" + " ".join("%9.4f" % (v + 0.0) for v in r) + "]" for r in self.rows)
    def lu(self):
        n = self.n
        a = [r[:] for r in self.rows]
        perm = list(range(n))
        swaps = 0
        for k in range(n):
            p = max(range(k, n), key=lambda i: abs(a[i][k]))
            if abs(a[p][k]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            if p != k:
                a[k], a[p] = a[p], a[k]
                perm[k], perm[p] = perm[p], perm[k]
                swaps += 1
            for i in range(k + 1, n):
                a[i][k] /= a[k][k]
                for j in range(k + 1, n):
                    a[i][j] -= a[i][k] * a[k][j]
        return a, perm, swaps
    def det(self):
        try:
            a, _, swaps = self.lu()
        except ZeroDivisionError:
            return 0.0
        d = -1.0 if swaps % 2 else 1.0
        for i in range(self.n):
            d *= a[i][i]
        return d
    def solve(self, b):
        a, perm, _ = self.lu()
        n = self.n
        y = [0.0] * n
        for i in range(n):
            y[i] = b[perm[i]] - sum(a[i][j] * y[j] for j in range(i))
        x = [0.0] * n
        for i in range(n - 1, -1, -1):
            x[i] = (y[i] - sum(a[i][j] * x[j] for j in range(i + 1, n))) / a[i][i]
        return x
    def inverse(self):
        cols = [self.solve([1.0 if i == j else 0.0 for i in range(self.n)]) for j in range(self.n)]
        return Matrix(cols).T
    def qr(self):
        cols = [list(c) for c in zip(*self.rows)]
        qs = []
        r = [[0.0] * self.m for _ in range(self.m)]
        for j, v in enumerate(cols):
            u = v[:]
            for i, q in enumerate(qs):
                r[i][j] = sum(a * b for a, b in zip(q, v))
                u = [a - r[i][j] * b for a, b in zip(u, q)]
            norm = sum(x * x for x in u) ** 0.5
            r[j][j] = norm
            qs.append([x / norm for x in u])
        return Matrix(qs).T, Matrix(r)
A = Matrix([[4, 3, 2], [2, 1, 3], [3, 2, 1]])
b = [25, 20, 14]
x = A.solve(b)
print(["%.6f" % v for v in x], ["%.6f" % v for v in (A @ Matrix([[v] for v in x])).T.rows[0]])
print("det %.6f trace %.1f" % (A.det(), A.trace()))
inv = A.inverse()
print(inv)
print((A @ inv).close(Matrix.identity(3)), (inv @ A).close(Matrix.identity(3)))
Q, R = A.qr()
print((Q @ R).close(A), (Q.T @ Q).close(Matrix.identity(3)), all(abs(R[i, j]) < 1e-12 for i in range(3) for j in range(i)))
print(Matrix([[1, 2], [2, 4]]).det(), Matrix([[0, 1], [1, 0]]).det(), Matrix([[2, 0, 0], [0, 3, 0], [0, 0, 4]]).det())
try:
    Matrix([[1, 2], [2, 4]]).inverse()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    A @ Matrix([[1, 2]])
except ValueError as e:
    print("ValueError:", e)
F = Matrix([[1, 1], [1, 0]])
print([int((F ** k)[0, 1]) for k in range(1, 15)], int((F ** 70)[0, 1]))
xs = [0, 1, 2, 3, 4, 5]
ys = [1.1, 2.9, 9.2, 19.1, 33.0, 50.8]
V = Matrix([[1, x, x * x] for x in xs])
coef = (V.T @ V).solve((V.T @ Matrix([[y] for y in ys])).T.rows[0])
print("quadratic fit:", ["%.4f" % c for c in coef])
rot = Matrix([[0, -1], [1, 0]])
print((rot ** 4).close(Matrix.identity(2)), rot ** 2, (2 * rot - rot * 3).rows, (A + A.T).rows[0], A.T.T.close(A))
H = Matrix([[1 / (i + j + 1) for j in range(5)] for i in range(5)])
hx = H.solve([1.0] * 5)
print(["%.3f" % v for v in hx], "%.3e" % H.det())
