"""Building strings: concatenation in loops, join, StringBuilder-like lists, repr of containers."""


def entry_point(argv):
    s = ""
    for i in range(20):
        s += str(i) + ","
    print(s)
    parts = []
    for i in range(10):
        parts.append("x" * i)
    print("|".join(parts))
    print(str([1, 2, 3]), str(["a", "b"]), repr([1.5, 2.0]), str((1, "x")))
    print(str(True) + str(False) + str(None))
    return 0
