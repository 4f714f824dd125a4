# ruff: noqa
# ExceptionGroup and except*: matching by type, splitting, nesting, re-raising the rest, subgroup/split/derive
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(repr(eg), str(eg), len(eg.exceptions), eg.message)
try:
    raise eg
except* ValueError as g:
    print("values:", repr(g), [str(e) for e in g.exceptions])
except* TypeError as g:
    print("types:", [str(e) for e in g.exceptions])
try:
    try:
        raise ExceptionGroup("mixed", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", repr(g))
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(repr(eg.subgroup(TypeError)), eg.subgroup(KeyError))
print(repr(eg.split(lambda e: str(e).endswith("1"))))
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
try:
    raise nested
except* ValueError as g:
    print("nested values:", repr(g))
except* TypeError as g:
    print("nested types:", repr(g))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
for bad in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", ValueError())]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
m, r = MyGroup("custom", [ValueError(1), KeyError(2)]).split(ValueError)
print(type(m).__name__, m.message, repr(r))
def handler():
    result = "not handled"
    try:
        raise ExceptionGroup("g", [ZeroDivisionError("z")])
    except* ZeroDivisionError:
        result = "handled in function"
    return result
print(handler())
try:
    try:
        raise ExceptionGroup("g", [ValueError("x")])
    except* ValueError:
        raise KeyError("new in handler")
except KeyError as e:
    print("raised from except*:", repr(e), repr(e.__context__))
try:
    try:
        raise ExceptionGroup("two", [ValueError("x"), TypeError("y")])
    except* ValueError:
        raise KeyError("from handler")
except ExceptionGroup as e:
    print("combined:", repr(e), [repr(x) for x in e.exceptions])
