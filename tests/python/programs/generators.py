# ruff: noqa
# generators, yield from, generator expressions, iterator protocol
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def chain(*iterables):
    for it in iterables:
        yield from it


def echo():
    received = yield "ready"
    while received is not None:
        received = yield "got " + str(received)


print(list(count_up(5)), sum(x * x for x in range(4)), list(chain([1, 2], "ab", count_up(2))))
g = echo()
print(next(g), g.send(1), g.send("two"))
gen = (c.upper() for c in "abc")
print(next(gen), list(gen))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)), [x for x in Countdown(2)])


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


for i, f in enumerate(fib_gen()):
    if i >= 10:
        break
    print(f, end=" ")
print()


def with_return():
    yield 1
    return "done"


def delegate():
    result = yield from with_return()
    print("result:", result)


print(list(delegate()))
it = iter([1, 2])
print(next(it), next(it), next(it, "end"))
