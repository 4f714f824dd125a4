"""A huge allocation raises MemoryError, which the program can catch."""


def entry_point(argv):
    n = 10 ** 12
    if len(argv) > 100:
        n = 1
    try:
        big = [0] * n
        print(len(big))
    except MemoryError:
        print("MemoryError caught")
    small = [1] * 10
    print(len(small))
    return 0
