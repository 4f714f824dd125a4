"""Allocation failure is a MemoryError in the program: an impossible request, not a crash."""


def entry_point(argv):
    try:
        huge = [0] * 10 ** 12
        print("allocated", len(huge))
    except MemoryError:
        print("MemoryError for 10**12 items")
    try:
        text = (10 ** 13) * "ab"    # ("ab" * n is typed as unable to raise: reported)
        print("allocated", len(text))
    except MemoryError:
        print("MemoryError for a string of 2 * 10**13 characters")
    try:
        more = [1.5] * (1 << 62)
        print("allocated", len(more))
    except MemoryError:
        print("MemoryError for 2**62 items")
    # the program goes on normally afterwards
    small = [i * i for i in range(1000)]
    print(sum(small))
    return 0
