# ruff: noqa
# iterator classes: __iter__/__next__, reuse after exhaustion, iterables producing fresh iterators, iter() protocol
class Range:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return RangeIter(self)
    def __len__(self):
        return max(0, (self.stop - self.start + self.step - 1) // self.step)
class RangeIter:
    def __init__(self, r):
        self.current = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if self.current >= self.r.stop:
            raise StopIteration
        value = self.current
        self.current += self.r.step
        return value
r = Range(0, 10, 3)
print(list(r), list(r), len(r), sum(r), [x * 2 for x in r], max(r), 6 in r, 7 in r)
it = iter(r)
print(next(it), next(it), list(it), list(it), next(it, "done"))
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
f = Fib(100)
print(list(f), list(f))
class Cycle:
    def __init__(self, items):
        self.items = items
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        item = self.items[self.i % len(self.items)]
        self.i += 1
        return item
c = Cycle("abc")
print([next(c) for _ in range(7)], list(zip(range(4), c)))
class Chunked:
    def __init__(self, seq, n):
        self.seq, self.n = seq, n
    def __iter__(self):
        for i in range(0, len(self.seq), self.n):
            yield self.seq[i:i + self.n]
print(list(Chunked("abcdefg", 3)), list(Chunked(list(range(7)), 2)))
class Peekable:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buffer = []
    def __iter__(self):
        return self
    def __next__(self):
        if self.buffer:
            return self.buffer.pop()
        return next(self.it)
    def peek(self, default=None):
        if not self.buffer:
            try:
                self.buffer.append(next(self.it))
            except StopIteration:
                return default
        return self.buffer[-1]
p = Peekable([1, 2, 3])
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("end"))
class StopsWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)
print(list(StopsWithValue()), next(StopsWithValue(), "default"))
try:
    next(StopsWithValue())
except StopIteration as e:
    print("StopIteration value", e.value)
class NotAnIterator:
    def __iter__(self):
        return [1, 2]
try:
    iter(NotAnIterator())
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate(Range(5, 8))), dict(zip(Range(0, 3), "xyz")), sorted(Fib(20), reverse=True))
