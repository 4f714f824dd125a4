# ruff: noqa
# a dataclass-like class decorator: reads annotations in order, generates __init__ with
# defaults through exec, __repr__/__eq__/__hash__/ordering methods, frozen classes whose
# __setattr__ raises, field defaults that must not be mutable, and inheritance of fields
MISSING = object()


class FrozenError(AttributeError):
    pass


def record(cls=None, *, frozen=False, order=False):
    def wrap(cls):
        fields = []
        for base in reversed(cls.__mro__[1:]):
            fields.extend(getattr(base, "_fields", []))
        for name in cls.__dict__.get("__annotations__", {}):
            default = cls.__dict__.get(name, MISSING)
            if isinstance(default, (list, dict, set)):
                raise ValueError("mutable default %s for field %r is not allowed" % (type(default).__name__, name))
            fields = [f for f in fields if f[0] != name] + [(name, default)]
        seen_default = False
        params = []
        for name, default in fields:
            if default is MISSING:
                if seen_default:
                    raise TypeError("non-default argument %r follows default argument" % name)
                params.append(name)
            else:
                seen_default = True
                params.append("%s=_defaults[%r]" % (name, name))
        setter = "object.__setattr__(self, %r, %s)" if frozen else "self.%s = %s"
        body = "\n".join("    " + (setter % (n, n) if frozen else setter % (n, n)) for n, _ in fields) or "    pass"
        source = "def __init__(self, %s):\n%s\n" % (", ".join(params), body)
        namespace = {"_defaults": {n: d for n, d in fields if d is not MISSING}}
        exec(source, namespace)
        cls.__init__ = namespace["__init__"]
        cls._fields = fields
        cls._source = source

        def __repr__(self):
            return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, getattr(self, n)) for n, _ in fields))

        def astuple(self):
            return tuple(getattr(self, n) for n, _ in fields)

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return astuple(self) == astuple(other)

        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.astuple = astuple
        if frozen:
            def __setattr__(self, name, value):
                raise FrozenError("cannot assign to field %r" % name)
            cls.__setattr__ = __setattr__
            cls.__hash__ = lambda self: hash(astuple(self))
        else:
            cls.__hash__ = None
        if order:
            cls.__lt__ = lambda self, other: astuple(self) < astuple(other)
            cls.__le__ = lambda self, other: astuple(self) <= astuple(other)
        return cls
    return wrap if cls is None else wrap(cls)


@record
class Point:
    x: int
    y: int = 0


@record(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@record
class Point3(Point):
    z: float = 1.5


print(Point(1), Point(2, 3), Point(1) == Point(1, 0), Point(1) == (1, 0), Point3(1, 2), Point3(1, 2, 3.0).astuple())
print(Point._source.strip().splitlines()[0], [f[0] for f in Point3._fields])
versions = [Version(1, 2), Version(0, 9, 9), Version(1), Version(1, 2, 1)]
print(sorted(versions), max(versions), Version(1) <= Version(1, 0, 0), len({Version(1), Version(1, 0)}))
try:
    versions[0].major = 5
except FrozenError as e:
    print("FrozenError:", e, isinstance(e, AttributeError))
try:
    hash(Point(1))
except TypeError as e:
    print("TypeError:", e)
for bad_body in ["items: list = []", "a: int = 1\n    b: int"]:
    try:
        exec("@record\nclass Bad:\n    %s\n" % bad_body, {"record": record})
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
p = Point(5)
p.y += 10
print(p, p.__dict__)
