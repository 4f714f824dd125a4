def add(a, b):
    return a + b


def entry_point(argv):
    print(add(1, 2, 3))  # error: add() takes 2 positional arguments but 3 were given
    return 0
