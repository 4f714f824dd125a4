"""The exit status is entry_point's return value."""
# status: 3


def entry_point(argv):
    print("returning 3")
    return 3
