# ruff: noqa
# an Enum implementation with a metaclass: members created from the class body, iteration in definition order,
# lookup by value and by name, aliases, auto() values, methods and properties on members, flag combinations
# with bitwise operators, membership checks, immutability of the member set, pickling-free repr/str
class auto:
    counter = 0
    def __init__(self):
        auto.counter += 1
        self.order = auto.counter
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = [(k, v) for k, v in ns.items() if not k.startswith("_") and not callable(v)
                   and not isinstance(v, (property, staticmethod, classmethod))]
        for k, _ in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        cls._by_value = {}
        last = 0
        for key, value in members:
            if isinstance(value, auto):
                value = cls._next_value(key, last)
            last = value
            if value in cls._by_value:
                cls._members[key] = cls._by_value[value]
                continue
            member = object.__new__(cls)
            member._name = key
            member._value = value
            cls._members[key] = member
            cls._by_value[value] = member
        cls._frozen = True
        return cls
    def _next_value(cls, key, last):
        return (last if isinstance(last, int) else 0) + 1
    def __iter__(cls):
        return iter(cls._by_value.values())
    def __len__(cls):
        return len(cls._by_value)
    def __contains__(cls, member):
        return isinstance(member, cls) and member._name in cls._members
    def __getitem__(cls, name):
        return cls._members[name]
    def __getattr__(cls, name):
        try:
            return cls.__dict__["_members"][name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(cls, name, value):
        if cls.__dict__.get("_frozen") and name in cls.__dict__.get("_members", {}):
            raise AttributeError("cannot reassign member %r" % name)
        super().__setattr__(name, value)
    def __call__(cls, value):
        try:
            return cls._by_value[value]
        except KeyError:
            raise ValueError("%r is not a valid %s" % (value, cls.__name__)) from None
    def __repr__(cls):
        return "<enum %r>" % cls.__name__
class Enum(metaclass=EnumMeta):
    @property
    def name(self):
        return self._name
    @property
    def value(self):
        return self._value
    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name, self._value)
    def __str__(self):
        return "%s.%s" % (type(self).__name__, self._name)
    def __hash__(self):
        return hash(self._name)
    def __reduce__(self):
        return (type(self), (self._value,))
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def is_warm(self):
        return self in (Color.RED,)
    @classmethod
    def default(cls):
        return cls.GREEN
class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)
    @property
    def gravity(self):
        mass, radius = self.value
        return 6.673e-11 * mass / (radius * radius)
class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    THU = auto()
    FRI = auto()
print(list(Color), len(Color), Color.RED, repr(Color.GREEN), Color["BLUE"], Color(2), Color.CRIMSON is Color.RED)
print(Color.RED.name, Color.RED.value, Color.RED.is_warm(), Color.BLUE.is_warm(), Color.default(), repr(Color))
print(Color.RED in Color, 1 in Color, isinstance(Color.RED, Color), type(Color.RED).__name__, Color.RED == Color(1))
print({Color.RED: "r", Color.GREEN: "g"}[Color(1)], sorted(Color, key=lambda c: -c.value), [c.name for c in Color])
for bad in [lambda: Color(7), lambda: Color["PINK"], lambda: Color.PINK]:
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
for p in Planet:
    print("%-8s %.2f" % (p.name, p.gravity))
print([(d.name, d.value) for d in Weekday], Weekday(3), max(Weekday, key=lambda d: d.value))
class Flag:
    def __init__(self, value, names):
        self.value, self.names = value, names
    def __or__(self, other):
        return Flag(self.value | other.value, sorted(set(self.names) | set(other.names), key=ORDER.index))
    def __and__(self, other):
        return Flag(self.value & other.value, [n for n in self.names if n in other.names])
    def __invert__(self):
        return Flag(ALL.value & ~self.value, [n for n in ORDER if n not in self.names])
    def __contains__(self, other):
        return self.value & other.value == other.value
    def __bool__(self):
        return bool(self.value)
    def __repr__(self):
        return "Perm(%s)" % ("|".join(self.names) or "0")
ORDER = ["R", "W", "X"]
R, W, X = Flag(4, ["R"]), Flag(2, ["W"]), Flag(1, ["X"])
ALL = R | W | X
rw = R | W
print(rw, rw.value, R in rw, X in rw, ~rw, ~ALL, bool(~ALL), rw & (W | X), ALL)
match Color(3):
    case Color.RED:
        print("matched red")
    case Color.BLUE:
        print("matched blue by value pattern")
