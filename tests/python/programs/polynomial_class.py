# ruff: noqa
# a Polynomial class: arithmetic operators, evaluation via __call__, derivative, division with remainder, repr
class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]
    @property
    def degree(self):
        return len(self.c) - 1
    def __repr__(self):
        terms = []
        for power in range(self.degree, -1, -1):
            a = self.c[power]
            if a == 0 and self.degree > 0:
                continue
            coef = "" if abs(a) == 1 and power else str(abs(a))
            var = "" if power == 0 else ("x" if power == 1 else "x^%d" % power)
            sign = "-" if a < 0 else "+"
            terms.append((sign, coef + var))
        text = "".join(" %s %s" % t for t in terms).strip()
        return text[2:] if text.startswith("+ ") else "-" + text[2:]
    def __add__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self.c), len(other.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (other.c[i] if i < len(other.c) else 0) for i in range(n)])
    __radd__ = __add__
    def __neg__(self):
        return Poly([-a for a in self.c])
    def __sub__(self, other):
        return self + -(other if isinstance(other, Poly) else Poly([other]))
    def __mul__(self, other):
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self.c) + len(other.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)
    __rmul__ = __mul__
    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result
    def __call__(self, x):
        total = 0
        for a in reversed(self.c):
            total = total * x + a
        return total
    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __divmod__(self, other):
        rem = list(self.c)
        quot = [0] * max(1, len(rem) - len(other.c) + 1)
        while len(rem) >= len(other.c) and any(rem):
            shift = len(rem) - len(other.c)
            factor = rem[-1] / other.c[-1]
            quot[shift] = factor
            for i, b in enumerate(other.c):
                rem[i + shift] -= factor * b
            rem.pop()
        return Poly(quot), Poly(rem)
    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c
x = Poly([0, 1])
p = 3 * x ** 3 - 2 * x + 5
q = x ** 2 + 1
print(p, "|", q, "|", p + q, "|", p - q, "|", p * q, "|", -q, "|", x - 1)
print([p(v) for v in range(-2, 3)], p.derivative(), p.derivative().derivative(), p.degree, (x + 1) ** 5)
quot, rem = divmod(p, q)
print(quot, "|", rem, "|", quot * q + rem == Poly([float(c) for c in p.c]))
print(Poly([0]), Poly([0, 0, 0]), Poly([1, 0, -1]), Poly([-1]), Poly([0, -1]))
