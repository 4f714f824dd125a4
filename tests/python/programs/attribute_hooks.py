# ruff: noqa
# attribute hooks: __getattr__ (fallback), __getattribute__ (always), __setattr__, __delattr__, __dir__
class Fallback:
    existing = "class attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError("no attribute %r here" % name)
f = Fallback()
f.real = 1
print(f.existing, f.real, f.dyn_hello, getattr(f, "dyn_x"), hasattr(f, "missing"), getattr(f, "missing", "dflt"))
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append("get " + name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append("set %s=%r" % (name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)
    def method(self):
        return "m"
l = Logged()
l.a = 1
l.a += 1
print(l.a, l.method())
del l.a
print(l.log)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("Frozen is immutable")
    def __delattr__(self, name):
        raise AttributeError("cannot delete")
fr = Frozen(5)
for action in [lambda: setattr(fr, "x", 1), lambda: delattr(fr, "x")]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(fr.x)
class Both:
    def __getattribute__(self, name):
        if name == "special":
            raise AttributeError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
print(Both().special, Both().other)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
class Meta(type):
    def __getattr__(cls, name):
        return "class-level " + name
class UsesMeta(metaclass=Meta):
    pass
print(UsesMeta.anything)
try:
    UsesMeta().anything
except AttributeError as e:
    print("AttributeError:", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
