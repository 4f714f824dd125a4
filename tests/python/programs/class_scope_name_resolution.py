# ruff: noqa
# name resolution around class bodies: class-level names invisible to methods and to nested
# comprehensions (except the first iterable), global and nonlocal declarations inside class
# bodies, class bodies executed top to bottom, names shadowing builtins, and del in class bodies
x = "global x"
seen = []


class Config:
    x = "class x"
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
    pairs = [(v, w) for v in values for w in range(2)] if False else None
    seen.append(x)
    global created
    created = "set from class body"
    temp = 42
    del temp
    len = lambda self: 99

    def method(self):
        return x

    def uses_class(self):
        return type(self).x, self.x, len([1, 2])


c = Config()
print(Config.doubled, c.method(), c.uses_class(), created, seen, hasattr(Config, "temp"), c.len())
try:
    class Broken:
        items = [1, 2]
        factor = 3
        scaled = [i * factor for i in items]
except NameError as e:
    print("NameError:", e)


def make():
    counter = 0

    class Inner:
        nonlocal counter
        counter += 1
        label = "inner %d" % counter

        def bump(self):
            nonlocal counter
            counter += 10
            return counter

    return Inner, lambda: counter


Inner, read = make()
print(Inner.label, Inner().bump(), read())


def shadow():
    sum = lambda values: "shadowed"
    total = sum([1, 2])

    def inner():
        return sum([3])

    return total, inner()


print(shadow(), sum([1, 2]))
order = []


class Steps:
    order.append("start")

    def first(self):
        return "first"

    order.append("after first: %s" % ("first" in dir()))
    first_alias = first
    order.append("end")


print(order, Steps().first_alias(), Steps.first is Steps.first_alias)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.count = Counter.count * 100


a, b = Counter(), Counter()
print(Counter.count, a.count, b.count)


def class_in_loop():
    made = []
    for i in range(3):
        class Item:
            index = i

            def get(self):
                return self.index
        made.append(Item)
    return [k().get() for k in made], made[0] is made[1]


print(class_in_loop())
