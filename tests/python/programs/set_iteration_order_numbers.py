# ruff: noqa
# iteration order of sets of numbers follows CPython's hashing and table layout: negative ints
# (hash(-1) == -2), big ints reduced modulo 2**61 - 1, floats equal to ints, growth and removals,
# set operations producing new tables; dict keys where 1, 1.0 and True are the same key
import sys

print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100), hash(1.5), hash(-0.5))
print(hash(1e20), hash(float(2 ** 61)), hash(0.1), hash(True), hash(None) is not None, hash(()) == hash(()))
print({-1, -2, -3, 0, 1, 2, 3})
print({10, -10, 100, -100, 7, -7, 64, -64})
print({2 ** 61 - 1, 2 ** 61, 2 ** 62, 2 ** 64 + 5, 12, 3 ** 40})
print({1.5, 2.5, 0.25, 3.0, -1.5, 1e10})
print({1, 1.0, True}, {0, 0.0, False, -0.0}, {1: "int", 1.0: "float", True: "bool"})
s = set()
for i in range(0, 200, 7):
    s.add(i)
print(s)
for i in range(0, 200, 14):
    s.discard(i)
print(s, len(s))
s.update(range(-20, 0, 3))
print(s)
a = {x * x % 97 for x in range(40)}
b = {x * 3 % 50 for x in range(30)}
print(a)
print(b)
print(a & b, a ^ b == (a - b) | (b - a), sorted(a - b)[:5])
print(a | b)
print(set([5, 4, 3, 2, 1, 0]), set((100, 50, 25, 12, 6, 3)), frozenset(range(30, 0, -3)))
d = {}
for k in [8, 16, 24, -8, 32, 1024, 2 ** 40, -(2 ** 40)]:
    d[k] = k % 7
print(d, list(d.keys()) == [8, 16, 24, -8, 32, 1024, 2 ** 40, -(2 ** 40)])
grid = {(x, y) for x in range(3) for y in range(3) if (x + y) % 2 == 0}
print(sorted(grid), len(grid), (1, 1) in grid, (0, 1) in grid)
print(sys.hash_info.modulus if hasattr(sys, "hash_info") else 2 ** 61 - 1, hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
