# ruff: noqa
# __new__ on subclasses of immutable builtins (int, str, tuple, float, frozenset): values fixed
# in __new__, extra attributes, methods returning the base type, a cached singleton, __new__
# returning an object of another class (so __init__ is skipped), and errors from __init__
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        return super().__new__(cls, value)

    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return "Celsius(%s)" % float.__repr__(self)


t = Celsius(21.5)
print(t, repr(t), t.to_f(), type(t + 1).__name__, isinstance(t, float), t == 21.5, hash(t) == hash(21.5))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)


class Flags(int):
    names = ("read", "write", "exec")

    def __new__(cls, *names):
        value = 0
        for n in names:
            value |= 1 << cls.names.index(n)
        obj = super().__new__(cls, value)
        obj.source = names
        return obj

    def __str__(self):
        return "|".join(n for i, n in enumerate(self.names) if self & (1 << i)) or "none"


f = Flags("read", "exec")
print(int(f), str(f), f.source, f | 2, type(f | 2).__name__, str(Flags()), f + 0, repr(f))


class Slug(str):
    def __new__(cls, text):
        cleaned = "-".join("".join(c for c in w if c.isalnum()) for w in text.lower().split())
        return super().__new__(cls, cleaned)

    def __add__(self, other):
        return Slug(str(self) + " " + str(other))


s = Slug("Hello,  World! Again")
print(s, type(s).__name__, s.upper(), type(s.upper()).__name__, s + "more stuff", len(s), s.split("-"))


class Pair(tuple):
    __slots__ = ()

    def __new__(cls, left, right):
        return super().__new__(cls, (left, right))

    @property
    def left(self):
        return self[0]

    @property
    def right(self):
        return self[1]

    def swap(self):
        return type(self)(self.right, self.left)

    def __repr__(self):
        return "Pair(%r, %r)" % self


p = Pair(1, "b")
print(p, p.left, p.swap(), p == (1, "b"), len(p), p + (3,), type(p + (3,)).__name__, hash(p) == hash((1, "b")))
try:
    p.extra = 1
except AttributeError as e:
    print("AttributeError:", e)


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.inits = 0
        return cls._instance

    def __init__(self, *args):
        self.inits += 1
        self.args = args


a, b = Singleton(1), Singleton(2, 3)
print(a is b, a.inits, a.args)


class Plain:
    def __init__(self):
        print("Plain.__init__ runs")


class Factory:
    def __new__(cls, kind):
        if kind == "plain":
            return Plain()
        return super().__new__(cls)

    def __init__(self, kind):
        print("Factory.__init__ with", kind)


print(type(Factory("plain")).__name__, type(Factory("own")).__name__)


class BadInit:
    def __init__(self):
        return 42


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
fs = type("Tags", (frozenset,), {"__repr__": lambda self: "Tags(%s)" % ",".join(sorted(self))})(["b", "a"])
print(fs, type(fs).__name__, fs | {"c"}, type(fs | {"c"}).__name__, "a" in fs)
print(int.__new__(Flags, 5).__class__.__name__, str.__new__(Slug, "Raw Text!"), tuple.__new__(Pair, [9, 8]))
