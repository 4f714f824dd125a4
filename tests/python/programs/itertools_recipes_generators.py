# ruff: noqa
# itertools recipes written as plain generators: chain, islice, groupby, accumulate, pairwise,
# product, permutations, combinations, zip_longest, takewhile/dropwhile, batched, a round-robin
# merge; each checked on small inputs, including laziness on an infinite counter
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def islice(it, stop):
    for i, v in zip(range(stop), it):
        yield v


def chain(*iterables):
    for it in iterables:
        yield from it


def groupby(iterable, key=lambda v: v):
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    for v in it:
        if key(v) == key(current):
            group.append(v)
        else:
            yield key(current), group
            current, group = v, [v]
    yield key(current), group


def accumulate(iterable, func=lambda a, b: a + b, initial=None):
    it = iter(iterable)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for v in it:
        total = func(total, v)
        yield total


def pairwise(iterable):
    it = iter(iterable)
    prev = next(it, None)
    for v in it:
        yield prev, v
        prev = v


def product(*pools):
    result = [()]
    for pool in pools:
        result = [r + (p,) for r in result for p in pool]
    yield from result


def permutations(items, r=None):
    r = len(items) if r is None else r
    if r == 0:
        yield ()
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:], r - 1):
            yield (item,) + rest


def combinations(items, r):
    if r == 0:
        yield ()
        return
    for i in range(len(items) - r + 1):
        for rest in combinations(items[i + 1:], r - 1):
            yield (items[i],) + rest


def zip_longest(*its, fill=None):
    iterators = [iter(i) for i in its]
    while True:
        row, alive = [], 0
        for it in iterators:
            v = next(it, StopIteration)
            if v is StopIteration:
                row.append(fill)
            else:
                alive += 1
                row.append(v)
        if not alive:
            return
        yield tuple(row)


def takewhile(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v


def dropwhile(pred, it):
    it = iter(it)
    for v in it:
        if not pred(v):
            yield v
            break
    yield from it


def batched(it, n):
    batch = []
    for v in it:
        batch.append(v)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def roundrobin(*its):
    iterators = [iter(i) for i in its]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)


print(list(islice(count(10, 5), 4)), list(chain("ab", [1, 2], ())), list(islice(chain(count(), "x"), 3)))
print([(k, len(g)) for k, g in groupby("aaabccdddd")], list(groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=7)))
print(list(pairwise("abcd")), list(pairwise([])), len(list(product("ab", range(3), "xy"))), list(product([0, 1], repeat := [5])))
print(list(permutations("abc", 2)), len(list(permutations(list(range(5))))), list(combinations("abcd", 2)))
print(list(zip_longest("ab", [1, 2, 3], fill="-")), list(takewhile(lambda v: v < 10, count(7))), list(dropwhile(lambda v: v < 3, range(6))))
print(list(batched(range(7), 3)), list(roundrobin("ABC", "d", "EF")), sum(islice(count(1), 100)))
print([p for p in combinations(range(6), 3) if sum(p) == 9], next(v for v in count(100) if v % 37 == 0))
