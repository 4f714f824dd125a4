# ruff: noqa
# generator pipelines: parsing log lines lazily, grouping consecutive items, sliding windows, tee-like buffering
LOG = """2024-01-01 INFO start
2024-01-01 WARN disk 81%
2024-01-02 INFO tick
2024-01-02 ERROR disk full
2024-01-02 ERROR retry failed
2024-01-03 INFO recovered"""
def read(text):
    for line in text.splitlines():
        yield line
def parse(lines):
    for line in lines:
        date, level, message = line.split(" ", 2)
        yield {"date": date, "level": level, "message": message}
def only(levels, records):
    return (r for r in records if r["level"] in levels)
def group_consecutive(records, key):
    current, bucket = None, []
    for r in records:
        k = r[key]
        if bucket and k != current:
            yield current, bucket
            bucket = []
        current = k
        bucket.append(r)
    if bucket:
        yield current, bucket
for date, recs in group_consecutive(parse(read(LOG)), "date"):
    print(date, [r["level"] for r in recs])
print([r["message"] for r in only({"ERROR", "WARN"}, parse(read(LOG)))])
def window(iterable, n):
    buf = []
    for item in iterable:
        buf.append(item)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)), list(window("ab", 3)))
def moving_average(values, n):
    for w in window(values, n):
        yield sum(w) / n
print([round(v, 2) for v in moving_average([1, 2, 3, 4, 10, 6], 3)])
def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    def gen(mine):
        while True:
            if not mine:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for b in buffers:
                    b.append(value)
            yield mine.pop(0)
    return [gen(b) for b in buffers]
a, b = tee(x * x for x in range(5))
print(next(a), next(a), list(b), list(a))
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take_while(lambda x: x * x < 50, naturals())), sum(take_while(lambda x: x < 100, naturals())))
def interleave(*iterables):
    iterators = [iter(i) for i in iterables]
    while iterators:
        for it in list(iterators):
            try:
                yield next(it)
            except StopIteration:
                iterators.remove(it)
print("".join(interleave("abc", "12", "XYZW")))
