# ruff: noqa
# iteration protocols: sequence iteration through __getitem__, iter() errors, reversed() with __reversed__ or
# __len__+__getitem__, iterator exhaustion, StopIteration inside generators, zip(strict=True), iterating while
# mutating, in-operator fallbacks (__contains__, __iter__, __getitem__)
class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
print(list(Seq(5)), 9 in Seq(5), 10 in Seq(5), list(reversed([*Seq(3)])), sum(Seq(4)), max(Seq(6)))
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it), next(it, "done"))
class SeqLen(Seq):
    def __len__(self):
        return self.n
print(list(reversed(SeqLen(4))), len(SeqLen(3)))
try:
    reversed(Seq(3))
except TypeError as e:
    print("TypeError:", e)
class CustomReversed:
    def __reversed__(self):
        return iter("cba")
print(list(reversed(CustomReversed())))
for bad in [5, None, 3.5]:
    try:
        iter(bad)
    except TypeError as e:
        print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class NotCallableNext:
    def __iter__(self):
        return self
    __next__ = None
try:
    for _ in NotCallableNext():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
# contains fallbacks
class OnlyIter:
    def __iter__(self):
        print("  (iterating)", end="")
        return iter([1, 2, 3])
class WithContains(OnlyIter):
    def __contains__(self, x):
        print("  (contains)", end="")
        return x == "magic"
print(2 in OnlyIter(), 5 in OnlyIter(), "magic" in WithContains(), 2 in WithContains())
class NoneContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoneContains()
except TypeError as e:
    print("TypeError:", e)
try:
    1 in 5
except TypeError as e:
    print("TypeError:", e)
# iterator exhaustion and re-iteration
numbers = iter([1, 2, 3])
print(list(numbers), list(numbers), 1 in iter([1]), list(zip(numbers, [1])))
m = map(str, [1, 2])
print(list(m), list(m))
# StopIteration escaping a generator becomes RuntimeError
def leaky():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaky()))
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def returns_value():
    yield 1
    return "result"
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
# zip strict
print(list(zip([1, 2], "ab", strict=True)))
for a, b in [([1, 2, 3], "ab"), ([1], "abc")]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
# mutating containers while iterating
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2, 3}
try:
    for v in s:
        s.add(v * 10)
except RuntimeError as e:
    print("RuntimeError:", e)
lst = [1, 2, 3, 4]
for v in lst:
    if v % 2 == 0:
        lst.remove(v)
print(lst)
grow = [1]
for v in grow:
    if v < 5:
        grow.append(v + 1)
print(grow)
# iterators with state: a class that is its own iterator vs. an iterable producing fresh iterators
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c), [(a, b) for a in c for b in c if a > b])
class OneShot:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return self
    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)
o = OneShot("xyz")
print(list(o), list(o))
# iter with sentinel on a callable, enumerate/zip laziness
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)), list(vals))
def counting():
    n = 0
    while True:
        n += 1
        yield n
print(list(zip(counting(), "abc")), next(enumerate(counting(), 10)))
# unpacking with iterators of the wrong length
for src in [iter([1, 2, 3]), iter([1])]:
    try:
        a, b = src
    except ValueError as e:
        print("ValueError:", e)
first, *rest = Seq(4)
print(first, rest)
# builtins consuming iterators partially
it2 = iter(range(10))
print(any(v > 3 for v in it2), next(it2), all(v < 100 for v in it2), next(it2, "exhausted"))
it3 = iter([1, 2, 3, 4, 5])
print(5 in it3, list(it3))
it4 = iter([1, 2, 3, 4, 5])
print(3 in it4, list(it4))
