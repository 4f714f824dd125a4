"""Shapes the inliner must preserve: callees with loops and several returns, callees that raise into
a caller's handler, values live across the inlined call, @always_inline and @dont_inline."""

from kit.rlib.objectmodel import always_inline, dont_inline


class Box:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


def small_loop(n):
    total = 0
    i = 0
    while i < n:
        total += i
        i += 1
    return total


def sign(x):
    if x < 0:
        return -1
    if x == 0:
        return 0
    return 1


def checked(x):
    if x > 100:
        raise ValueError("too big: %d" % x)
    return x * 2


@always_inline
def big_but_forced(a, b):
    r = 0
    for i in range(a):
        r += i * b
        if r > 1000:
            r -= 1000
        elif r < -1000:
            r += 1000
    return r + sign(a) + sign(b)


@dont_inline
def tiny_kept(x):
    return x + 1


def entry_point(argv):
    before = len(argv) * 7
    box = Box(before)
    words = ["a", "b"]
    print(small_loop(10), before, box.get(), words[1])
    print(sign(-5), sign(0), sign(9), before + sign(3))
    total = 0
    for v in [1, 50, 200, 3]:
        try:
            total += checked(v)
        except ValueError as e:
            print("caught", str(e), total, before)
    print(total, big_but_forced(30, 7), tiny_kept(before))
    return 0
