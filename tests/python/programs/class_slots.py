# ruff: noqa
# __slots__: no __dict__, attribute errors, inheritance of slots, slots with __dict__, default class attributes
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    __slots__ = ["z"]
q = Q(5)
q.z = 6
q.y = 7
print(q.x, q.y, q.z, hasattr(q, "__dict__"))
class R(P):
    pass
r = R(1)
r.anything = "ok"
print(r.anything, r.__dict__)
class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
class T:
    __slots__ = "single"
t = T()
t.single = "one"
print(t.single, T.__slots__)
class WithDefault:
    __slots__ = ("v",)
    kind = "class attr"
w = WithDefault()
print(w.kind)
try:
    w.kind = "instance"
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
class Point3:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return "Point3(%r, %r, %r)" % (self.x, self.y, self.z)
    def __eq__(self, other):
        return (self.x, self.y, self.z) == (other.x, other.y, other.z)
pts = [Point3(i, i * 2, i * 3) for i in range(3)]
print(pts, pts[1] == Point3(1, 2, 3), [getattr(pts[2], n) for n in Point3.__slots__])
