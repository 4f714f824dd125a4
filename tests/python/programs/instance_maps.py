# ruff: noqa
# Instance attributes under maps (shared layouts): insertion order, deletion, __dict__ views and
# assignment, class attribute shadowing, many attributes, __class__ assignment, vars() and dir().


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


a = Point(1, 2)
b = Point(3, -4)
print(a.x, a.y, b.norm1(), a.__dict__, vars(b))

# a different insertion order gives the same values and the dict keeps each instance's order
c = Point.__new__(Point)
c.y = 10
c.x = 20
print(c.__dict__, list(c.__dict__), c.norm1())

# the __dict__ is a live view: writes through it show as attributes and back
d = a.__dict__
d["z"] = 99
print(a.z, sorted(d))
a.w = 5
print(d["w"], len(d))
d[7] = "int key"
print(a.__dict__[7], len(a.__dict__))

# deletion
p = Point(5, 6)
del p.x
print(p.__dict__, hasattr(p, "x"))
try:
    print(p.x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
p.x = 7
print(p.__dict__, p.norm1())
q = Point(1, 1)
try:
    del q.missing
except AttributeError as e:
    print("AttributeError:", e)
print(q.__dict__)

# __dict__ assignment
r = Point(0, 0)
r.__dict__ = {"x": -3, "y": 4, "extra": "yes"}
print(r.norm1(), r.extra, r.__dict__)
try:
    r.__dict__ = [1, 2]
except TypeError as e:
    print("TypeError:", e)


# an instance attribute shadows a method of the class; deleting it shows the method again
class Greeter:
    kind = "class attribute"

    def hello(self):
        return "method"


g = Greeter()
print(g.hello(), g.kind)
g.hello = lambda: "instance function"
g.kind = "instance attribute"
print(g.hello(), g.kind, Greeter.kind)
del g.hello
del g.kind
print(g.hello(), g.kind)


# data descriptors on the class win over the instance's attributes
class Temperature:
    def __init__(self):
        self.celsius = 0

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature()
t.fahrenheit = 212
print(t.celsius, t.fahrenheit, t.__dict__)


# many attributes (more than any map holds)
class Bag:
    pass


bag = Bag()
for i in range(100):
    setattr(bag, "a%d" % i, i)
print(bag.a0, bag.a63, bag.a64, bag.a99, len(bag.__dict__))
total = 0
for i in range(100):
    total += getattr(bag, "a%d" % i)
print(total)
del bag.a50
print(hasattr(bag, "a50"), len(vars(bag)))

# instances with the same attributes share behaviour across many objects
bags = []
for i in range(50):
    x = Bag()
    x.first = i
    if i % 2:
        x.second = i * 2
    x.third = -i
    bags.append(x)
print(sum(x.first + x.third for x in bags), sum(getattr(x, "second", 0) for x in bags))
print([list(vars(x)) for x in bags[:3]])


# __class__ assignment keeps the attributes
class Cat:
    def speak(self):
        return "meow " + self.name


class Dog:
    def speak(self):
        return "woof " + self.name


pet = Cat()
pet.name = "rex"
print(pet.speak())
pet.__class__ = Dog
print(pet.speak(), pet.__dict__)

# dir() sees instance attributes
print([n for n in dir(pet) if not n.startswith("__")])


# slots and dict together
class Slotted:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


s = Slotted()
print(s.a, s.b, s.__dict__)


class OnlySlots:
    __slots__ = ("a",)


o = OnlySlots()
o.a = 3
try:
    o.b = 4
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(o.__dict__)
except AttributeError as e:
    print("AttributeError:", e)

# __dict__ update and clear
u = Point(1, 2)
u.__dict__.update(y=20, z=30)
print(u.y, u.z)
u.__dict__.clear()
print(hasattr(u, "x"), u.__dict__)
u.x = 1
u.y = 1
print(u.norm1())

# setattr/getattr with a name built at run time, and an attribute set in a subclass __init__


class Base:
    def __init__(self):
        self.base = "b"


class Derived(Base):
    def __init__(self):
        self.own = "d"
        super().__init__()


dd = Derived()
print(dd.__dict__, getattr(dd, "ba" + "se"))
