def entry_point(argv):
    f = len(argv)
    print(f(2))  # error: int is not callable
    return 0
