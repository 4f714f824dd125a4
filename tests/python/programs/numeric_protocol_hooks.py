# ruff: noqa
# numeric protocol hooks on a user class: __index__ in slices/bin/hex/range, __int__/__float__/
# __complex__ conversions, __round__/__trunc__/__floor__/__ceil__, __divmod__/__rdivmod__,
# three-argument __pow__, __matmul__, __abs__/__neg__/__invert__, and the TypeErrors when a hook
# returns the wrong type
import math


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return int(self.v)

    def __int__(self):
        return int(self.v) + 1000

    def __float__(self):
        return float(self.v) / 2

    def __complex__(self):
        return complex(self.v, -1)

    def __round__(self, ndigits=None):
        return "round(%r, %r)" % (self.v, ndigits)

    def __trunc__(self):
        return "trunc"

    def __floor__(self):
        return "floor"

    def __ceil__(self):
        return "ceil"

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)

    def __pow__(self, exp, mod=None):
        return ("pow", self.v, exp, mod)

    def __rpow__(self, base):
        return ("rpow", base, self.v)

    def __matmul__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return Num(self.v * 10 + other.v)

    def __abs__(self):
        return "abs!"

    def __neg__(self):
        return Num(-self.v)

    def __invert__(self):
        return "inverted"

    def __repr__(self):
        return "Num(%r)" % self.v


n = Num(3)
letters = "abcdefgh"
print(letters[n], letters[:n], letters[Num(1):Num(6):Num(2)], [0, 1, 2, 3, 4][Num(-1)], bin(n), hex(Num(255)), oct(n))
print(list(range(Num(2), Num(8), Num(3))), "ab" * Num(2), [7] * n, int(n), float(n), complex(n))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n), divmod(n, 4), divmod(4, n))
print(pow(n, 2), pow(n, 2, 5), 2 ** n, n ** 3, n @ Num(4), abs(n), -n, ~n, (-n).v)
print(int.__index__(5), (5).__index__(), range(10)[Num(4)], math.factorial(Num(5)), Num(2).__index__())


class BadIndex:
    def __index__(self):
        return "nope"


class BadInt:
    def __int__(self):
        return 2.5


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -3


class BadIter:
    def __iter__(self):
        return 42


class NoHooks:
    pass


for label, action in [
    ("index", lambda: [1, 2][BadIndex()]),
    ("int", lambda: int(BadInt())),
    ("bool", lambda: bool(BadBool())),
    ("len", lambda: len(BadLen())),
    ("iter", lambda: iter(BadIter())),
    ("float", lambda: float(NoHooks())),
    ("slice", lambda: "abc"[NoHooks():]),
    ("matmul", lambda: Num(1) @ 5),
    ("round", lambda: round(NoHooks())),
    ("neg", lambda: -NoHooks()),
    ("hex", lambda: hex(2.5)),
    ("mul", lambda: "ab" * 2.0),
]:
    try:
        print(label, action())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)
print(math.floor(2.5), math.ceil(-2.5), math.trunc(-2.7), round(2.567, 1), round(-0.5), divmod(-7.5, 2))
