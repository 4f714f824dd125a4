def entry_point(argv):
    d = {}
    d[[1, 2]] = 3  # error: list of int cannot be a dict key in RPython
    print(len(d))
    return 0
