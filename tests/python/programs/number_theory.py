# ruff: noqa
# number theory with big ints: Miller-Rabin, Pollard's rho factorization, extended Euclid, modular inverse,
# Chinese remainder theorem, toy RSA, Euler's totient, primitive roots, Legendre symbol, Tonelli-Shanks,
# continued fractions of rationals, Pell equation
import math
def is_probable_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
def pollard_rho(n):
    if n % 2 == 0:
        return 2
    c = 1
    while True:
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = math.gcd(abs(x - y), n)
        if d != n:
            return d
        c += 1
def factor(n):
    if n == 1:
        return []
    if is_probable_prime(n):
        return [n]
    d = pollard_rho(n)
    return sorted(factor(d) + factor(n // d))
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("no inverse")
    return x % m
def crt(remainders, moduli):
    x, m = 0, 1
    for r, mod in zip(remainders, moduli):
        g, p, q = egcd(m, mod)
        if (r - x) % g:
            return None
        x += m * ((r - x) // g * p % (mod // g))
        m = m * mod // g
        x %= m
    return x, m
def totient(n):
    result = n
    for p in set(factor(n)):
        result -= result // p
    return result
def primitive_root(p):
    phi = p - 1
    factors = set(factor(phi))
    for g in range(2, p):
        if all(pow(g, phi // q, p) != 1 for q in factors):
            return g
def legendre(a, p):
    r = pow(a, (p - 1) // 2, p)
    return -1 if r == p - 1 else r
def tonelli(n, p):
    if legendre(n, p) != 1:
        return None
    q, s = p - 1, 0
    while q % 2 == 0:
        q //= 2
        s += 1
    z = 2
    while legendre(z, p) != -1:
        z += 1
    m, c, t, r = s, pow(z, q, p), pow(n, q, p), pow(n, (q + 1) // 2, p)
    while t != 1:
        i, t2 = 0, t
        while t2 != 1:
            t2 = t2 * t2 % p
            i += 1
        b = pow(c, 1 << (m - i - 1), p)
        m, c, t, r = i, b * b % p, t * b * b % p, r * b % p
    return min(r, p - r)
print([n for n in range(100) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1), is_probable_prime(2 ** 67 - 1), is_probable_prime(561), is_probable_prime(10 ** 18 + 9))
for n in [600851475143, 2 ** 32 + 1, 2 ** 67 - 1, 10 ** 12 + 39 * 7, 1234567890, 999999000001, 3 ** 20 * 7 ** 5]:
    f = factor(n)
    print(n, f, math.prod(f) == n)
print(egcd(240, 46), modinv(17, 3120), modinv(3, 11), [modinv(a, 13) for a in range(1, 13)])
try:
    modinv(6, 9)
except ValueError as e:
    print("ValueError:", e)
print(pow(17, -1, 3120), pow(2, 10 ** 18, 10 ** 9 + 7), pow(3, 2 ** 100, 1000))
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2], [4, 6]), crt([3, 5], [4, 6]), crt([0, 0, 1], [2, 3, 5]))
print([totient(n) for n in range(1, 25)], totient(10 ** 6), totient(2 ** 61 - 2) if False else "")
print([primitive_root(p) for p in [3, 5, 7, 11, 13, 17, 19, 23, 41, 97]])
print([legendre(a, 11) for a in range(1, 11)], [tonelli(n, 13) for n in range(1, 13)], tonelli(2, 10 ** 9 + 9))
# toy RSA with fixed primes
p, q = 1000000007, 998244353
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
messages = [42, 123456789, n - 1, 2]
cipher = [pow(m, e, n) for m in messages]
print(cipher, [pow(c, d, n) for c in cipher] == messages, d * e % phi)
def continued_fraction(num, den):
    terms = []
    while den:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms
def convergents(terms):
    h0, h1, k0, k1 = 0, 1, 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out
print(continued_fraction(415, 93), convergents(continued_fraction(415, 93)), continued_fraction(355, 113))
def pell(D):
    a0 = math.isqrt(D)
    m, d, a = 0, 1, a0
    h0, h1, k0, k1 = 1, a0, 0, 1
    while h1 * h1 - D * k1 * k1 != 1:
        m = d * a - m
        d = (D - m * m) // d
        a = (a0 + m) // d
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
    return h1, k1
print([pell(D) for D in [2, 3, 5, 7, 13, 61]])
print(sum(1 for n in range(2, 10 ** 4) if is_probable_prime(n)), math.comb(100, 50) % (10 ** 9 + 7), math.factorial(30))
