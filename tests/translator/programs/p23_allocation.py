"""Allocation-heavy work: many short-lived objects, lists and dicts; the collector must keep up."""


class Pair:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def tree(depth):
    if depth == 0:
        return Pair(None, None)
    return Pair(tree(depth - 1), tree(depth - 1))


def count(p):
    if p is None:
        return 0
    return 1 + count(p.left) + count(p.right)


def entry_point(argv):
    keep = tree(10)
    total = 0
    for i in range(200):
        t = tree(8)
        total += count(t)
        words = [str(j) for j in range(50)]
        d = {}
        for w in words:
            d[w] = len(w)
        total += len(d)
    print(total, count(keep))
    return 0
