# ruff: noqa
# closures: late binding, default-argument capture, nonlocal through several levels, cells shared between closures
def make_counters():
    count = 0
    def inc(n=1):
        nonlocal count
        count += n
        return count
    def dec(n=1):
        nonlocal count
        count -= n
        return count
    def get():
        return count
    return inc, dec, get
inc, dec, get = make_counters()
print(inc(), inc(5), dec(2), get())
inc2, dec2, get2 = make_counters()
print(inc2(10), get(), get2())
# late binding in loops
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(4)]
print([f() for f in fs])
fs = []
for j in range(3):
    def g():
        return j * 10
    fs.append(g)
j = 100
print([f() for f in fs])
# nested nonlocal levels
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        r = inner()
        return r, x
    res = middle()
    return res, x
print(outer())
def level3():
    a = 1
    def l2():
        b = 2
        def l1():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        v = l1()
        return v, b
    out = l2()
    return out, a
print(level3())
# closure cell contents introspection
def maker(v):
    def f():
        return v
    return f
f = maker(42)
print(f.__closure__[0].cell_contents, f.__code__.co_freevars, maker.__code__.co_cellvars)
# closures over loop variables in a class-free accumulator
def accumulate(*fns):
    total = []
    def run(x):
        for fn in fns:
            x = fn(x)
            total.append(x)
        return x
    return run, total
run, total = accumulate(lambda x: x + 1, lambda x: x * 3, lambda x: x - 2)
print(run(1), run(10), total)
# memoizing decorator with closure dict
def memo(fn):
    cache = {}
    calls = [0]
    def wrapper(*args):
        if args not in cache:
            calls[0] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapper.calls = calls
    wrapper.cache = cache
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.calls[0], len(fib.cache))
# nonlocal declared but variable assigned later in enclosing scope
def late():
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    value = None
    setter("set!")
    return getter()
print(late())
# unbound free variable
def unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()
print(unbound())
# deleting a closed-over variable
def deleter():
    x = 5
    def read():
        return x
    del x
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
deleter()
# global vs nonlocal shadowing
g = "global g"
def shadow():
    g = "local g"
    def inner():
        global g
        return g
    def inner2():
        return g
    return inner(), inner2()
print(shadow())
# closures in generator expressions and comprehensions
def scale_all(factor, rows):
    return [[v * factor for v in row] for row in rows], list(sum(v * factor for v in row) for row in rows)
print(scale_all(3, [[1, 2], [3, 4, 5]]))
# class bodies do not create closures for methods
def class_maker(tag):
    class C:
        label = tag
        def show(self):
            return tag, self.label
        items = [tag * i for i in range(3)]
    return C
C = class_maker("ab")
print(C().show(), C.items)
def class_scope():
    y = "function y"
    class D:
        y = "class y"
        def m(self):
            return y
        z = [y for _ in range(1)]
    return D().m(), D.y, D.z
print(class_scope())
# partial application via closures
def partial(fn, *pargs, **pkw):
    def call(*args, **kw):
        merged = dict(pkw)
        merged.update(kw)
        return fn(*pargs, *args, **merged)
    return call
def describe(a, b, c=0, *, sep="-"):
    return sep.join(map(str, (a, b, c)))
p = partial(describe, 1, sep="+")
print(p(2), p(2, 3), p(2, c=9, sep="/"))
# compose many closures
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
h = compose(str, lambda v: v * 2, abs)
print(repr(h(-21)))
adders = [(lambda n: (lambda x: x + n))(n) for n in range(5)]
print([a(100) for a in adders])
# counter generator closure with nonlocal state
def ticker(start):
    state = start
    def tick():
        nonlocal state
        state, prev = state * 2, state
        return prev
    return tick
t = ticker(3)
print([t() for _ in range(6)])
