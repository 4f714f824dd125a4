"""print() with several arguments of every printable type, sep= and end=."""


def entry_point(argv):
    print()
    print("a", 1, 2.5, True, None, -0.0, 1e20, 1e-5)
    print("x", "y", sep="-")
    print("no newline", end="")
    print(" then newline")
    print("multi", "sep", "end", sep=", ", end=".\n")
    return 0
