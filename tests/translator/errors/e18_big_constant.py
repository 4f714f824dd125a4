def entry_point(argv):
    n = 2 ** 70  # error: the integer constant 1180591620717411303424 does not fit a 64-bit machine word
    print(n)
    return 0
