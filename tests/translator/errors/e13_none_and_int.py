def lookup(n):
    if n > 3:
        return n
    return None  # error: the return value of lookup() would have to be both int and None


def entry_point(argv):
    print(lookup(len(argv)))
    return 0
