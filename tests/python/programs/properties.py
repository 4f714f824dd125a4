# ruff: noqa
# property: getter/setter/deleter, decorator chains, read-only errors, property() call form, docs, inheritance overriding
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "the temperature in degrees Celsius"
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit, Temp.celsius.__doc__, type(Temp.celsius).__name__)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t.celsius)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
class Old:
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v * 2
    x = property(get_x, set_x, None, "doc of x")
o = Old()
o.x = 4
print(o.x, Old.x.__doc__, Old.x.fget is Old.get_x, Old.x.fdel)
class Base:
    @property
    def name(self):
        return "base"
class Child(Base):
    @property
    def name(self):
        return "child of " + super().name
print(Child().name, Base().name)
class Lazy:
    calls = 0
    @property
    def value(self):
        Lazy.calls += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.calls)
class Shadow:
    @property
    def p(self):
        return "property wins"
s = Shadow()
s.__dict__["p"] = "instance dict"
print(s.p)
prop = property(lambda self: 1)
print(prop.__get__(None, Shadow) is prop, prop.getter(lambda self: 2).fget(None), callable(prop.setter), hasattr(prop, "fset"))
class Err:
    @property
    def bad(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return "fallback for " + name
print(Err().bad)
