# ruff: noqa
# closures: late binding in loops vs default-argument capture, shared cells between sibling
# closures, nonlocal counters, __closure__ and cell_contents, closures over loop variables of
# comprehensions, a closure outliving its frame, class bodies not being enclosing scopes
def late():
    return [lambda: i * 10 for i in range(4)]


def early():
    return [lambda i=i: i * 10 for i in range(4)]


print([f() for f in late()], [f() for f in early()])


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("+", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            history.append(("!", amount))
            return None
        balance -= amount
        history.append(("-", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


dep, wd, rep = make_account(100)
print(dep(50), wd(30), wd(500), dep(5))
print(rep())
print(len(dep.__closure__), sorted(dep.__code__.co_freevars), rep.__code__.co_freevars)
cells = {name: cell.cell_contents for name, cell in zip(rep.__code__.co_freevars, rep.__closure__)}
print(cells)


def counter_factory():
    counters = {}

    def make(name, step=1):
        count = 0

        def tick():
            nonlocal count
            count += step
            counters[name] = count
            return count

        return tick

    return make, counters


make, counters = counter_factory()
a, b = make("a"), make("b", 5)
for _ in range(3):
    a()
b()
b()
print(counters, a(), b())


def outer():
    x = "outer x"

    class Inner:
        x = "class x"

        def method(self):
            return x

        y = [x for _ in range(1)]

    return Inner().method(), Inner.x, Inner.y


print(outer())


def compose(*funcs):
    def composed(value):
        for f in reversed(funcs):
            value = f(value)
        return value
    composed.parts = len(funcs)
    return composed


inc = lambda v: v + 1
dbl = lambda v: v * 2
pipeline = compose(str, inc, dbl, inc)
print(pipeline(5), pipeline.parts, compose()(7))


def memo_fib():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib, cache


fib, cache = memo_fib()
print(fib(60), len(cache), fib.__closure__[0].cell_contents is cache or fib.__closure__[1].cell_contents is cache)


def deleted_cell():
    value = 1

    def read():
        return value

    del value
    try:
        return read()
    except NameError as e:
        return "NameError: %s" % e


print(deleted_cell())
