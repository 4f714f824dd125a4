# ruff: noqa
# structural pattern matching
def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return "negative int %d" % n
        case int() | float():
            return "number"
        case "quit" | "exit":
            return "command"
        case str(s):
            return "string " + s
        case [x, y]:
            return "pair %r %r" % (x, y)
        case [first, *rest]:
            return "list starting %r (+%d)" % (first, len(rest))
        case {"type": "point", "x": x, "y": y}:
            return "point at %r,%r" % (x, y)
        case {"type": kind, **others}:
            return "a %s with %d more keys" % (kind, len(others))
        case None:
            return "none"
        case _:
            return "something else"


for v in [0, -3, 2.5, 7, "quit", "hello", [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2},
          {"type": "box", "w": 1, "h": 2}, None, (1,), {}]:
    print(describe(v))


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x axis at %d" % x
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case Point():
            return "elsewhere"


print(where(Point(0, 0)), where(Point(3, 0)), where(Point(0, 4)), where(Point(1, 1)))
