# ruff: noqa
# __slots__, __getattr__, __setattr__, __init_subclass__, metaclasses, class decorators, descriptors
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
p.x = 10
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)


class Lazy:
    def __init__(self):
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        return name.upper()


lz = Lazy()
print(lz.hello, lz.world, lz.calls)


class Recorder:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


r = Recorder()
r.a = 1
print(r.a)


class PluginBase:
    plugins = []

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        PluginBase.plugins.append(cls.__name__)


class First(PluginBase):
    pass


class Second(PluginBase):
    pass


print(PluginBase.plugins)


class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.created_by, type(WithMeta).__name__)


def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls


@add_greeting
class Greeter:
    pass


print(Greeter().greet())


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)


class Account:
    balance = Positive()

    def __init__(self, balance):
        self.balance = balance


acct = Account(10)
print(acct.balance)
try:
    acct.balance = -5
except ValueError as e:
    print(e)


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def __repr__(self):
        return "Node(%r)" % self.value


tree = Node(1, [Node(2, [Node(3)]), Node(4)])
print(list(tree), sum(tree), max(tree), tree)
