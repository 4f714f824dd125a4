# ruff: noqa
# dict ordering: insertion order kept through updates, deletes and reinsertions, popitem LIFO,
# | and |= merges, setdefault, dict views following the dict, comprehensions; sets of small ints
# iterate in hash order; equality ignores order; frozenset as keys
inventory = {}
for item in ["pear", "apple", "fig", "kiwi", "apple", "date"]:
    inventory[item] = inventory.get(item, 0) + 1
print(inventory, list(inventory))
del inventory["fig"]
inventory["fig"] = 9
inventory["pear"] = 100
print(list(inventory.items()))
print(inventory.popitem(), inventory.popitem(), list(inventory))
keys = inventory.keys()
values = inventory.values()
items = inventory.items()
inventory["zucchini"] = 0
print(keys, values, items, len(keys), "zucchini" in keys, ("apple", 2) in items)
print(keys & {"apple", "nope"}, sorted(keys | {"extra"}), sorted(keys - {"pear"}), keys ^ {"pear", "x"} == {"apple", "zucchini", "x"})
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, {**a, **b} == a | b)
a |= b
a |= [("w", 0)]
print(a, list(reversed(a)), list(reversed(a.items()))[:2])
config = {}
for path in ["db.host", "db.port", "app.debug", "db.host", "cache.size"]:
    section, key = path.split(".")
    config.setdefault(section, []).append(key)
print(config, {k: len(v) for k, v in config.items()})
print({1: "a", 2: "b"} == {2: "b", 1: "a"}, list({1: "a", 2: "b"}) == list({2: "b", 1: "a"}))
squares = {n: n * n for n in range(10) if n % 3}
print(squares, dict(zip("abc", range(3))), dict.fromkeys("hello", 0), dict([(1, 2), (3, 4)], five=5))
counts = {}
for word in "the quick brown fox jumps over the lazy dog the end".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:4], max(counts, key=counts.get))
s = {5, 3, 9, 1, 7, 3, 5}
print(s, sorted(s), len(s), {x % 4 for x in s}, set(range(10, 0, -2)), {100, 2, 33, 64, 8})
evens, odds = set(range(0, 20, 2)), set(range(1, 20, 2))
small = set(range(8))
print(small & evens, small - odds, small ^ evens, small | {42}, evens.isdisjoint(odds), {2, 4} <= evens, small > {1})
print(frozenset({3, 1, 2}), {frozenset({1, 2}): "pair", frozenset(): "empty"}[frozenset([2, 1])])
ordered_unique = list(dict.fromkeys([3, 1, 3, 2, 1, 5]))
print(ordered_unique)
t = {3, 1, 2}
t.discard(5)
t.add(0)
t.update([10, 11], (4,))
print(t, t.pop(), t, sorted(t.difference({10}).intersection({0, 1, 2, 11})))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    for k in squares:
        squares[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
d = dict(a=1, b=2, c=3)
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d, d.copy() == d, d.copy() is d)
