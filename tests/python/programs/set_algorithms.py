# ruff: noqa
# sets in algorithms: deduplication keeping order, union-find, set cover greedy, jaccard similarity, symmetric ops
def dedupe(items):
    seen = set()
    out = []
    for x in items:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
print(dedupe([3, 1, 3, 2, 1, 5]), dedupe("mississippi"))
parent = {}
def find(x):
    parent.setdefault(x, x)
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
def union(a, b):
    parent[find(a)] = find(b)
for a, b in [(1, 2), (3, 4), (2, 3), (5, 6), (7, 7)]:
    union(a, b)
groups = {}
for x in list(parent):
    groups.setdefault(find(x), set()).add(x)
print(sorted(sorted(g) for g in groups.values()))
universe = set(range(1, 11))
subsets = [{1, 2, 3, 4}, {4, 5, 6}, {6, 7, 8, 9}, {9, 10}, {1, 5, 9}, {2, 4, 6, 8, 10}]
covered, chosen = set(), []
while covered != universe:
    best = max(subsets, key=lambda s: len(s - covered))
    chosen.append(sorted(best))
    covered |= best
print(chosen)
def jaccard(a, b):
    return len(a & b) / len(a | b)
docs = {"d1": set("the cat sat on the mat".split()), "d2": set("the dog sat on the log".split()), "d3": set("cats and dogs".split())}
print([(x, y, round(jaccard(docs[x], docs[y]), 3)) for x in sorted(docs) for y in sorted(docs) if x < y])
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a ^ b == (a | b) - (a & b), a - b | b - a, sorted(a.symmetric_difference(b)), a <= a | b, (a & b) < a)
primes = set(range(2, 50))
for p in range(2, 8):
    primes -= set(range(p * p, 50, p))
print(sorted(primes), len(primes), {p for p in primes if p + 2 in primes})
letters = set("hello world") - {" "}
print(sorted(letters), "".join(sorted(set("banana"))), frozenset("ab") | {"c"} == {"a", "b", "c"})
