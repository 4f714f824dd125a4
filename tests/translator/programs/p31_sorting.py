"""Sorting: ints, floats, strings, reverse, sorted() of other iterables."""


def entry_point(argv):
    nums = [5, -1, 3, 3, 0, 22, -7]
    nums.sort()
    print(nums)
    nums.sort(reverse=True)
    print(nums)
    print(sorted([2.5, -1.0, 0.0]), sorted("hello"), sorted({"b": 1, "a": 2}.keys()))
    words = ["banana", "Apple", "cherry", "apple"]
    print(sorted(words), sorted(words, reverse=True))
    big = [(i * 7919) % 1000 for i in range(500)]
    big.sort()
    ok = True
    for i in range(1, len(big)):
        if big[i - 1] > big[i]:
            ok = False
    print(ok, big[0], big[-1])
    return 0
