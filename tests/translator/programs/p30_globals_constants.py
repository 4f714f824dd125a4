"""Module constants fold at translation time; debug code under `if DEBUG:` vanishes."""

DEBUG = False
LIMIT = 10 * 3
NAMES = ("zero", "one", "two")


def name_of(i):
    if DEBUG:
        print("debugging", i)
    if i < len(NAMES):
        return NAMES[i]
    return "many"


def entry_point(argv):
    print(LIMIT, [name_of(i) for i in range(5)])
    return 0
