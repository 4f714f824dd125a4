# ruff: noqa
# a dataclass-like class decorator: fields from annotations, generated __init__/__repr__/__eq__/ordering, defaults
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("too many arguments")
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError("unexpected field %r" % k)
            if k in values:
                raise TypeError("duplicate field %r" % k)
            values[k] = v
        for f in fields:
            if f not in values:
                if f not in defaults:
                    raise TypeError("missing field %r" % f)
                values[f] = defaults[f]
            setattr(self, f, values[f])
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    def astuple(self):
        return tuple(getattr(self, f) for f in fields)
    def __eq__(self, other):
        return type(self) is type(other) and astuple(self) == astuple(other)
    def __lt__(self, other):
        return astuple(self) < astuple(other)
    def __hash__(self):
        return hash(astuple(self))
    for name, fn in [("__init__", __init__), ("__repr__", __repr__), ("__eq__", __eq__), ("__lt__", __lt__),
                     ("__hash__", __hash__), ("astuple", astuple)]:
        setattr(cls, name, fn)
    cls.fields = tuple(fields)
    return cls
@record
class Point:
    x: int
    y: int = 0
@record
class Employee:
    name: str
    dept: str = "none"
    salary: float = 0.0
p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), Point.fields, hash(p) == hash(Point(1, 2)))
staff = [Employee("zed", "ops", 50.0), Employee("amy", salary=70.5), Employee("bob", "dev")]
print(sorted(staff), max(staff), {p: "point"}[Point(1, 2)], sorted({Point(2), Point(1), Point(2)}))
for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Employee.__annotations__, Employee("kim").astuple(), [e.name for e in staff if e.dept != "none"])
