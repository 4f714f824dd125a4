"""Functions: defaults, keywords, *args, functions as values, recursion."""


def greet(name, greeting="hello", punct="!"):
    return greeting + ", " + name + punct


def total(*args):
    s = 0
    for a in args:
        s += a
    return s


def double(x):
    return 2 * x


def square(x):
    return x * x


def apply(f, x):
    return f(x)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def entry_point(argv):
    print(greet("ann"), greet("bob", "hi"), greet("cy", punct="?"), greet(greeting="yo", name="di"))
    print(total(), total(1), total(1, 2, 3), total(*(4, 5)))
    funcs = [double, square]
    for f in funcs:
        print(f(7), apply(f, 3))
    g = double if len(argv) > 5 else square
    print(g(9))
    print(fact(20), ackermann(2, 3))
    return 0
