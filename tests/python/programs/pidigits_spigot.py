# ruff: noqa
# big-integer arithmetic: digits of pi with a spigot (Gibbons' unbounded algorithm), e by a series, sqrt(2) digits
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
digits = pi_digits(120)
print(digits[0] + "." + digits[1:])
def e_digits(n):
    scale = 10 ** (n + 10)
    total, term, k = 0, scale, 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total)[: n + 1]
e = e_digits(80)
print(e[0] + "." + e[1:])
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
root = isqrt(2 * 10 ** 160)
print(str(root)[:1] + "." + str(root)[1:81], root * root <= 2 * 10 ** 160 < (root + 1) ** 2)
f = 1
for i in range(1, 101):
    f *= i
print(len(str(f)), sum(map(int, str(f))), str(f)[:20], str(f).count("0"), f % (10 ** 9 + 7))
print(2 ** 521 - 1, (2 ** 89 - 1) % 1000, pow(3, 10 ** 6, 10 ** 12))
