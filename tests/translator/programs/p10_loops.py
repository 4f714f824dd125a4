"""Loops: while/else, for/else, break and continue through try/finally, nested loops, range steps."""


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            break
    else:
        return -1
    return i


def entry_point(argv):
    n = 0
    total = 0
    while n < 20:
        n += 1
        if n % 3 == 0:
            continue
        if n > 15:
            break
        total += n
    else:
        total = -1
    print(n, total)
    i = 0
    while i < 3:
        i += 1
    else:
        print("while else", i)
    print(find([4, 5, 6], 5), find([4, 5, 6], 9))
    log = []
    for k in range(5):
        try:
            if k == 1:
                continue
            if k == 3:
                break
            log.append(k)
        finally:
            log.append(-k)
    print(log)
    print(list(range(10, 0, -3)), list(range(0, 10, 4)), list(range(3, 3)))
    count = 0
    for a in range(5):
        for b in range(a):
            if (a + b) % 2:
                continue
            count += 1
    print(count)
    return 0
