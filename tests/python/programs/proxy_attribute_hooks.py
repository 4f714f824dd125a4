# ruff: noqa
# attribute hooks in a proxy and a record type: __getattr__ only for missing names,
# __getattribute__ wrapping every access, __setattr__/__delattr__ validation through
# object.__setattr__, __dir__, vars(), attributes on functions, hasattr and getattr defaults
class Recorder:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append("get " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)

    def __dir__(self):
        return sorted(set(dir(self._target)) | {"_log"})


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
r = Recorder(p)
print(r.x, r.norm1(), r._log)
r.x = 10
r.z = "new"
del r.y
print(vars(p), r._log, hasattr(r, "y"), getattr(r, "y", "default"))
print([n for n in dir(r) if not n.startswith("__")])


class Frozen:
    __slots__ = ("name", "tags")

    def __init__(self, name, *tags):
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "tags", tags)

    def __setattr__(self, name, value):
        raise AttributeError("Frozen is read-only: cannot set %r" % name)

    def __delattr__(self, name):
        raise AttributeError("Frozen is read-only: cannot delete %r" % name)

    def __repr__(self):
        return "Frozen(%r, %s)" % (self.name, ", ".join(map(repr, self.tags)))


f = Frozen("cfg", "a", "b")
print(f, f.name, f.tags)
for action in (lambda: setattr(f, "name", "x"), lambda: delattr(f, "tags"), lambda: setattr(f, "other", 1)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    vars(f)
except TypeError as e:
    print("TypeError:", e)


class Counted:
    accesses = {}

    def __getattribute__(self, name):
        if not name.startswith("__"):
            counts = type(self).accesses
            counts[name] = counts.get(name, 0) + 1
        return super().__getattribute__(name)

    def __init__(self):
        self.value = 1

    def bump(self):
        self.value += 1
        return self.value


c = Counted()
c.bump()
c.bump()
print(c.value, Counted.accesses)
try:
    c.missing
except AttributeError as e:
    print("AttributeError:", e, Counted.accesses["missing"])


def handler(event):
    return "handled " + event


handler.priority = 5
handler.tags = ["io"]
print(handler.priority, sorted(k for k in vars(handler)), handler.__name__, handler.__qualname__)
handler.__name__ = "renamed"
print(handler.__name__, getattr(handler, "nothing", None), hasattr(handler, "__call__"))


class Lazy:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            value = name[5:].upper()
            setattr(self, name, value)
            return value
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")


lz = Lazy()
print(lz.auto_one, lz.__dict__, lz.auto_one)
try:
    lz.manual
except AttributeError as e:
    print("AttributeError:", e)
