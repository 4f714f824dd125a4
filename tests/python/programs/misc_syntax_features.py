# ruff: noqa
# assorted syntax: qualified names, star expressions in return/yield, annotations (functions, classes, module),
# union types with |, Ellipsis, docstrings, sys basics
import sys
def factory():
    class Inner:
        def method(self):
            pass
    def helper():
        pass
    return Inner, helper
Inner, helper = factory()
print(Inner.__qualname__, Inner.method.__qualname__, helper.__qualname__, factory.__name__, __name__)
def star_return():
    head = [1, 2]
    return *head, 3
def star_yield():
    yield *"ab", "c"
print(star_return(), list(star_yield()), [*range(2), *"xy"], (*[1], *(2,)))
def annotated(x: int, y: "str" = "d", *args: float, z: bool = True, **kw: dict) -> list:
    "an annotated function"
    return [x, y]
print(annotated.__annotations__, annotated.__doc__, annotated(1))
class Config:
    name: str
    level: int = 3
    ratio: float
print(Config.__annotations__, hasattr(Config, "name"), Config.level)
count: int
total: int = 5
print(__annotations__, "count" in globals(), total)
print(isinstance(3, int | str), isinstance(2.5, int | str), int | str, int | None, (int | str) == (str | int))
print(issubclass(bool, int | float), type(int | str).__name__, (int | str | int).__args__)
def check(value: int | None = None) -> str | None:
    return None if value is None else str(value)
print(check(), check(4), check.__annotations__["value"])
print(..., Ellipsis is ..., type(...).__name__, repr(Ellipsis))
def stub():
    ...
print(stub(), (lambda: ...)())
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 11), sys.maxsize == 2 ** 63 - 1)
print(type(sys.argv).__name__, sys.argv[0].endswith("misc_syntax_features.py"), sys.byteorder, sys.getdefaultencoding())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
print(sys.exc_info(), sys.exception())
