# ruff: noqa
# polynomial root finding with complex arithmetic: Durand-Kerner simultaneous iteration, deflation with
# synthetic division, Newton polishing, Sturm sequences counting real roots, cubic formula via complex cube
# roots, and formatting of complex results with rounding to kill negative zeros
import math
def evaluate(coeffs, z):
    acc = 0
    for c in coeffs:
        acc = acc * z + c
    return acc
def derivative(coeffs):
    n = len(coeffs) - 1
    return [c * (n - i) for i, c in enumerate(coeffs[:-1])]
def durand_kerner(coeffs, iters=200):
    lead = coeffs[0]
    monic = [c / lead for c in coeffs]
    n = len(coeffs) - 1
    roots = [complex(0.4, 0.9) ** k for k in range(n)]
    for _ in range(iters):
        new = []
        for i, r in enumerate(roots):
            denom = 1
            for j, s in enumerate(roots):
                if i != j:
                    denom *= (r - s)
            new.append(r - evaluate(monic, r) / denom)
        if max(abs(a - b) for a, b in zip(new, roots)) < 1e-14:
            roots = new
            break
        roots = new
    return roots
def clean(z, digits=6):
    re = round(z.real, digits) + 0.0
    im = round(z.imag, digits) + 0.0
    return complex(re, im)
def fmt(z):
    z = clean(z)
    if z.imag == 0:
        return "%g" % z.real
    return "%g%+gj" % (z.real, z.imag)
def show_roots(coeffs):
    roots = sorted(durand_kerner(coeffs), key=lambda z: (round(z.real, 6), round(z.imag, 6)))
    residual = max(abs(evaluate(coeffs, r)) for r in roots)
    return [fmt(r) for r in roots], residual < 1e-8
for coeffs in [[1, -6, 11, -6], [1, 0, 1], [1, 0, 0, 0, -1], [2, -3, -11, 6], [1, -1, -1, 1], [1, 0, -2], [1, 2, 3, 4, 5]]:
    print(coeffs, *show_roots(coeffs))
def synthetic_division(coeffs, r):
    out = [coeffs[0]]
    for c in coeffs[1:]:
        out.append(c + out[-1] * r)
    return out[:-1], out[-1]
print(synthetic_division([1, -6, 11, -6], 1), synthetic_division([2, 0, -5, 3], 2))
def newton_polish(coeffs, z, steps=5):
    d = derivative(coeffs)
    for _ in range(steps):
        dz = evaluate(d, z)
        if dz == 0:
            break
        z = z - evaluate(coeffs, z) / dz
    return z
print(fmt(newton_polish([1, 0, -2], 1.4)), fmt(newton_polish([1, 0, 1], 0.1 + 0.9j)), "%.15f" % newton_polish([1, 0, -2], 1.0).real)
def poly_rem(a, b):
    a = list(a)
    while len(a) >= len(b):
        if a[0] == 0:
            a.pop(0)
            continue
        factor = a[0] / b[0]
        for i in range(len(b)):
            a[i] -= factor * b[i]
        a.pop(0)
    while a and abs(a[0]) < 1e-12:
        a.pop(0)
    return a
def sturm_count(coeffs, lo, hi):
    seq = [coeffs, derivative(coeffs)]
    while len(seq[-1]) > 1:
        rem = poly_rem(seq[-2], seq[-1])
        if not rem:
            break
        seq.append([-c for c in rem])
    def changes(x):
        signs = [evaluate(p, x) for p in seq]
        signs = [s for s in signs if abs(s) > 1e-12]
        return sum(1 for a, b in zip(signs, signs[1:]) if (a < 0) != (b < 0))
    return changes(lo) - changes(hi)
for coeffs in [[1, -6, 11, -6], [1, 0, 1], [1, 0, -3, 1], [1, -1, -1, 1]]:
    print(coeffs, sturm_count(coeffs, -10, 10), sturm_count(coeffs, 0, 10))
def cubic(a, b, c, d):
    p = (3 * a * c - b * b) / (3 * a * a)
    q = (2 * b ** 3 - 9 * a * b * c + 27 * a * a * d) / (27 * a ** 3)
    disc = (q / 2) ** 2 + (p / 3) ** 3
    sq = complex(disc) ** 0.5
    u = (-q / 2 + sq) ** (1 / 3)
    roots = []
    for k in range(3):
        w = complex(math.cos(2 * math.pi * k / 3), math.sin(2 * math.pi * k / 3))
        uk = u * w
        vk = -p / (3 * uk) if uk != 0 else 0
        roots.append(uk + vk - b / (3 * a))
    return sorted((clean(r) for r in roots), key=lambda z: (z.real, z.imag))
print([fmt(r) for r in cubic(1, -6, 11, -6)], [fmt(r) for r in cubic(1, 0, 0, -8)], [fmt(r) for r in cubic(2, -4, -22, 24)])
unity = [complex(math.cos(2 * math.pi * k / 6), math.sin(2 * math.pi * k / 6)) for k in range(6)]
print([fmt(z) for z in unity], fmt(sum(unity)), fmt(math.prod(unity)))
