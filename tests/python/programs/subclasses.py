# ruff: noqa
# subclasses of the builtin types; default equality and hashing; ordering by __lt__
class MyDict(dict):
    def __missing__(self, key):
        return key * 2
d = MyDict(a=1)
print(d["a"], d["zz"], len(d), isinstance(d, dict), d)
class MyInt(int):
    def double(self):
        return self * 2
m = MyInt(21)
print(m.double(), m + 1, type(m).__name__, m == 21, repr(m))
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", len(s), s == "hi", repr(s))
class Pair(tuple):
    def first(self):
        return self[0]
p = Pair((1, 2))
print(p.first(), p, len(p))
class Err(Exception):
    def __str__(self):
        return "custom message"
try:
    raise Err()
except Err as e:
    print(e, repr(e))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "O%d" % self.v
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max([Ordered(3), Ordered(5)]), min(Ordered(4), Ordered(2)))
class Default:
    pass
x = Default()
print(x == x, x != Default(), hash(x) == hash(x), str(x)[:9])
