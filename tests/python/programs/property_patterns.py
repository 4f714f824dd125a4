# ruff: noqa
# property patterns: validation, computed and cached values, inheritance overriding getter/setter, read-only views
class Celsius:
    def __init__(self, degrees=0.0):
        self.degrees = degrees
    @property
    def degrees(self):
        return self._degrees
    @degrees.setter
    def degrees(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError("degrees must be a number")
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._degrees = float(value)
    @property
    def kelvin(self):
        return self._degrees + 273.15
c = Celsius(25)
print(c.degrees, c.kelvin)
for bad in ["hot", -300]:
    try:
        c.degrees = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Cached:
    def __init__(self, n):
        self.n = n
        self.computations = 0
    @property
    def total(self):
        if "_total" not in self.__dict__:
            self.computations += 1
            self._total = sum(range(self.n))
        return self._total
cc = Cached(100)
print(cc.total, cc.total, cc.computations)
class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Doubled(Base):
    @Base.v.getter
    def v(self):
        return self._v * 2
class Clamped(Base):
    @Base.v.setter
    def v(self, value):
        self._v = max(0, min(10, value))
d, cl = Doubled(), Clamped()
d.v = 5
cl.v = 99
print(d.v, cl.v, type(Doubled.v).__name__, Doubled.v.fset is Base.v.fset)
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    full = property(lambda self: self.first + " " + self.last)
    initials = property(lambda self: self.first[0] + self.last[0], doc="the initials")
p = Person("Ada", "Lovelace")
print(p.full, p.initials, Person.initials.__doc__)
try:
    p.full = "x"
except AttributeError as e:
    print("AttributeError:", e)
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class Data:
    loads = 0
    @Lazy
    def payload(self):
        Data.loads += 1
        return [1, 2, 3]
dd = Data()
print(dd.payload, dd.payload, Data.loads, "payload" in vars(dd), type(Data.payload).__name__)
