"""Tuples: mixed item types, unpacking, swapping, tuples as return values and dict keys."""


def minmax(values):
    lo = values[0]
    hi = values[0]
    for v in values:
        if v < lo:
            lo = v
        if v > hi:
            hi = v
    return lo, hi


def entry_point(argv):
    t = (1, "two", 3.0)
    a, b, c = t
    print(a, b, c, t[1], len(t), t)
    x, y = 10, 20
    x, y = y, x
    print(x, y)
    lo, hi = minmax([5, 2, 9, -1])
    print(lo, hi)
    pairs = [(1, "a"), (2, "b")]
    for n, s in pairs:
        print(n, s)
    print((1, 2) == (1, 2), (1, 2) != (2, 1), (3,), ())
    (p, q), r = (1, 2), 3
    print(p + q + r)
    return 0
