# ruff: noqa
# One attribute instruction meets objects of different classes and layouts, and classes that change
# under it (a property, __getattribute__ or __setattr__ added later, __class__ reassigned, attributes
# deleted): every access must give what CPython gives, whatever the instruction saw before.


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class Q:
    def __init__(self, x):
        self.tag = "q"
        self.x = x

    def get(self):
        return -self.x


def read_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_get(o):
    return o.get()


objs = [P(1), Q(2), P(3), Q(4)]
odd = P(5)
odd.extra = "e"               # same class, longer layout
objs.append(odd)
for _ in range(3):
    print([read_x(o) for o in objs], [call_get(o) for o in objs])
    for o in objs:
        set_x(o, read_x(o) + 1)

# a new attribute added by the same store instruction to objects of different layouts
def add_y(o, v):
    o.y = v


for i, o in enumerate(objs):
    add_y(o, i * 10)
print([(o.x, o.y) for o in objs], [list(vars(o)) for o in objs])

# a property for x appears on the class: loads and stores must go through it
def x_get(self):
    return "property sees %r" % self.__dict__["x"]


def x_set(self, value):
    self.__dict__["x"] = value * 100


P.x = property(x_get, x_set)
a = P(7)
print(read_x(a), a.__dict__)
set_x(a, 2)
print(read_x(a), read_x(objs[1]))
del P.x
print(read_x(a), read_x(objs[0]))

# a method shadowed by an instance attribute, then the class method replaced
b = P(1)
print(call_get(b))
b.get = lambda: "instance get"
print(call_get(b))
del b.get
P.get = lambda self: "new class get %d" % self.x
print(call_get(b), call_get(objs[0]))

# __getattribute__ and __setattr__ added to a class after its instances were cached
class R:
    def __init__(self):
        self.x = 1


r = R()
print(read_x(r), read_x(r))
set_x(r, 2)
R.__getattribute__ = lambda self, name: "intercepted " + name
print(read_x(r))
del R.__getattribute__
print(read_x(r))
log = []
def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)
R.__setattr__ = logging_setattr
set_x(r, 3)
add_y(r, 4)
print(log, read_x(r), r.y)
del R.__setattr__
set_x(r, 5)
print(log, read_x(r))

# __class__ reassigned between two runs of the same instruction
class S:
    def get(self):
        return "S.get"


class T:
    def get(self):
        return "T.get"


s = S()
s.x = 1
print(call_get(s), read_x(s))
s.__class__ = T
print(call_get(s), read_x(s))

# deletion and re-adding between cached accesses
c = P(1)
c.z = 2
print(read_x(c))
del c.x
try:
    read_x(c)
except AttributeError as e:
    print("AttributeError:", e)
set_x(c, 9)
print(read_x(c), list(vars(c)))

# a __slots__ class and a class with __getattr__ through the same instructions
class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def get(self):
        return "slotted %d" % self.x


class Fallback:
    def __init__(self):
        self.x = "own"

    def __getattr__(self, name):
        return "fallback " + name


for o in [Slotted(4), Fallback(), P(6), Slotted(8)]:
    print(read_x(o), end=" ")
    set_x(o, 11)
    print(read_x(o))
f = Fallback()
del f.x
print(read_x(f), f.anything)

# more classes at one instruction than it keeps entries for, in rotation
class K1:
    def __init__(self):
        self.v = 1

    def get(self):
        return "K1"


class K2(K1):
    def __init__(self):
        self.w = 0
        self.v = 2

    def get(self):
        return "K2"


class K3(K1):
    pass


class K4(K2):
    def get(self):
        return "K4"


class K5(K3):
    def __init__(self):
        self.a = self.b = 0
        self.v = 5


many = [K1(), K2(), K3(), K4(), K5(), K5(), K1(), K4()]
totals = []
for round_ in range(5):
    total = 0
    for o in many:
        total += read_x(P(o.v)) + o.v
        set_x(o, o.v)
    totals.append(total)
print(totals, [call_get(o) for o in many], [read_x(o) for o in many])
