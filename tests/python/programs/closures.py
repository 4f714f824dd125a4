# ruff: noqa
# closures: cells, nonlocal, late binding, closures in loops, counters, closures over loop vars, __closure__
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc(), get())
inc2, get2 = make_counter()
print(get2(), inc2(10), get())
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def nested_nonlocal():
    a = 1
    def level1():
        a = 10
        def level2():
            nonlocal a
            a += 1
            return a
        return level2(), a
    return level1(), a
print(nested_nonlocal())
def adders():
    return [(lambda y, x=x: x + y) for x in range(3)]
print([f(10) for f in adders()])
def closure_cells():
    v = [1]
    def g():
        return v
    return g
g = closure_cells()
print(g.__closure__[0].cell_contents, len(g.__closure__), g.__code__.co_freevars, closure_cells.__code__.co_cellvars)
def unbound():
    def inner():
        return value
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    value = 1
    return inner()
print(unbound())
def shadow():
    x = 1
    def f():
        x = 2
        return x
    return f(), x
print(shadow())
def fib_memo():
    memo = {}
    def fib(n):
        if n in memo:
            return memo[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[n] = r
        return r
    return fib
print(fib_memo()(80))
def acc_gen():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return [add(i) for i in range(5)]
print(acc_gen())
def cell_del():
    x = 5
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print("NameError:", e)
cell_del()
