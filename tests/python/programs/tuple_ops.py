# ruff: noqa
# tuples: construction, packing/unpacking, methods, comparisons, hashing, concatenation, nested, named-like use
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t.index(3.0), t.count(None), (1,) * 3, () + (1,), tuple("abc"))
print((), (1,), tuple(), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), tuple(x * 2 for x in range(3)))
a, b, *c = 1, 2, 3, 4
print(a, b, c)
*d, e = "xyz"
print(d, e)
(f, g), h = (1, 2), 3
print(f, g, h)
x, = [42]
print(x)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    p, *q, r = (1,)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () == (), (1, 2) == (1, 2), (1, (2, 3)) < (1, (2, 4)))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "pair"}[(1, 2)], (1, 2) in {(1, 2)})
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    t.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
nested = ((1, 2), (3, 4))
for (i, j) in nested:
    print(i + j, end=" ")
print()
print(sorted([(3, "c"), (1, "a"), (2, "b")]), max((1, "z"), (1, "zz")), min(((2, 1), (1, 2))))
print(repr((1,)), repr(((),)), str((("a",),)), tuple([[1]])[0] is not None, (1, 2).__add__((3,)), (1, 2).__len__())
swap_a, swap_b = 1, 2
swap_a, swap_b = swap_b, swap_a
print(swap_a, swap_b)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst, tuple(lst) is not lst, type((1, 2)).__name__, isinstance((), tuple))
