# ruff: noqa
# sets: operators and methods (union, intersection, difference, symmetric difference, subsets), updates, frozenset
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, range(4))), sorted(a.difference([1], {2})),
      sorted(a.symmetric_difference([4, 10])), a.isdisjoint(b), a.isdisjoint({7}))
print(a <= a, a < a, {1} < a, a > {1, 2}, a >= b, a.issubset(range(10)), a.issuperset([1, 2]), a == {4, 3, 2, 1})
c = set(a); c |= {10}; c &= {1, 2, 10}; c -= {1}; c ^= {2, 3}; print(sorted(c))
c.update([7], (8,)); c.intersection_update(range(9)); print(sorted(c))
c.difference_update([7]); c.symmetric_difference_update({8, 100}); print(sorted(c))
c.add(5); c.add(5); c.discard(99); c.remove(5); print(sorted(c), len(c), 3 in c)
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(c.pop() in {3, 100}, len(c))
c.clear(); print(c, len(c))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([3, 1, 2])
print(sorted(f), type(f | {4}).__name__, type({4} | f).__name__, f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})))
print({f: "frozen"}[frozenset((1, 2, 3))], frozenset() == set(), repr(frozenset()), repr(set()))
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == frozenset({1, 2}), {x % 3 for x in range(10)}, set("hello") == set("olleh"), len(set("mississippi")))
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s), {1, 1.0, True}, {0, 0.0, False, -0.0})
g = set(range(5))
print(g.copy() == g, g.copy() is g, sorted(g - set(range(0, 5, 2))), min(g), max(g), sum(g))
print(repr({1}), repr({1, 2, 3}), str(frozenset({7})), sorted({"b", "a"}), set([1, 2]) - frozenset([2]))
