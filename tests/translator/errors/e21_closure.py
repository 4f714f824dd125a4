def entry_point(argv):
    base = len(argv)

    def add(x):  # error: nested function 'add' is not RPython
        return x + base
    print(add(1))
    return 0
