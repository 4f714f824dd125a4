# ruff: noqa
# global and nonlocal, class scopes, names in comprehensions, closures capturing loop variables
counter = 0


def bump():
    global counter
    counter += 1
    return counter


bump()
bump()
print(counter)


def make_counters():
    total = 0

    def add(n):
        nonlocal total
        total += n
        return total

    def get():
        return total
    return add, get


add, get = make_counters()
add(5)
add(7)
print(get())
x = "global x"


class Scope:
    x = "class x"
    seen = [x for _ in range(1)]

    def method(self):
        return x


print(Scope.x, Scope.seen, Scope().method())
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])


def shadow():
    x = "local x"
    return [x for x in range(2)], x


print(shadow())
try:
    def broken():
        print(y)
        y = 1
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
