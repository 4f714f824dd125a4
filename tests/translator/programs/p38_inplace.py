"""Augmented assignment on names, attributes, subscripts; list += extends in place."""


class Acc:
    def __init__(self):
        self.total = 0
        self.items = []


def entry_point(argv):
    a = Acc()
    a.total += 5
    a.total *= 3
    a.items += [1, 2]
    alias = a.items
    alias += [3]
    print(a.total, a.items, alias is a.items)
    counts = [0, 0, 0]
    for i in range(10):
        counts[i % 3] += i
    d = {"x": 1}
    d["x"] += 41
    s = "ab"
    s += "cd"
    s *= 2
    x = 7
    x //= 2
    x <<= 3
    x -= 1
    x %= 10
    x |= 8
    print(counts, d["x"], s, x)
    return 0
