def find(names, key):
    for n in names:
        if n == key:
            return n
    return None


def entry_point(argv):
    name = find(["a", "b"], "c")
    print(name + "!")  # error: '+' on a value that may be None
    return 0
