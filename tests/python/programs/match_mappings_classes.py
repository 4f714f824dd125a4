# ruff: noqa
# match mapping and class patterns: keys, **rest, positional __match_args__, keyword attributes, builtin classes
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return "click at %d,%d" % (x, y)
        case {"type": "key", "key": str(k), **rest} if not rest:
            return "key " + k
        case {"type": "key", **rest}:
            return "key with extras %r" % sorted(rest)
        case {"type": t}:
            return "unknown type " + t
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a"}, {"type": "key", "key": "b", "mod": "ctrl"},
          {"type": "scroll"}, {"other": 1}, [("type", "click")], {"type": "click", "pos": [3, 4], "extra": 0}]:
    print(handle(e))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r
def where(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "x axis %r" % x
        case Point(x=0, y=yy):
            return "y axis %r" % yy
        case Circle(Point(x, y), r=1):
            return "unit circle at %r,%r" % (x, y)
        case Circle(c, r) if r > 10:
            return "big circle"
        case Point() | Circle():
            return "some shape"
        case int(i) | float(i):
            return "number %r" % i
        case str(s):
            return "string %s" % s
        case [Point(x=px), *_]:
            return "list starting with point x=%r" % px
        case {"p": Point(x, y)}:
            return "dict with point %r %r" % (x, y)
        case bool(b):
            return "bool"
        case _:
            return "unknown"
for o in [Point(0, 0), Point(3, 0), Point(0, 4), Circle(Point(1, 2), 1), Circle(Point(0, 0), 11), Point(5, 5),
          Circle(None, 2), 7, 2.5, "txt", [Point(9, 9)], {"p": Point(1, 1)}, None]:
    print(where(o))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others", others)
match 5:
    case int(5):
        print("int(5) matches self")
