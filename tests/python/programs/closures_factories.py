# ruff: noqa
# function factories and closures: adders, accumulators, memoizers, partial application, closures sharing state
def make_adder(n):
    def add(x):
        return x + n
    return add
adders = [make_adder(i) for i in range(4)]
print([f(10) for f in adders], make_adder(5)(5), make_adder("x")("y"))
def make_accumulator():
    total = 0
    history = []
    def add(value):
        nonlocal total
        total += value
        history.append(value)
        return total
    def reset():
        nonlocal total
        total = 0
        history.clear()
    return add, reset, history
add, reset, history = make_accumulator()
print(add(5), add(10), history)
reset()
print(add(1), history)
def partial(func, *fixed, **fixed_kw):
    def call(*args, **kwargs):
        merged = dict(fixed_kw)
        merged.update(kwargs)
        return func(*fixed, *args, **merged)
    return call
def describe(a, b, c=0, *, sep="-"):
    return sep.join(str(v) for v in (a, b, c))
p = partial(describe, 1, sep="+")
print(p(2), p(2, 3), p(2, c=9, sep="*"))
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def counter_pair():
    count = 0
    def up():
        nonlocal count
        count += 1
        return count
    def down():
        nonlocal count
        count -= 1
        return count
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up())
def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)
print(ways(50, 50), len(ways.cache) > 100)
def make_multipliers():
    return [lambda x, i=i: x * i for i in range(5)]
print([m(3) for m in make_multipliers()])
def outer():
    values = []
    def record(v):
        values.append(v)
        return record
    record(1)(2)(3)
    return values
print(outer())
x = "global"
def read_later():
    def inner():
        return x
    return inner
f = read_later()
x = "changed global"
print(f())
