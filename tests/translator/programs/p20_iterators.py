"""Iteration helpers: enumerate, zip, reversed, dict views, range arguments."""


def entry_point(argv):
    names = ["a", "b", "c"]
    for i, n in enumerate(names):
        print(i, n)
    for x, y in zip([1, 2, 3], ["x", "y", "z"]):
        print(x, y)
    for n in reversed(names):
        print(n)
    print(list(reversed([1, 2, 3])), [c for c in reversed("abc")])
    d = {"k1": 1, "k2": 2}
    print([k for k in d.keys()], [v for v in d.values()], len(d.items()))
    print(sum([x for x in range(1, 11)]), len(range(0, 10, 3)), list(range(-3, 3, 2)))
    total = 0
    for i in range(100, 0, -7):
        total += i
    print(total)
    return 0
