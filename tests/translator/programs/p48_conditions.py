"""Conditions: and/or/not chains whose operands have different types, isinstance() narrowing through
and, conditions in comprehensions and conditional expressions."""


class W:
    pass


class WInt(W):
    def __init__(self, v):
        self.v = v


def f(a, b, s, xs):
    if isinstance(a, WInt) and isinstance(b, WInt) and a.v > 0:
        return a.v + b.v
    if not xs or s == "x":
        return -1
    if s and len(xs) > 1:
        return 2
    return 0


def entry_point(argv):
    print(f(WInt(1), WInt(2), "a", [1]), f(W(), WInt(2), "x", [1]), f(W(), W(), "ab", [1, 2]),
          f(W(), W(), "", [1, 2]))
    ys = [x for x in range(10) if x > 2 and not x % 2]
    print(ys, 1 if ys and len(ys) > 2 else 0)
    return 0
