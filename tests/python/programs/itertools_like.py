# ruff: noqa
# itertools re-implemented with generators: count, cycle, repeat, chain, islice, accumulate, groupby, product,
# permutations, combinations, zip_longest, starmap, takewhile, dropwhile, compress, pairwise, tee-free
def count(start=0, step=1):
    while True:
        yield start
        start += step
def cycle(iterable):
    saved = []
    for x in iterable:
        saved.append(x)
        yield x
    while saved:
        yield from saved
def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    for _ in range(times):
        yield obj
def chain(*its):
    for it in its:
        yield from it
def islice(it, *args):
    s = slice(*args)
    start, stop, step = s.start or 0, s.stop, s.step or 1
    it = iter(it)
    i = 0
    nxt = start
    for x in it:
        if stop is not None and i >= stop:
            return
        if i == nxt:
            yield x
            nxt += step
        i += 1
def accumulate(it, func=lambda a, b: a + b, initial=None):
    it = iter(it)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = func(total, x)
        yield total
def groupby(it, key=lambda x: x):
    sentinel = object()
    current = sentinel
    group = []
    for x in it:
        k = key(x)
        if current is not sentinel and k != current:
            yield current, group
            group = []
        current = k
        group.append(x)
    if group:
        yield current, group
def product(*pools, repeat=1):
    pools = [tuple(p) for p in pools] * repeat
    result = [()]
    for pool in pools:
        result = [r + (y,) for r in result for y in pool]
    yield from result
def permutations(pool, r=None):
    pool = tuple(pool)
    r = len(pool) if r is None else r
    def rec(prefix, remaining):
        if len(prefix) == r:
            yield prefix
            return
        for i in range(len(remaining)):
            yield from rec(prefix + (remaining[i],), remaining[:i] + remaining[i + 1:])
    yield from rec((), pool)
def combinations(pool, r):
    pool = tuple(pool)
    def rec(start, prefix):
        if len(prefix) == r:
            yield prefix
            return
        for i in range(start, len(pool)):
            yield from rec(i + 1, prefix + (pool[i],))
    yield from rec(0, ())
def zip_longest(*its, fillvalue=None):
    iterators = [iter(i) for i in its]
    while True:
        row, active = [], 0
        for it in iterators:
            try:
                row.append(next(it))
                active += 1
            except StopIteration:
                row.append(fillvalue)
        if not active:
            return
        yield tuple(row)
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
def compress(data, selectors):
    return (d for d, s in zip(data, selectors) if s)
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
def starmap(fn, it):
    for args in it:
        yield fn(*args)
print(list(islice(count(5, 3), 4)), list(islice(cycle("ab"), 5)), list(repeat("x", 3)), list(chain("ab", [1])))
print(list(islice(range(20), 2, 12, 3)), list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([], initial=0)))
print([(k, len(g)) for k, g in groupby("aaabccdaa")], [(k, g) for k, g in groupby(range(7), key=lambda v: v // 3)])
print(list(product("ab", [0, 1])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))), list(combinations("abcd", 2)))
print(list(zip_longest("abc", [1], fillvalue="-")), list(takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(pairwise("abcd")), list(starmap(pow, [(2, 5), (3, 2)])))
