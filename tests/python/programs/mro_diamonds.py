# ruff: noqa
# multiple inheritance: attribute resolution through diamonds, mixins adding behaviour, __mro__ listings, conflicts
class A:
    x = "A.x"
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    x = "C.x"
    def who(self):
        return "C>" + super().who()
class D(B, C):
    pass
class E(C, B):
    pass
print([k.__name__ for k in D.__mro__], D().x, D().who())
print([k.__name__ for k in E.__mro__], E().x, E().who())
class JSONMixin:
    def to_json(self):
        items = ", ".join('"%s": %s' % (k, repr(v).replace("'", '"')) for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)
    __hash__ = None
class ReprMixin:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())))
class Point(JSONMixin, EqMixin, ReprMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, "two")
print(p, p.to_json(), p == Point(1, "two"), p != Point(2, "two"), Point.__hash__)
class O: pass
class F(O): pass
class G(O): pass
class H(O): pass
class K1(F, G): pass
class K2(G, H): pass
class Z(K1, K2): pass
print([k.__name__ for k in Z.mro()])
print(Z.__bases__, Z.__base__.__name__, [b.__name__ for b in K2.__bases__])
try:
    class Bad(F, K1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Left:
    def hello(self):
        return "left"
class Right:
    def hello(self):
        return "right"
    def only_right(self):
        return "only right"
class Both(Left, Right):
    pass
print(Both().hello(), Both().only_right(), Right.hello(Both()), issubclass(Both, Right))
print(isinstance(Both(), (Left, int)), [c.__name__ for c in Left.__subclasses__()])
