# ruff: noqa
# recursion: towers of hanoi, permutations, power set, ackermann, mutual recursion, flattening, memoized paths
def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append((source, target))
    hanoi(n - 1, spare, target, source, moves)
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([items[i]] + rest)
    return result
print(permutations([1, 2, 3]), len(permutations(list(range(6)))))
def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + s for s in rest]
print(sorted(power_set("abc"), key=lambda s: (len(s), s)))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 3))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(99))
def flatten(obj):
    if isinstance(obj, (list, tuple)):
        out = []
        for item in obj:
            out.extend(flatten(item))
        return out
    return [obj]
print(flatten([1, (2, [3, (4,)]), [[5]], []]))
def grid_paths(r, c, memo={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return memo[(r, c)]
print(grid_paths(10, 10), grid_paths(16, 16))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 40))
def depth(tree):
    return 1 + max((depth(child) for child in tree), default=0)
print(depth([]), depth([[], [[]], [[[[]]]]]))
def binary_search(items, target, lo=0, hi=None):
    if hi is None:
        hi = len(items)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if items[mid] == target:
        return mid
    if items[mid] < target:
        return binary_search(items, target, mid + 1, hi)
    return binary_search(items, target, lo, mid)
data = list(range(0, 100, 3))
print(binary_search(data, 27), binary_search(data, 28), binary_search(data, 99))
import sys
print(sys.getrecursionlimit() >= 1000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))
