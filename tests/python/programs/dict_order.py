# ruff: noqa
# dicts keep insertion order through deletions and re-insertions; keys of many types; nested data
d = {}
for word in "one two three four five".split():
    d[word] = len(word)
del d["two"]
d["six"] = 3
d["one"] = 99
print(d, list(d), list(d.values())[-1])
d.pop("three")
d["three"] = 5
print(list(d.items()))
keys = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([1]): "fs"}
print(len(keys), keys[1], keys[(1, 2)], keys[None], keys[frozenset([1])])
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), 999 in big, 998 in big)
nested = {"users": [{"name": "a", "tags": ["x", "y"]}, {"name": "b", "tags": []}], "count": 2}
print(nested, nested["users"][0]["tags"][1], [u["name"] for u in nested["users"] if u["tags"]])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True), max(counts.items(), key=lambda kv: kv[1]))
inverted = {}
for k, v in counts.items():
    inverted.setdefault(v, []).append(k)
print(inverted)
merged = {**counts, "z": 0}
merged.update(m=10)
print(merged == counts, len(merged), merged.copy() == merged)
