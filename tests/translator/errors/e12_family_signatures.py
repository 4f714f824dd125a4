def one(a):
    return a


def two(a, b):
    return a + b


def entry_point(argv):
    f = one
    if len(argv) > 2:
        f = two
    print(f(1))  # error: two() missing required argument 'b'
    return 0
