# ruff: noqa
# __new__, __index__, the old sequence protocol, __format__, unhashable classes, __len__ truth, in-place and unary special methods
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value, type(a).__name__, a.__class__.__name__)
class Idx:
    def __index__(self):
        return 1
print([10, 20, 30][Idx()], "abc"[Idx()], range(5)[Idx()])
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 5 in OldSeq())
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
print(f"{Fmt():abc}", format(Fmt(), "x"), "{:q}".format(Fmt()))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
class WithLen:
    def __len__(self):
        return 0
print(bool(WithLen()), not WithLen())
class Meth:
    def m(self):
        return 1
print(Meth().m.__name__ if hasattr(Meth().m, "__name__") else "m", Meth.m(Meth()), callable(Meth.m))
print(sorted(Meth.__dict__.keys() - {"__dict__", "__weakref__"}) if False else "skip")
class Base:
    def __repr__(self):
        return "Base()"
class Child(Base):
    pass
print(repr(Child()), str(Child()), [Child()])
class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
c = Counter()
c += 5
c += 2
print(c.n)
class V:
    def __init__(self, x):
        self.x = x
    def __matmul__(self, o):
        return self.x * o.x
    def __neg__(self):
        return V(-self.x)
    def __abs__(self):
        return abs(self.x)
    def __invert__(self):
        return "inverted"
    def __pos__(self):
        return "pos"
print(V(3) @ V(4), (-V(2)).x, abs(V(-7)), ~V(1), +V(1))
