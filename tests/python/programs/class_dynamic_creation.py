# ruff: noqa
# classes created dynamically: type() with three arguments, __class_getitem__, __mro_entries__, __class__
# assignment, __instancecheck__/__subclasscheck__ on metaclasses, __qualname__ and __module__, class decorators
Point = type("Point", (), {"x": 0, "y": 0, "__repr__": lambda self: "Point(%r, %r)" % (self.x, self.y)})
p = Point()
p.x = 3
print(p, Point.__name__, Point.__qualname__, Point.__bases__, Point.__module__, type(Point).__name__)
def init(self, *values):
    for name, value in zip(self.fields, values):
        setattr(self, name, value)
def make_record(name, fields):
    def __repr__(self):
        return "%s(%s)" % (name, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in fields)
    return type(name, (object,), {"fields": tuple(fields), "__init__": init, "__repr__": __repr__,
                                  "__eq__": __eq__, "__hash__": None})
Color = make_record("Color", ["r", "g", "b"])
c = Color(255, 128, 0)
print(c, c == Color(255, 128, 0), c == Color(0, 0, 0), Color.fields, Color.__hash__)
Sub = type("Sub", (Color,), {"extra": lambda self: sum((self.r, self.g, self.b))})
print(Sub(1, 2, 3).extra(), issubclass(Sub, Color), Sub.__mro__[1].__name__, [k for k in vars(Sub) if not k.startswith("__")])
try:
    type("Bad", (1,), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError:", e)
print(type(5), type("x") is str, type(type), type(type(type)))
# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)
print(Box[int], Box["T"], Box[str])
print(list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__, list[int].__origin__, dict[str, int].__args__)
print(list[int]([1, 2]), isinstance([1], list), int | None, (int | str).__args__, isinstance(3, int | str), isinstance(3.0, int | str))
# __mro_entries__: a non-class base that supplies real bases
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__
class MixinFactory:
    def __init__(self, *bases):
        self.bases = bases
    def __mro_entries__(self, bases):
        return self.bases
class Uses(MixinFactory(Mixin)):
    pass
print(Uses().hello(), Uses.__bases__, Uses.__orig_bases__[0].__class__.__name__)
# __class__ assignment between compatible classes
class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"
pet = Cat()
print(pet.speak(), end=" ")
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
try:
    pet.__class__ = int
except TypeError as e:
    print("TypeError:", e)
# __instancecheck__ / __subclasscheck__ (duck-typed "interfaces")
class InterfaceMeta(type):
    def __instancecheck__(cls, obj):
        return all(callable(getattr(obj, m, None)) for m in cls.required)
    def __subclasscheck__(cls, sub):
        return all(callable(getattr(sub, m, None)) for m in cls.required)
class Sized(metaclass=InterfaceMeta):
    required = ("__len__",)
class Closeable(metaclass=InterfaceMeta):
    required = ("close",)
class File:
    def close(self):
        pass
print(isinstance([], Sized), isinstance(5, Sized), isinstance(File(), Closeable), issubclass(dict, Sized),
      issubclass(File, (int, Closeable)), isinstance("x", (int, Sized)))
# class decorators that add methods and register classes
registry = {}
def register(name):
    def decorator(cls):
        registry[name] = cls
        cls.registered_as = name
        return cls
    return decorator
def add_ordering(cls):
    def __lt__(self, other):
        return self.key() < other.key()
    def __le__(self, other):
        return self.key() <= other.key()
    cls.__lt__ = __lt__
    cls.__le__ = __le__
    return cls
@register("version")
@add_ordering
class Version:
    def __init__(self, text):
        self.text = text
    def key(self):
        return tuple(map(int, self.text.split(".")))
    def __repr__(self):
        return self.text
print(sorted([Version("1.10"), Version("1.9"), Version("1.2.3")]), registry, Version.registered_as)
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.5"), Version("1.0") >= Version("1.1"))
# __qualname__ of nested classes and functions
class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
print(Outer.Inner.__qualname__, Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__, Outer.Inner.__name__)
def factory():
    class Local:
        pass
    return Local
print(factory().__qualname__, factory() is factory())
# setting and deleting class attributes at runtime, effect on instances
class Config:
    debug = False
cfg = Config()
Config.debug = True
Config.level = 3
print(cfg.debug, cfg.level, hasattr(cfg, "level"))
del Config.level
print(hasattr(cfg, "level"))
setattr(Config, "dynamic_method", lambda self, n: n * 2)
print(cfg.dynamic_method(21))
try:
    del Config.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.new_attr = 1
except TypeError as e:
    print("TypeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
# type.__call__ flow: __new__ returning a different type skips __init__
class Weird:
    def __new__(cls, value):
        if value < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, value):
        self.value = value
print(Weird(-1), Weird(5).value)
# __init__ returning a value is an error
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
