"""Chained comparisons, conditional expressions, and/or values, not."""


def classify(x):
    return "low" if x < 10 else "mid" if x < 100 else "high"


def entry_point(argv):
    for x in [5, 50, 500]:
        print(x, classify(x), 0 < x < 100, 1 <= x <= 5 < 6, not x, x > 10 and x < 100, 0 or x)
    a = 3
    print(1 < a < 5 < 10, 5 > a > 3, a == 3 == 3.0)
    name = ""
    print(name or "default", len(name) > 0 and name[0] == "x")
    return 0
