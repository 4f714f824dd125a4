# ruff: noqa
# generator pipelines, closures with state, decorators with arguments, functools-style helpers
def read_numbers(text):
    for token in text.split():
        yield int(token)


def running_total(numbers):
    total = 0
    for n in numbers:
        total += n
        yield total


def window(items, size):
    buffer = []
    for item in items:
        buffer.append(item)
        if len(buffer) > size:
            buffer.pop(0)
        if len(buffer) == size:
            yield tuple(buffer)


data = "3 1 4 1 5 9 2 6 5 3 5"
print(list(running_total(read_numbers(data))))
print(list(window(read_numbers(data), 3))[:4])
print(sum(x for x in read_numbers(data) if x % 2), max(read_numbers(data)), sorted(set(read_numbers(data))))


def repeat(times):
    def decorate(func):
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = func.__name__
        return wrapper
    return decorate


@repeat(3)
def greet(name, punctuation="!"):
    return "hi " + name + punctuation


print(greet("ann"), greet("bo", punctuation="?"), greet.__name__)


def memoize(func):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    inner.cache = cache
    return inner


@memoize
def collatz_length(n):
    if n == 1:
        return 1
    return 1 + collatz_length(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 3000), key=collatz_length)
print(best, collatz_length(best), len(collatz_length.cache) > 3000)


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))


def make_accumulators():
    accs = {}
    for name in ["a", "b"]:
        def acc(value, _name=name):
            accs.setdefault(_name, []).append(value)
            return len(accs[_name])
        accs[name + "_fn"] = acc
    return accs


accs = make_accumulators()
accs["a_fn"](1)
accs["a_fn"](2)
accs["b_fn"](3)
print(accs["a"], accs["b"])
fizz = ["FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else str(i)
        for i in range(1, 16)]
print(" ".join(fizz))
