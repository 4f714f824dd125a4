# ruff: noqa
# list mutation methods under many argument values: insert/pop/index/remove/count with negative and big indices
base = [0, 1, 2, 3, 2, 1]
for i in [-10, -6, -1, 0, 1, 3, 6, 10]:
    a = list(base); a.insert(i, "X")
    b = list(base)
    try:
        popped = b.pop(i)
    except IndexError as e:
        popped = "IndexError"
    print(i, a, popped, b)
for value in [0, 1, 2, 5]:
    c = list(base)
    try:
        c.remove(value)
        removed = c
    except ValueError:
        removed = "ValueError"
    try:
        idx = base.index(value, 2)
    except ValueError:
        idx = "ValueError"
    print(value, base.count(value), idx, removed)
d = list(range(8))
d[2:5] = []
d[1:1] = "ab"
d[-1:] = [99, 100]
d[::3] = [7, 7, 7] if len(d[::3]) == 3 else d[::3]
print(d, len(d))
e = list(range(5))
e.extend(e)
e.reverse()
e.sort(key=lambda v: (v % 2, v))
print(e, e.copy() == e, e.copy() is not e)
e.clear()
print(e)
