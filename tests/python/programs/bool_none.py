# ruff: noqa
# bool and None: arithmetic with bools, identities, truthiness of every builtin type, repr and comparisons
print(True + True, True * 10, -True, ~True, True / 2, True // 1, True & False, True | False, True ^ True, False ** 0)
print(type(True & True), type(True + 0), type(True | 1), isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(repr(True), str(False), int(True), float(False), True == 1, False == 0, True is True, hash(True), hash(False))
for v in [0, 1, -1, 0.0, -0.0, 1e-300, "", " ", "0", [], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(),
          range(0), range(1), None, 0j, 1j, b"", b"\x00", bytearray(), object(), len, type]:
    print(repr(v) if not callable(v) and type(v) is not object else type(v).__name__, bool(v), not v)
print(None is None, None == None, None != 0, repr(None), str(None), type(None)(), bool(None), None.__class__.__name__)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
nothing = None
try:
    nothing()
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
print(bool(), bool(0), bool("False"), True and 5, 0 and 5, "" or "default", None or 0 or [] or "last", 1 or 2)
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class N:
    pass
print(bool(Z()), bool(L()), bool(N()), not Z(), [x for x in [Z(), L(), N()] if x].__len__())
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
print(max(True, 2), min(False, -1), sorted([True, False, 0, 1, 2]), sum([True, True, False]), True in [1], 1 in [True])
print({True: "a", 1: "b", 1.0: "c"}, {0, False, 0.0}, [True] * 3, "%d %s %r" % (True, True, False), f"{True:>6}|{False!r}")
