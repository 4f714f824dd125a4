"""Loops whose iterator objects malloc removal turns into variables (ranges with positive, negative,
variable and empty steps, list and string iterators, enumerate, zip, reversed), next to objects that
escape and must stay allocated (returned, stored in a list or a field, passed to a function)."""


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Holder:
    def __init__(self):
        self.pair = Pair(0, 0)


def span(start, stop, step):
    out = []
    for k in range(start, stop, step):
        out.append(k)
    return out


def nested(n):
    total = 0
    for i in range(n):
        for j in range(i, n):
            total += i * j
    return total


def first_square_over(limit):
    found = -1
    for k in range(1, 1000):
        if k * k > limit:
            found = k
            break
    return found


def odd_sum(n):
    total = 0
    for k in range(n):
        if k % 2 == 0:
            continue
        total += k
    return total


def step_zero(step):
    try:
        total = 0
        for k in range(0, 5, step):
            total += k
        return total
    except ValueError:
        return -1


def raising_inside(n):
    caught = 0
    for k in range(n):
        try:
            if k % 3 == 0:
                raise KeyError("k")
        except KeyError:
            caught += 1
    return caught


def list_strings(items):
    words = []
    for x in items:
        words.append(str(x * 7))     # allocations while the list iterator's fields are live
    return ",".join(words)


def letters(s):
    count = 0
    for c in s:
        if c == "a":
            count += 1
    return count


def made_pair(n):
    return Pair(n, n + 1)           # escapes: returned


def pair_sum(p):
    return p.a + p.b


def local_pair(n):
    p = Pair(n, 2 * n)              # an instance: kept (instances are not flattened)
    return p.a * p.b


def run_escapes(n):
    pairs = []
    for k in range(n):
        pairs.append(Pair(k, -k))   # escapes into a list
    h = Holder()
    h.pair = made_pair(n)           # stored in a field
    total = pair_sum(h.pair)        # passed to a function
    for p in pairs:
        total += p.a - p.b
    return total


def pairs_of(xs, ys):
    out = []
    for i, x in enumerate(xs):
        out.append(i * x)
    for x, y in zip(xs, ys):
        out.append(x - y)
    for x in reversed(xs):
        out.append(x)
    return out


def entry_point(argv):
    n = len(argv) + 4              # 5, unknown to the translator
    print(span(0, n, 1))
    print(span(0, 3 * n, 4))
    print(span(n, 0, -1))
    print(span(10, -10, -7))
    print(span(n, n, 1))
    print(span(n, 0, 1))
    print(span(0, n, -2))
    print(span(-n, n, n - 2))
    print(nested(n))
    print(nested(0))
    print(first_square_over(50))
    print(odd_sum(10 * n))
    print(step_zero(n - 5))
    print(step_zero(n - 3))
    print(raising_inside(n * 2))
    print(list_strings([1, 2, 3, n * 1000]))
    print(list_strings([]))
    print(letters("banana bread"))
    print(local_pair(n))
    print(run_escapes(n))
    print(pairs_of([3, 1, 4, 1, 5], [2, 7, 1, 8, 2]))
    big = 0
    for k in range(n * 100000):
        big += k & 7
    print(big)
    return 0
