# ruff: noqa
# dict and set operations over several operand pairs: |, &, -, ^, <=, update semantics, views against sets
pairs = [({1, 2, 3}, {2, 3, 4}), (set(), {1}), ({1, 2}, {1, 2}), ({1, 2, 3, 4, 5}, {5}), (frozenset("ab"), {"b", "c"})]
for a, b in pairs:
    print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b), a <= b, a < b, a >= b,
          a.isdisjoint(b), type(a | b).__name__)
dicts = [({"a": 1, "b": 2}, {"b": 3, "c": 4}), ({}, {"x": 0}), ({"k": 1}, {})]
for d1, d2 in dicts:
    merged = dict(d1)
    merged.update(d2)
    print(d1 | d2, d2 | d1, merged == (d1 | d2), sorted(d1.keys() & d2.keys()), sorted(d1.keys() | d2),
          sorted(d1.items() - d2.items()), d1.keys() <= (d1 | d2).keys())
counts = {}
for word in "to be or not to be that is the question to be".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, {k for k, v in counts.items() if v > 1}, sorted(counts.values()), list(counts)[:3])
s = {i * i % 10 for i in range(20)}
print(sorted(s), len(s), max(s), min(s), sum(s), 5 in s, 2 in s)
fs = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(fs), frozenset([1]) in fs, {frozenset(): "empty"}[frozenset()])
