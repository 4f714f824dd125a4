"""Deep recursion: a RecursionError the program can catch, instead of a crash."""


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def entry_point(argv):
    print(depth(1000))
    try:
        depth(10 ** 8)
        print("no error")
    except RecursionError:
        print("RecursionError caught")
    print(depth(500))
    return 0
