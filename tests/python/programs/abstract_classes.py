# ruff: noqa
# abstract base classes without the abc module: an abstractmethod decorator setting __isabstractmethod__,
# a metaclass computing __abstractmethods__ (which object.__new__ enforces), virtual subclass registration
# through __subclasshook__/__instancecheck__, abstract properties and classmethods
def abstractmethod(fn):
    fn.__isabstractmethod__ = True
    return fn
class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items() if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, name, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._registry = set()
        return cls
    def register(cls, subclass):
        cls._registry.add(subclass)
        return subclass
    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))
    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        if any(issubclass(subclass, r) for r in cls._registry):
            return True
        hook = cls.__dict__.get("__subclasshook__")
        if hook is not None:
            result = hook.__func__(cls, subclass)
            if result is not NotImplemented:
                return result
        return False
class ABC(metaclass=ABCMeta):
    pass
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return "%s with area %.2f and perimeter %.2f" % (type(self).__name__, self.area(), self.perimeter())
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side
class HalfDone(Shape):
    def area(self):
        return 0
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(Square(3).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
# adding the missing method later does not recompute (like CPython) until __abstractmethods__ is reset
HalfDone.perimeter = lambda self: 1
try:
    HalfDone()
except TypeError as e:
    print("still abstract:", e)
HalfDone.__abstractmethods__ = frozenset()
print(HalfDone().describe())
# abstract properties, classmethods, staticmethods
class Config(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def create(cls):
        ...
class FileConfig(Config):
    @property
    def name(self):
        return "file"
    @classmethod
    def create(cls):
        return cls()
print(sorted(Config.__abstractmethods__), FileConfig.create().name, isinstance(FileConfig(), Config))
print(type(Config.__dict__["name"]).__name__, Config.__dict__["name"].__isabstractmethod__)
# virtual subclasses: register and __subclasshook__
class Sized(ABC):
    @abstractmethod
    def __len__(self):
        ...
    @classmethod
    def __subclasshook__(cls, C):
        if any("__len__" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...
class Sprite:
    def draw(self):
        return "sprite"
Drawable.register(Sprite)
class Bag:
    def __len__(self):
        return 3
print(isinstance([], Sized), isinstance(5, Sized), issubclass(Bag, Sized), issubclass(dict, Sized), isinstance(Bag(), Sized))
print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable), Drawable in Sprite.__mro__, isinstance("x", Drawable))
class SubSprite(Sprite):
    pass
print(issubclass(SubSprite, Drawable), isinstance(SubSprite(), (int, Drawable)))
# abstract method that can be called through super()
class Base(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"
class Impl(Base):
    def greet(self):
        return "impl + " + super().greet()
print(Impl().greet())
# a builtin-style protocol check table
for obj in [[], (), "s", {}, 3, Bag(), Sprite()]:
    print(type(obj).__name__, isinstance(obj, Sized), isinstance(obj, Drawable))
# object.__new__ message lists all abstract methods sorted
class Many(ABC):
    @abstractmethod
    def zeta(self): ...
    @abstractmethod
    def alpha(self): ...
    @abstractmethod
    def mid(self): ...
try:
    Many()
except TypeError as e:
    print("TypeError:", e)
