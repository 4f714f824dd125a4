"""Comprehension variables do not leak; the walrus operator binds in the function."""


def entry_point(argv):
    x = "outer"
    squares = [x * x for x in range(4)]
    print(x, squares)
    data = [3, 8, 1, 9]
    if (n := len(data)) > 3:
        print("long", n)
    w = 0
    big = [v for v in data if (w := v * 2) > 5]
    print(big, w)
    nested = [[i + j for j in range(3)] for i in range(3)]
    print(nested)
    return 0
