# ruff: noqa
# numerical methods on floats: Newton and bisection root finding, Simpson and trapezoid integration,
# Runge-Kutta 4 for an ODE system, descriptive statistics, least-squares regression, power iteration,
# Horner evaluation, Kahan summation, formatting results with fixed precision
import math
def newton(f, df, x0, tol=1e-12, limit=50):
    x = x0
    for i in range(limit):
        step = f(x) / df(x)
        x -= step
        if abs(step) < tol:
            return x, i + 1
    return x, limit
def bisect(f, lo, hi, tol=1e-12):
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
        steps += 1
    return (lo + hi) / 2, steps
root, it = newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0)
print("%.15f %d %.3e" % (root, it, abs(root - math.sqrt(2))))
root2, st = bisect(lambda x: math.cos(x) - x, 0.0, 1.0)
print("%.12f %d" % (root2, st))
print("%.10f" % newton(lambda x: x ** 3 - 2 * x - 5, lambda x: 3 * x * x - 2, 2.0)[0])
def simpson(f, a, b, n=100):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3
def trapezoid(f, a, b, n=100):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
for name, f, a, b, exact in [("sin", math.sin, 0, math.pi, 2.0), ("x^2", lambda x: x * x, 0, 3, 9.0),
                             ("exp", math.exp, 0, 1, math.e - 1), ("1/x", lambda x: 1 / x, 1, math.e, 1.0)]:
    s, t = simpson(f, a, b), trapezoid(f, a, b)
    print("%-4s simpson %.10f trapezoid %.10f err %.2e %.2e" % (name, s, t, abs(s - exact), abs(t - exact)))
def rk4(f, y0, t0, t1, steps):
    h = (t1 - t0) / steps
    t, y = t0, list(y0)
    for _ in range(steps):
        k1 = f(t, y)
        k2 = f(t + h / 2, [a + h / 2 * b for a, b in zip(y, k1)])
        k3 = f(t + h / 2, [a + h / 2 * b for a, b in zip(y, k2)])
        k4 = f(t + h, [a + h * b for a, b in zip(y, k3)])
        y = [a + h / 6 * (p + 2 * q + 2 * r + s) for a, p, q, r, s in zip(y, k1, k2, k3, k4)]
        t += h
    return y
osc = rk4(lambda t, y: [y[1], -y[0]], [1.0, 0.0], 0, 2 * math.pi, 1000)
print("oscillator after one period: %.8f %.8f" % tuple(osc))
decay = rk4(lambda t, y: [-0.5 * y[0]], [10.0], 0, 4, 100)
print("decay %.8f vs exact %.8f" % (decay[0], 10 * math.exp(-2)))
lv = rk4(lambda t, y: [1.1 * y[0] - 0.4 * y[0] * y[1], 0.1 * y[0] * y[1] - 0.4 * y[1]], [10, 10], 0, 10, 2000)
print("lotka-volterra %.6f %.6f" % tuple(lv))
data = [2.5, 3.1, 4.7, 1.2, 9.9, 3.3, 5.0, 4.4, 2.2, 7.8, 3.3, 6.1]
n = len(data)
mean = sum(data) / n
srt = sorted(data)
median = (srt[n // 2 - 1] + srt[n // 2]) / 2 if n % 2 == 0 else srt[n // 2]
counts = {}
for v in data:
    counts[v] = counts.get(v, 0) + 1
mode = max(counts, key=lambda v: (counts[v], -v))
var = sum((v - mean) ** 2 for v in data) / (n - 1)
def percentile(sorted_data, p):
    k = (len(sorted_data) - 1) * p
    f, c = math.floor(k), math.ceil(k)
    return sorted_data[f] + (sorted_data[c] - sorted_data[f]) * (k - f)
print("mean %.4f median %.4f mode %s var %.4f sd %.4f" % (mean, median, mode, var, math.sqrt(var)))
print("quartiles", ["%.3f" % percentile(srt, p) for p in (0, 0.25, 0.5, 0.75, 1)])
xs = [1, 2, 3, 4, 5, 6, 7, 8]
ys = [2.1, 3.9, 6.2, 8.1, 9.8, 12.2, 13.8, 16.1]
mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
intercept = my - slope * mx
ss_res = sum((y - (slope * x + intercept)) ** 2 for x, y in zip(xs, ys))
ss_tot = sum((y - my) ** 2 for y in ys)
print("fit y = %.4fx + %.4f, r^2 = %.6f" % (slope, intercept, 1 - ss_res / ss_tot))
def power_iteration(m, iters=100):
    v = [1.0] * len(m)
    lam = 0.0
    for _ in range(iters):
        w = [sum(a * b for a, b in zip(row, v)) for row in m]
        lam = max(abs(x) for x in w)
        v = [x / lam for x in w]
    return lam, v
lam, vec = power_iteration([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
print("dominant eigenvalue %.8f vector %s" % (lam, ["%.5f" % x for x in vec]))
def horner(coeffs, x):
    acc = 0
    for c in coeffs:
        acc = acc * x + c
    return acc
print([horner([1, -6, 11, -6], x) for x in range(5)], "%.6f" % horner([0.5, -1.25, 2], 1.5))
def kahan(values):
    total = 0.0
    comp = 0.0
    for v in values:
        y = v - comp
        t = total + y
        comp = (t - total) - y
        total = t
    return total
vals = [0.1] * 10000 + [1e8, -1e8]
print("naive %.10f kahan %.10f fsum %.10f" % (sum(vals), kahan(vals), math.fsum(vals)))
print("%.17g %.17g %r" % (sum([0.1] * 10), math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100])))
def gcd_float_approx(x, max_den=1000):
    best = (0, 1)
    for den in range(1, max_den + 1):
        num = round(x * den)
        if abs(num / den - x) < abs(best[0] / best[1] - x):
            best = (num, den)
    return best
print([gcd_float_approx(v) for v in (math.pi, math.e, math.sqrt(2), 0.333333)])
