counter = 0


def bump():
    global counter
    counter += 1  # error: rebinding the global 'counter' at run time is not RPython


def entry_point(argv):
    bump()
    return 0
