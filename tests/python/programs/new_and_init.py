# ruff: noqa
# object creation: __new__ and __init__ order and arguments, __new__ returning other types, singletons, caching
class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        instance = super().__new__(cls)
        instance.created = True
        return instance
    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x, self.y = x, y
t = Traced(1, y=2)
print(t.created, t.x, t.y)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            obj.inits = 0
            cls._cache[key] = obj
        return cls._cache[key]
    def __init__(self, key):
        self.inits += 1
a1, a2, b = Cached("a"), Cached("a"), Cached("b")
print(a1 is a2, a1 is b, a1.inits, b.inits)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine(), type(NotMine()))
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError:", e)
class OnlyNew:
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj.value = value
        return obj
print(OnlyNew(9).value)
try:
    object.__new__(int)
except TypeError as e:
    print("TypeError:", e)
class Base:
    def __init__(self):
        print("Base.__init__")
        self.base_ready = True
class Derived(Base):
    def __init__(self):
        print("Derived.__init__ before super")
        super().__init__()
        print("Derived.__init__ after super", self.base_ready)
Derived()
class SkipsSuper(Base):
    def __init__(self):
        print("no super call")
s = SkipsSuper()
print(hasattr(s, "base_ready"))
class Immutable(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __init__(self, a, b):
        print("init sees", self)
im = Immutable(1, 2)
print(im, type(im).__name__, len(im))
class Factory:
    registry = {}
    def __init_subclass__(cls, kind, **kw):
        super().__init_subclass__(**kw)
        Factory.registry[kind] = cls
    def __new__(cls, kind=None):
        if cls is Factory:
            return super().__new__(Factory.registry[kind])
        return super().__new__(cls)
class Cat(Factory, kind="cat"):
    def speak(self):
        return "meow"
class Dog(Factory, kind="dog"):
    def speak(self):
        return "woof"
print(Factory("cat").speak(), Factory("dog").speak(), type(Factory("dog")).__name__)
