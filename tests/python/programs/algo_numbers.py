# ruff: noqa
# number algorithms: sieve, factorization, extended Euclid, modular inverse, fast power, perfect numbers, digits
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_prime) if p]
primes = sieve(200)
print(len(primes), primes[-5:], sum(primes))
def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors
print(factorize(360), factorize(2 ** 31 - 1), factorize(60085147))
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
print(egcd(240, 46), modinv(3, 11), modinv(10, 17), pow(10, -1, 17), [modinv(a, 13) for a in range(1, 13)])
def fast_pow(base, exp, mod):
    result = 1
    base %= mod
    while exp:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result
print(fast_pow(2, 10 ** 18, 10 ** 9 + 7), pow(2, 10 ** 18, 10 ** 9 + 7), fast_pow(7, 222, 1000))
def divisors(n):
    small, large = [], []
    i = 1
    while i * i <= n:
        if n % i == 0:
            small.append(i)
            if i != n // i:
                large.append(n // i)
        i += 1
    return small + large[::-1]
print([n for n in range(2, 1000) if sum(divisors(n)) - n == n], divisors(360))
def digit_sum(n):
    return sum(int(c) for c in str(n))
print(digit_sum(2 ** 1000), digit_sum(3 ** 500), len(str(2 ** 10000)))
def collatz_length(n, cache={1: 1}):
    if n not in cache:
        cache[n] = 1 + collatz_length(n // 2 if n % 2 == 0 else 3 * n + 1)
    return cache[n]
print(max(range(1, 3000), key=collatz_length), collatz_length(27))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return ("-" if neg else "") + "".join(reversed(out))
print([to_base(255, b) for b in (2, 8, 16, 36)], to_base(-42, 7), int(to_base(10 ** 30, 36), 36) == 10 ** 30)
def is_armstrong(n):
    s = str(n)
    return n == sum(int(d) ** len(s) for d in s)
print([n for n in range(1, 2000) if is_armstrong(n)])
