"""An uncaught exception: stdout is flushed, the class and message go to stderr, status 1."""
# status: 1
# stderr: Fatal RPython error: KeyError: 'missing'


def lookup(d, k):
    return d[k]


def entry_point(argv):
    print("before")
    d = {"present": 1}
    print(lookup(d, "present"))
    print(lookup(d, "missing"))
    return 0
