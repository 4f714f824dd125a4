def add(a, b):
    return a + b


def entry_point(argv):
    print(add(1))  # error: add() missing required argument 'b'
    return 0
