# ruff: noqa
# __eq__ and __hash__: defining __eq__ alone makes instances unhashable; explicit __hash__; identity defaults
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2), EqOnly.__hash__)
try:
    hash(EqOnly(1))
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
class Hashable(EqOnly):
    def __hash__(self):
        return hash(self.v)
print(len({Hashable(1), Hashable(1), Hashable(2)}), {Hashable(3): "x"}[Hashable(3)])
class InheritsHash(Hashable):
    pass
print(hash(InheritsHash(5)) == hash(5))
class EqInherits(Hashable):
    def __eq__(self, other):
        return True
try:
    hash(EqInherits(1))
except TypeError as e:
    print("TypeError:", e)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class EqReturnsNotImplemented:
    def __eq__(self, other):
        return NotImplemented
x = EqReturnsNotImplemented()
print(x == x, x == 1, x != x, x != 1)
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, [Weird()] == [1], Weird() in [1, 2], (Weird() != 1))
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash("") == 0, hash(()) == hash(()), hash((1, 2)) != hash((2, 1)))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {1, 1.0, True, 2}
print(s, len(s))
