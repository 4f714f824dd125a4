# ruff: noqa
# exit: 1
# error: RuntimeError: generator raised StopIteration
# PEP 479: a StopIteration escaping a generator body becomes RuntimeError (the original is its
# __cause__); iterators that end normally are fine; the last use is left uncaught
def pairs(iterable):
    it = iter(iterable)
    while True:
        first = next(it)
        second = next(it)
        yield first, second


def safe_pairs(iterable):
    it = iter(iterable)
    for first in it:
        second = next(it, None)
        yield first, second


print(list(safe_pairs("abcde")))
print(list(safe_pairs([])))
try:
    print(list(pairs("abcd")))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)


def first_line(lines):
    for line in lines:
        yield line
        return
    yield "no lines"


print(list(first_line(["x", "y"])), list(first_line([])))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), [p for p in safe_pairs(Countdown(4))])
print(list(pairs(range(6))))
