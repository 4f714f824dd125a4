# ruff: noqa
# __slots__: no __dict__, slot descriptors, inheritance with and without slots, __dict__ and __weakref__ in slots,
# defaults via class attributes conflicts, errors on unknown attributes, empty slots
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
p = Point(1, 2)
print(p, hasattr(p, "__dict__"), Point.__slots__, type(Point.x).__name__)
p.x = 10
print(p.x, Point.x.__name__, Point.x.__objclass__.__name__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
q.y = 5
del q.y
try:
    del q.y
except AttributeError as e:
    print("AttributeError:", e)
print(Point.x.__get__(p), end=" ")
Point.y.__set__(p, 99)
print(p.y)
# subclass without __slots__ gets a __dict__
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p3 = Point3(1, 2, 3)
print(p3.__dict__, p3.x, hasattr(p3, "__dict__"))
# subclass with its own slots
class Named(Point):
    __slots__ = ("name",)
    def __init__(self, x, y, name):
        super().__init__(x, y)
        self.name = name
n = Named(0, 0, "origin")
print(n.name, n.x, hasattr(n, "__dict__"))
try:
    n.other = 1
except AttributeError as e:
    print("AttributeError:", e)
# __dict__ in slots restores dynamic attributes
class Flexible:
    __slots__ = ("fixed", "__dict__")
f = Flexible()
f.fixed = 1
f.dynamic = 2
print(f.fixed, f.__dict__)
# string slots, single slot
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
# empty slots
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
# slots conflicting with class variables
try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
# slots and properties together
class Temperature:
    __slots__ = ("_celsius",)
    def __init__(self, c):
        self._celsius = c
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self._celsius = (f - 32) * 5 / 9
t = Temperature(100)
print(t.fahrenheit)
t.fahrenheit = 32
print(t._celsius)
# vars() on slotted object
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
# dir includes slot names
print([a for a in dir(n) if not a.startswith("__")])
# slots with a dataclass-like __eq__ and __hash__ over slots
class Pair:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        self.a, self.b = a, b
    def _key(self):
        return tuple(getattr(self, s) for s in self.__slots__)
    def __eq__(self, other):
        return type(other) is Pair and self._key() == other._key()
    def __hash__(self):
        return hash(self._key())
    def __repr__(self):
        return "Pair%r" % (self._key(),)
print(Pair(1, 2) == Pair(1, 2), Pair(1, 2) == Pair(2, 1), len({Pair(1, 2), Pair(1, 2), Pair(3, 4)}))
# multiple inheritance with non-empty slots in two bases fails
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class C:
    __slots__ = ()
class AC(A, C):
    __slots__ = ("c",)
ac = AC()
ac.a, ac.c = 1, 2
print(ac.a, ac.c)
# slot names are mangled when private
class Private:
    __slots__ = ("__secret", "public")
    def __init__(self):
        self.__secret = "hidden"
        self.public = "visible"
    def reveal(self):
        return self.__secret
pr = Private()
print(pr.reveal(), pr.public, Private.__slots__, hasattr(Private, "_Private__secret"))
# invalid slot names
for bad in [("1abc",), ("a b",), (1,)]:
    try:
        type("Dyn", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError:", e)
# __slots__ with __weakref__ listed
class WR:
    __slots__ = ("v", "__weakref__")
print(sorted(k for k in WR.__dict__ if not k.startswith("__") or k == "__weakref__"))
# copy of a slotted object by hand
def clone(obj):
    new = type(obj).__new__(type(obj))
    for cls in type(obj).__mro__:
        for name in getattr(cls, "__slots__", ()):
            if hasattr(obj, name):
                setattr(new, name, getattr(obj, name))
    return new
n2 = clone(n)
print(n2.name, n2.x, n2.y, n2 is n)
