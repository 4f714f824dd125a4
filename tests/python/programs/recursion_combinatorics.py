# ruff: noqa
# recursive combinatorics with memoization by hand: towers of Hanoi (moves listed and counted), Ackermann for
# small inputs, Catalan numbers three ways, integer partitions, derangements, Stirling numbers, power sets,
# combinations/permutations generators, balanced parentheses, Gray codes, N-queens count
import sys
def hanoi(n, src="A", dst="C", via="B", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(src + dst)
        hanoi(n - 1, via, dst, src, moves)
    return moves
print(hanoi(3), len(hanoi(10)), 2 ** 10 - 1)
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([[ackermann(m, n) for n in range(4)] for m in range(3)], ackermann(3, 3))
memo = {}
def catalan_rec(n):
    if n <= 1:
        return 1
    if n not in memo:
        memo[n] = sum(catalan_rec(i) * catalan_rec(n - 1 - i) for i in range(n))
    return memo[n]
def catalan_binom(n):
    c = 1
    for k in range(n):
        c = c * 2 * (2 * k + 1) // (k + 2)
    return c
def catalan_dp(n):
    c = [1] + [0] * n
    for i in range(1, n + 1):
        c[i] = sum(c[j] * c[i - 1 - j] for j in range(i))
    return c[n]
print([catalan_rec(n) for n in range(12)], catalan_binom(30) == catalan_dp(30) == catalan_rec(30))
pmemo = {}
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key not in pmemo:
        pmemo[key] = partitions(n - largest, largest) + partitions(n, largest - 1)
    return pmemo[key]
def list_partitions(n, largest=None):
    largest = n if largest is None else largest
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for rest in list_partitions(n - k, k):
            yield [k] + rest
print([partitions(n) for n in range(16)], partitions(100), list(list_partitions(5)))
def derangements(n):
    if n == 0:
        return 1
    if n == 1:
        return 0
    a, b = 1, 0
    for i in range(2, n + 1):
        a, b = b, (i - 1) * (a + b)
    return b
print([derangements(n) for n in range(10)])
smemo = {}
def stirling2(n, k):
    if n == k:
        return 1
    if k == 0 or k > n:
        return 0
    if (n, k) not in smemo:
        smemo[(n, k)] = k * stirling2(n - 1, k) + stirling2(n - 1, k - 1)
    return smemo[(n, k)]
print([[stirling2(n, k) for k in range(n + 1)] for n in range(7)], sum(stirling2(10, k) for k in range(11)))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]
print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items) - k + 1):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest
def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield (items[i],) + rest
print(list(combinations("abcd", 2)), len(list(combinations(range(10), 4))), list(permutations("abc")))
def parens(n):
    out = []
    def build(s, open_, close):
        if len(s) == 2 * n:
            out.append(s)
            return
        if open_ < n:
            build(s + "(", open_ + 1, close)
        if close < open_:
            build(s + ")", open_, close + 1)
    build("", 0, 0)
    return out
print(parens(3), len(parens(6)) == catalan_rec(6))
def gray(n):
    if n == 0:
        return [""]
    prev = gray(n - 1)
    return ["0" + g for g in prev] + ["1" + g for g in reversed(prev)]
codes = gray(4)
print(codes, all(sum(a != b for a, b in zip(codes[i], codes[i + 1])) == 1 for i in range(len(codes) - 1)))
print([i ^ (i >> 1) for i in range(16)] == [int(c, 2) for c in codes])
def queens(n, row=0, cols=0, d1=0, d2=0):
    if row == n:
        return 1
    count = 0
    free = ~(cols | d1 | d2) & ((1 << n) - 1)
    while free:
        bit = free & -free
        free ^= bit
        count += queens(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1)
    return count
print([queens(n) for n in range(1, 10)])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500), sys.getrecursionlimit() >= 1000)
