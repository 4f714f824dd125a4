# ruff: noqa
# super and MRO: diamond inheritance, cooperative __init__, super with explicit args, MRO conflicts, mro()
class A:
    def who(self):
        return ["A"]
    def __init__(self):
        print("A.__init__")
class B(A):
    def who(self):
        return ["B"] + super().who()
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A):
    def who(self):
        return ["C"] + super().who()
    def __init__(self):
        print("C.__init__")
        super().__init__()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
    def __init__(self):
        print("D.__init__")
        super().__init__()
d = D()
print(d.who(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(super(B, d).who(), super(C, d).who(), super(D, d).who())
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Dup(X, X):
        pass
except TypeError as e:
    print("TypeError:", e)
class K1: pass
class K2: pass
class K3: pass
class K4(K1, K2): pass
class K5(K2, K3): pass
class K6(K4, K5): pass
print([k.__name__ for k in K6.__mro__])
class Base:
    @classmethod
    def create(cls):
        return cls.__name__
    def __repr__(self):
        return "<%s>" % type(self).__name__
class Derived(Base):
    @classmethod
    def create(cls):
        return "derived:" + super().create()
    def __repr__(self):
        return "D" + super().__repr__()
print(Derived.create(), repr(Derived()), super(Derived, Derived()).__repr__())
class Attr:
    x = "Attr.x"
class AttrChild(Attr):
    x = "child.x"
    def get(self):
        return super().x, self.x
print(AttrChild().get())
def outside_method(self):
    return super(AttrChild, self).x
print(outside_method(AttrChild()))
class NoArgSuper:
    def method(self):
        def inner():
            return super().method()
        try:
            return inner()
        except RuntimeError as e:
            return "RuntimeError: " + str(e)
print(NoArgSuper().method())
print(super(int, 5).__repr__().startswith("<int object at "), isinstance(super(B, d), super), int.__mro__, bool.__mro__)
