# ruff: noqa
# an Enum-like metaclass: members created from class attributes, lookup by value and name, iteration, auto values
class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and not callable(v)}
        for k in members:
            del ns[k]
        cls = super().__new__(mcls, name, bases, ns)
        cls._members = {}
        for k, v in members.items():
            member = object.__new__(cls)
            member.name = k
            member.value = v
            cls._members[k] = member
            setattr(cls, k, member)
        return cls
    def __iter__(cls):
        return iter(cls._members.values())
    def __len__(cls):
        return len(cls._members)
    def __getitem__(cls, name):
        return cls._members[name]
    def __call__(cls, value):
        for m in cls._members.values():
            if m.value == value:
                return m
        raise ValueError("%r is not a valid %s" % (value, cls.__name__))
    def __contains__(cls, member):
        return isinstance(member, cls) and member.name in cls._members
class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self.name, self.value)
    def __str__(self):
        return "%s.%s" % (type(self).__name__, self.name)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def is_warm(self):
        return self is Color.RED
print(Color.RED, repr(Color.GREEN), Color(3), Color["GREEN"], len(Color), [c.name for c in Color])
print(Color.RED.is_warm(), Color.BLUE.is_warm(), Color.RED is Color(1), Color.GREEN in Color, isinstance(Color.RED, Color))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def gravity(self):
        mass, radius = self.value
        return 6.673e-11 * mass / (radius * radius)
for p in Planet:
    print(p, "%.2f" % p.gravity())
print(sorted(Color, key=lambda c: -c.value), {Color.RED: "r"}[Color(1)], type(Color).__name__)
