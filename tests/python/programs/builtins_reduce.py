# ruff: noqa
# reducing builtins: min/max (key, default, several args), sum (start), any/all, sorted (key, reverse, stability), len
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"), max([1, 2], [1, 3], key=sum))
print(min([], default="empty"), max([], default=None), min([3, -4], key=abs), max(["aa", "b", "ccc"], key=len))
print(max([1, 3, 3.0, 2]), min([1, 1.0, True]), max([(1, "b"), (1, "a")]), min(range(10), key=lambda x: (x - 4) ** 2))
print(max(["ab", "ba", "aa"], key=lambda s: s[1]), min("zebra", key=ord), max({"x": 1, "y": 2}), max({1: "z", 2: "a"}.values()))
for bad in [lambda: min([]), lambda: max(), lambda: min(1), lambda: max(1, 2, default=0), lambda: min([1, "a"])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum(range(101)), sum([], 5))
print(sum([1, 2.5, True]), sum(x * x for x in range(4)), sum([10 ** 20, 1]), sum([1] * 10, start=-10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]), any(x > 3 for x in range(5)))
calls = []
def probe(x):
    calls.append(x)
    return x
print(any(probe(x) for x in [0, 0, 1, 1]), calls, all(probe(x) for x in [1, 0, 1]), calls)
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True), sorted("hello"), sorted({3: 0, 1: 0}), sorted([], reverse=True))
print(sorted([3, 1, 2], reverse=False), sorted((-x for x in range(3))), sorted([1.5, -2, 0, True]), sorted(["b", "A", "a", "B"]))
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print("TypeError")
print(len("abc"), len([1]), len({}), len(range(0, 100, 7)), len(b"xy"), len({1: 2, 3: 4}.items()), len(frozenset("aab")))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
for bad in [5, None, iter([])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
