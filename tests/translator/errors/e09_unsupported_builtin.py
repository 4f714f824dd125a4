def entry_point(argv):
    items = frozenset([1, 2])  # error: cannot be used as a value at run time
    print(len(items))
    return 0
