# ruff: noqa
# descriptor precedence: data descriptors beat the instance dict, which beats non-data descriptors;
# __set_name__, __delete__, descriptors on metaclasses, classmethod/staticmethod wrapping, lookup through the MRO
log = []
class Data:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
        log.append(("set_name", owner.__name__, name))
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        log.append(("get", self.name))
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        log.append(("set", self.name, value))
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        log.append(("delete", self.name))
        obj.__dict__.pop("_" + self.name, None)
class NonData:
    def __init__(self, value):
        self.value = value
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access " + self.name
        return "computed " + str(self.value)
class GetOnlyData:
    """has __set__ raising: still a data descriptor"""
    def __get__(self, obj, objtype=None):
        return "readonly value"
    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")
class Host:
    d = Data()
    n = NonData(7)
    r = GetOnlyData()
print(log)
h = Host()
print(h.d, h.n, h.r, Host.n, type(Host.d).__name__, Host.d.owner)
h.d = 5
print(h.d, h.__dict__)
h.__dict__["d"] = "instance dict d"
print(h.d)                      # data descriptor wins
h.n = "instance n"
print(h.n, Host.n)              # instance dict wins over non-data descriptor
del h.n
print(h.n)
try:
    h.r = 1
except AttributeError as e:
    print("AttributeError:", e)
h.__dict__["r"] = "shadow"
print(h.r)
del h.d
print(h.d, log[-4:])
# descriptors found through the MRO, overridden in subclasses
class Base:
    attr = NonData(1)
    def method(self):
        return "Base.method"
class Child(Base):
    attr = "plain class attribute"
class GrandChild(Child):
    pass
print(Base().attr, Child().attr, GrandChild().attr)
# functions are non-data descriptors: an instance attribute shadows a method
c = Child()
c.method = lambda: "instance lambda"
print(c.method(), Base.method(c), Child.method(c))
del c.method
print(c.method())
# __get__ on classmethod/staticmethod/property explicitly
class K:
    @classmethod
    def cm(cls, x):
        return (cls.__name__, x)
    @staticmethod
    def sm(x):
        return ("static", x)
    @property
    def p(self):
        return "property of " + type(self).__name__
class KSub(K):
    pass
print(K.cm(1), KSub.cm(2), KSub().cm(3), K.sm(4), KSub().sm(5))
print(K.__dict__["cm"].__get__(None, KSub)(6), K.__dict__["sm"].__get__(None, K)(7))
print(K.__dict__["p"].__get__(KSub()), type(K.__dict__["p"]).__name__, K.p.fget.__name__)
bound = K.__dict__["cm"].__get__(KSub())
print(bound(8), bound.__self__.__name__)
# a descriptor on the metaclass applies to class attribute access
class MetaDesc:
    def __get__(self, cls, metatype=None):
        return "meta descriptor for " + (cls.__name__ if cls is not None else "None")
class Meta(type):
    info = MetaDesc()
    @property
    def upper_name(cls):
        return cls.__name__.upper()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.info, WithMeta.upper_name)
try:
    WithMeta().upper_name
except AttributeError as e:
    print("AttributeError:", e)
# class attribute in the class dict shadows a metaclass non-data descriptor
class WithMeta2(metaclass=Meta):
    info = "own info"
print(WithMeta2.info)
# __set_name__ called for attributes added in the class body only, with the right names, in order
class Recorder:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
print("defining Multi")
class Multi:
    a = Recorder()
    b = c = Recorder()
    def f(self):
        pass
    z = Recorder()
Multi.late = Recorder()
print("late attribute set without __set_name__")
# validators as descriptors
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, got %s" % (self.private[1:], self.kind.__name__, type(value).__name__))
        setattr(obj, self.private, value)
class Person:
    name = Typed(str, "anon")
    age = Typed(int, 0)
    def __init__(self, name=None, age=None):
        if name is not None:
            self.name = name
        if age is not None:
            self.age = age
    def __repr__(self):
        return "Person(%r, %r)" % (self.name, self.age)
print(Person(), Person("ann", 30))
for args in [("bob", "x"), (3, 4)]:
    try:
        Person(*args)
    except TypeError as e:
        print("TypeError:", e)
p = Person("cy")
p.age = True       # bool is an int
print(p, sorted(vars(p)))
# lazy attribute: non-data descriptor caching into the instance dict
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value
class Circle:
    def __init__(self, r):
        self.r = r
    @lazy
    def area(self):
        return 3 * self.r * self.r
cc = Circle(2)
print(cc.area, cc.area, Circle.area.calls, "area" in vars(cc))
# __getattribute__ overriding bypasses descriptors unless delegated
class Spy:
    x = Data()
    def __getattribute__(self, name):
        if name.startswith("secret"):
            return "intercepted " + name
        return object.__getattribute__(self, name)
s = Spy()
s.x = 10
print(s.x, s.secret_thing, getattr(s, "secret2"))
# deleting a non-data descriptor attribute that is only on the class fails on the instance
try:
    del h.n
except AttributeError as e:
    print("AttributeError:", e)
# data descriptor without __get__ returns the descriptor itself from the class and instance
class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 2
class HasSetOnly:
    so = SetOnly()
hs = HasSetOnly()
print(type(hs.so).__name__)
hs.so = 4
print(type(hs.so).__name__, hs.__dict__)
