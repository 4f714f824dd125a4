# ruff: noqa
# truth testing: __bool__ takes precedence over __len__, neither means true, errors for bad results, in conditions
class OnlyLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
class Both:
    def __bool__(self):
        print("bool called")
        return False
    def __len__(self):
        print("len never called")
        return 5
class Neither:
    pass
print(bool(OnlyLen(0)), bool(OnlyLen(3)), bool(Both()), bool(Neither()))
if OnlyLen(2):
    print("non-empty is true")
while Both():
    print("never")
print(not OnlyLen(0), OnlyLen(0) or "fallback", type(Both() and "never").__name__, [1] and OnlyLen(1) and "all truthy")
print(any([OnlyLen(0), Both()]), all([Neither(), OnlyLen(1)]))
x = OnlyLen(0)
print("x is falsy" if not x else "x is truthy", len(x))
class BadBool:
    def __bool__(self):
        return "yes"
class NegLen:
    def __len__(self):
        return -5
class FloatLen:
    def __len__(self):
        return 2.5
for obj in [BadBool(), NegLen(), FloatLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class BoolRaises:
    def __bool__(self):
        raise RuntimeError("cannot decide")
try:
    if BoolRaises():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
print([v for v in [0, 1, "", "a", [], [[]], OnlyLen(0)] if v])
class BoolSub(int):
    def __bool__(self):
        return True
print(bool(BoolSub(0)), BoolSub(0) == 0)
