# ruff: noqa
# defaults, *args, **kwargs, keyword arguments, closures, nonlocal, lambdas, decorators
def greet(name, greeting="Hello", *rest, punct="!", **extra):
    text = greeting + ", " + name + punct
    if rest:
        text += " " + str(rest)
    if extra:
        text += " " + str(sorted(extra.items()))
    return text


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", "Yo", 1, 2, punct="?", x=1, a=2))
print(greet(greeting="Hey", name="Di"))
args = ("Eve", "Howdy")
kw = {"punct": "."}
print(greet(*args, **kw))


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


c = counter()
c()
c()
print(c(10))

adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])


def twice(func):
    def wrapper(*args):
        return func(func(*args))
    return wrapper


@twice
def inc(x):
    return x + 1


print(inc(5))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])
total = 0
for i in range(100):
    if i % 3 == 0:
        continue
    if i > 50:
        break
    total += i
else:
    total = -1
print(total)
n = 0
while n < 5:
    n += 1
else:
    print("while done", n)
print((lambda *a, **k: (a, k))(1, 2, z=3))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner()
    return middle()


print(outer())
print(greet.__name__, fib.__qualname__)
