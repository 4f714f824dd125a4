# ruff: noqa
# generator uses: infinite generators with islice-like helpers, pipelines, generator expressions, laziness, recursion
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
print(take(5, naturals()), take(3, (x * x for x in naturals() if x % 2)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(take(12, primes()))
def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for line in lines:
        if not line.lstrip().startswith("#"):
            yield line
def numbered(lines):
    for i, line in enumerate(lines, 1):
        yield "%02d: %s" % (i, line)
source = "a = 1\n# comment\nb = 2\n  # indented\nc = 3"
print(list(numbered(strip_comments(read_lines(source)))))
log = []
def lazy(n):
    for i in range(n):
        log.append("produce %d" % i)
        yield i
for v in lazy(3):
    log.append("consume %d" % v)
print(log)
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest
print(list(permutations("abc")), sum(1 for _ in permutations(list(range(5)))))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
gen = (i for i in range(3))
print(iter(gen) is gen, list(gen), list(gen), sum(x for x in []))
def counter_gen():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        else:
            count += 1
cg = counter_gen()
print(next(cg), next(cg), next(cg), cg.send("reset"), next(cg))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows([1, 2, 3, 4, 5], 3)), list(windows("abcd", 2)))
print(dict((k, v) for k, v in zip("xyz", range(3))), tuple(c.upper() for c in "abc"), sorted((x % 3 for x in range(7)), reverse=True))
