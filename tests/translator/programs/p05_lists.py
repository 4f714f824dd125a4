"""Lists: every method, slices, comprehensions, nesting, equality, sorting."""


def entry_point(argv):
    lst = [5, 3, 8]
    lst.append(1)
    lst.extend([9, 2])
    lst.insert(0, 7)
    lst.insert(100, 4)
    print(lst, len(lst), lst[0], lst[-1], lst[2:5], lst[::2], lst[::-1])
    print(lst.pop(), lst.pop(0), lst.index(8), lst.count(3), 9 in lst, 42 in lst)
    lst.remove(9)
    lst.reverse()
    print(lst)
    lst.sort()
    print(lst, sorted([3, 1, 2], reverse=True), sorted(["b", "a", "c"]))
    lst[1] = 100
    del lst[0]
    lst[0:2] = [20, 21, 22]
    del lst[-1:]
    print(lst, lst + [0], [0] * 3, lst == [20, 21, 22, 3], lst != [])
    squares = [x * x for x in range(6) if x % 2 == 0]
    pairs = [(x, y) for x in range(3) for y in range(2)]
    grid = [[0] * 3 for _ in range(2)]
    grid[1][2] = 5
    print(squares, pairs, grid)
    words = ["pear", "apple", "fig"]
    words.sort()
    print(words, [len(w) for w in words], max([4, 9, 2]), min([4, 9, 2]))
    empty = []
    print(len(empty), not empty)
    try:
        empty.pop()
    except IndexError as e:
        print("IndexError:", e)
    copy = list(lst)
    copy.append(99)
    print(len(lst), len(copy), list(range(4)), list("abc"))
    return 0
