# ruff: noqa
# dict idioms: grouping, counting, inverting, merging with priority, nested defaults, ordering, keys as tuples
words = "apple avocado banana blueberry cherry cranberry date".split()
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True), max(counts.values()))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
defaults = {"color": "red", "size": "M", "qty": 1}
user = {"size": "L", "qty": 3}
override = {"qty": 5}
print({**defaults, **user, **override}, defaults | user | override, dict(defaults, **user))
tree = {}
def insert(path, value):
    node = tree
    for part in path[:-1]:
        node = node.setdefault(part, {})
    node[path[-1]] = value
insert(["usr", "bin", "python"], 1)
insert(["usr", "lib"], 2)
insert(["etc", "hosts"], 3)
print(tree)
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print(grid[(1, 2)], grid[2, 0], sum(v for (r, c), v in grid.items() if r == c), len(grid))
d = {"b": 2, "a": 1}
d["c"] = 3
d.pop("b")
d["b"] = 4
print(list(d), list(d.items()), next(iter(d)), list(reversed(d)))
ordered = dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
print(ordered, dict(zip(ordered.values(), ordered.keys())))
squares = {n: n * n for n in range(6)}
filtered = {k: v for k, v in squares.items() if v % 2}
print(filtered, {v: k for k, v in filtered.items()}, sum(squares.values()), list(squares.keys())[::2])
nested = {"a": {"x": 1}, "b": {"x": 2, "y": 3}}
print(sorted((outer, inner) for outer, sub in nested.items() for inner in sub))
print({k: v for k, v in [("dup", 1), ("dup", 2), ("other", 3)]}, dict.fromkeys("aab", 0))
