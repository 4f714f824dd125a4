# ruff: noqa
# metaclasses: __new__, __init__, __call__, __prepare__-free namespaces, class keywords, type(name, bases, dict), registries
class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        ns["created_by"] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        Meta.registry.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.options = kw
    def __call__(cls, *args, **kwargs):
        print("creating", cls.__name__, args)
        return super().__call__(*args, **kwargs)
    def describe(cls):
        return "class " + cls.__name__
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Derived(Base, flavor="spicy"):
    pass
d = Derived(7)
print(d.v, Derived.created_by, Derived.options, Meta.registry, type(Derived).__name__, Derived.describe())
print(isinstance(Derived, Meta), isinstance(d, Base), type(Base) is Meta)
try:
    d.describe()
except AttributeError as e:
    print("AttributeError:", e)
Dynamic = type("Dynamic", (Base,), {"extra": 1, "hello": lambda self: "hi " + str(self.v)})
print(Dynamic.extra, Dynamic(3).hello(), Dynamic.__name__, Dynamic.__bases__[0].__name__, type(Dynamic).__name__)
Plain = type("Plain", (), {})
print(Plain, Plain.__mro__, type(Plain()))
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init")
print(Config() is Config(), len(Singleton.instances))
class Upper(type):
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()})
class Shout(metaclass=Upper):
    value = 1
    def greet(self):
        return "HELLO"
print(Shout.VALUE, Shout().GREET(), hasattr(Shout, "value"))
try:
    type("X", (1,), {})
except TypeError as e:
    print("TypeError:", e)
print(type(type), type.__mro__, Meta.__mro__[1:], Meta.__base__, issubclass(Meta, type))
class MetaAttr(type):
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class WithProp(metaclass=MetaAttr):
    pass
print(WithProp.upper_name)
