# ruff: noqa
# unpacking: starred assignment, nested targets, in for loops, starred in literals and calls, dict unpacking
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = [1]
print(init, tail)
a, (b, *c), d = 1, "xyz", 4
print(a, b, c, d)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for head, *rest in ["abc", "de", "f"]:
    print(head, rest)
print([*range(3), *"ab", *[None]], (*"xy",), {*(1, 2), *[2, 3]}, {**{"a": 1}, "b": 2, **dict(c=3)})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}))
x = y = z = [0]
x.append(1)
print(x, y, z, x is z)
m, n = n, m = 1, 2
print(m, n)
obj = type("O", (), {})()
obj.a, obj.b = "A", "B"
lst = [0, 0, 0]
lst[0], lst[-1] = obj.a, obj.b
print(lst, obj.a)
dct = {}
dct["k"], dct["j"] = 1, 2
print(dct)
i = 0
lst2 = [10, 20]
i, lst2[i] = 1, 99
print(i, lst2)
try:
    a, b = 1
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = "abc"
except ValueError as e:
    print("ValueError:", e)
try:
    *a, b, c, d = [1, 2]
except ValueError as e:
    print("ValueError:", e)
def gen():
    yield 1
    yield 2
p, q = gen()
print(p, q)
(r, s), t = [iter("ab"), "c"]
print(r, s, t)
[u, v] = {1: "one", 2: "two"}
print(u, v)
big, *_ = range(10 ** 6)
print(big, len(_))
