# ruff: noqa
# Lookups the VM caches (globals, builtins, methods on types) must see every later change: new and
# deleted globals, shadowed and restored builtins, methods replaced or added on a class or a base.
import builtins

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def use_len(x):
    return len(x)


for i in range(300):
    bump()
print(counter, use_len("abc"))


# shadow a builtin with a global, then delete the global again
def len(x):
    return -1


print(use_len("abc"))
del len
print(use_len("abc"))

# monkey-patch the builtins module itself
original_abs = builtins.abs
builtins.abs = lambda x: "patched"
print(abs(-3))
builtins.abs = original_abs
print(abs(-3))
builtins.brand_new = 42
print(brand_new)
del builtins.brand_new
try:
    print(brand_new)
except NameError as e:
    print("NameError:", e)


# a global defined later than the function that reads it; many globals added in between
def read_late():
    return late_value


try:
    read_late()
except NameError as e:
    print("NameError:", e)
for i in range(40):
    globals()["filler%d" % i] = i
late_value = "late"
print(read_late(), filler39)
globals()["late_value"] = "changed through globals()"
print(read_late())
del globals()["late_value"]
try:
    read_late()
except NameError as e:
    print("NameError:", e)


# methods replaced on the class after calls were made (and cached)
class Shape:
    def area(self):
        return 0

    def describe(self):
        return "shape with area %s" % self.area()


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


shapes = [Square(i) for i in range(5)]
total = 0
for _ in range(100):
    for s in shapes:
        total += s.area()
print(total, shapes[2].describe())
Square.area = lambda self: -self.side
print([s.area() for s in shapes], shapes[3].describe())
del Square.area
print([s.area() for s in shapes])
Shape.area = lambda self: "base %d" % self.side
print(shapes[1].area(), shapes[1].describe())


# a special method added to a class after instances were used
class Money:
    def __init__(self, cents):
        self.cents = cents


m = Money(5)
try:
    print(m + m)
except TypeError as e:
    print("TypeError:", e)
Money.__add__ = lambda a, b: Money(a.cents + b.cents)
Money.__repr__ = lambda self: "Money(%d)" % self.cents
print(m + m, [m])


# class attributes shadowed by instance attributes, then changed on the class
class Config:
    level = 1


cfgs = [Config() for _ in range(3)]
cfgs[1].level = 10
print([c.level for c in cfgs])
Config.level = 2
print([c.level for c in cfgs])
del cfgs[1].level
print([c.level for c in cfgs])


# changing a base class's method is seen through a subclass's cached lookup
class A:
    def who(self):
        return "A"


class B(A):
    pass


b = B()
seen = []
for i in range(3):
    seen.append(b.who())
A.who = lambda self: "A2"
seen.append(b.who())
B.who = lambda self: "B"
seen.append(b.who())
print(seen)
