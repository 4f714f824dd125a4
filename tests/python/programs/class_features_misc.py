# ruff: noqa
# class features: __class_getitem__, classmethod alternative constructors used on subclasses,
# staticmethod through instances, property overriding in subclasses with super() in the getter,
# __set_name__ call order, __qualname__ of nested classes, __init_subclass__ chains, class
# decorators adding methods, __repr__ / __str__ fallbacks, isinstance with abstract-like checks
class Box:
    def __class_getitem__(cls, item):
        name = item.__name__ if isinstance(item, type) else repr(item)
        return "%s[%s]" % (cls.__name__, name)

    def __init__(self, value):
        self.value = value

    @classmethod
    def of(cls, *values):
        return [cls(v) for v in values]

    @staticmethod
    def describe(thing):
        return "<%s>" % (thing,)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.value)


class LabeledBox(Box):
    pass


print(Box[int], LabeledBox["x"], Box.of(1, 2), LabeledBox.of("a"), Box(1).describe("inst"), Box.describe(3))


class Shape:
    def __init__(self, size):
        self._size = size

    @property
    def size(self):
        return self._size

    @size.setter
    def size(self, value):
        if value < 0:
            raise ValueError("size must be >= 0")
        self._size = value

    @property
    def area(self):
        return self.size ** 2


class Scaled(Shape):
    factor = 3

    @property
    def size(self):
        return super().size * self.factor

    @size.setter
    def size(self, value):
        Shape.size.fset(self, value)


s = Scaled(2)
print(s.size, s.area, Shape(2).area)
s.size = 5
print(s.size, s._size, type(Scaled.__dict__["size"]).__name__)
try:
    s.size = -1
except ValueError as e:
    print("ValueError:", e)

order = []


class Named:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        order.append((owner.__name__, name, self.tag))


class Form:
    first = Named(1)
    second = Named(2)
    third = Named(3)


print(order)


class Outer:
    class Middle:
        class Inner:
            def where(self):
                return type(self).__qualname__

    def method(self):
        class Local:
            pass
        return Local.__qualname__


print(Outer.Middle.Inner().where(), Outer().method(), Outer.Middle.__name__, Outer.method.__qualname__)


def add_compare(cls):
    def __eq__(self, other):
        return type(other) is type(self) and self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    cls.__eq__ = __eq__
    cls.__lt__ = __lt__
    cls.__hash__ = lambda self: hash(self.key())
    return cls


@add_compare
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def key(self):
        return self.parts

    def __str__(self):
        return ".".join(map(str, self.parts))


versions = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print([str(v) for v in sorted(versions)], len(set(versions)), Version("2.0") == Version("2.0"), Version("1") != Version("2"))
print(str(Box(1)), repr(object.__new__(Form))[:13], str(Version("3.1")), repr(Version("1"))[:9])


class Base:
    hooks = []

    def __init_subclass__(cls, /, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.hooks.append((cls.__name__, tag))


class Mixin:
    def __init_subclass__(cls, **kw):
        Base.hooks.append(("mixin saw", cls.__name__))
        super().__init_subclass__(**kw)


class A(Base, tag="a"):
    pass


class B(Mixin, A, tag="b"):
    pass


print(Base.hooks, [k.__name__ for k in B.__mro__])
try:
    class C(Base, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
