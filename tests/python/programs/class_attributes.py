# ruff: noqa
# class and instance attributes: shadowing, class counters, mutable class attributes shared, __dict__, __class__
class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
        self.shared.append(name)
    def rename(self, name):
        self.name = name
        return self
a = Counter("a")
b = Counter("b")
print(Counter.count, a.count, b.shared, a.shared is b.shared, sorted(vars(a)), a.__class__.__name__)
a.count = 100
print(a.count, Counter.count, b.count, "count" in a.__dict__, "count" in b.__dict__)
del a.count
print(a.count)
Counter.count = 7
print(a.count, b.count)
b.shared = ["own"]
print(b.shared, a.shared, Counter.shared)
class Sub(Counter):
    count = 0
print(Sub("s").count, Sub.count, Counter.count)
print(a.rename("z").name, getattr(a, "name"), a.__dict__)
a.__dict__["extra"] = 5
print(a.extra, vars(a))
a.__dict__ = {"name": "replaced"}
print(a.name, hasattr(a, "extra"))
class Other:
    def hello(self):
        return "Other.hello from " + type(self).__name__
obj = Counter("c")
obj.__class__ = Other
print(obj.hello(), isinstance(obj, Other), type(obj).__name__)
try:
    obj.__class__ = int
except TypeError as e:
    print("TypeError:", e)
class WithClassMethod:
    instances = 0
    @classmethod
    def make(cls):
        cls.instances += 1
        return cls()
class Child(WithClassMethod):
    pass
WithClassMethod.make(); Child.make(); Child.make()
print(WithClassMethod.instances, Child.instances, "instances" in Child.__dict__)
def added(self):
    return "method added later"
Counter.later = added
print(a.later(), Counter.later is added, type(a.later).__name__)
del Counter.later
print(hasattr(a, "later"))
