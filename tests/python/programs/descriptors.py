# ruff: noqa
# descriptors: data vs non-data precedence, __get__ with None instance, __set_name__, __delete__, functions as descriptors
class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int" % self.name[1:])
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
class Model:
    age = Typed()
    size = Typed()
m = Model()
print(m.age, Model.age.name, Model.size.owner)
m.age = 5
print(m.age, m.__dict__)
try:
    m.size = "big"
except TypeError as e:
    print("TypeError:", e)
del m.age
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)
class DataOnly:
    def __get__(self, obj, objtype=None):
        return "data descriptor"
    def __set__(self, obj, value):
        pass
class Holder2:
    attr = DataOnly()
h2 = Holder2()
h2.__dict__["attr"] = "instance"
print(h2.attr)
def plain(self):
    return "bound to " + type(self).__name__
bound = plain.__get__(h, Holder)
print(bound(), type(bound).__name__, bound.__self__ is h, bound.__func__ is plain, plain.__get__(None, Holder) is plain)
class Method:
    def m(self):
        return self
mm = Method()
print(mm.m() is mm, Method.m(mm) is mm, mm.m == mm.m, mm.m is mm.m, Method.__dict__["m"] is Method.m)
class Counter:
    def __init__(self):
        self.reads = 0
    def __get__(self, obj, objtype=None):
        self.reads += 1
        return self.reads
class UsesCounter:
    c = Counter()
u = UsesCounter()
print(u.c, u.c, UsesCounter.c, UsesCounter.__dict__["c"].reads)
class Ctx:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Owner:
    first = Ctx()
    second = Ctx()
class SM:
    @staticmethod
    def s():
        return "static"
    @classmethod
    def c(cls):
        return cls.__name__
class SM2(SM):
    pass
print(SM.s(), SM().s(), SM2.c(), SM2().c(), type(SM.__dict__["s"]).__name__, type(SM.__dict__["c"]).__name__)
print(SM.__dict__["c"].__get__(None, SM2)(), SM.__dict__["s"].__get__(None, SM)(), staticmethod(len)("abc") if False else "")
