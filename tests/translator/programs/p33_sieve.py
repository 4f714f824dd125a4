"""A prime sieve and a little number crunching."""


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return [k for k in range(n + 1) if flags[k]]


def entry_point(argv):
    primes = sieve(10000)
    print(len(primes), primes[:10], primes[-1], sum(primes))
    return 0
