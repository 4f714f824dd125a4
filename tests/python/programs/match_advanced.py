# ruff: noqa
# structural pattern matching in depth: class patterns with __match_args__ and keyword patterns, builtin
# class patterns (int(x), str()), sequence patterns with star in the middle, mapping patterns with **rest,
# nested OR patterns with shared bindings, guards that see bindings, value patterns with dotted names,
# matching order and failed partial bindings
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Color:
    RED = "red"
    GREEN = "green"
    class Nested:
        BLUE = "blue"
class Shape:
    def __init__(self, kind, **attrs):
        self.kind = kind
        self.__dict__.update(attrs)
def classify(subject):
    match subject:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z) if x == y == z:
            return "3d diagonal %s" % x
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return "on y axis at %s" % y
        case Point(x, 0):
            return "on x axis at %s" % x
        case Point(x, y) if x == y:
            return "diagonal %s" % x
        case Point():
            return "point"
        case Shape(kind="circle", radius=r) if r > 10:
            return "big circle %s" % r
        case Shape(kind="circle", radius=r):
            return "circle %s" % r
        case Shape(kind=("square" | "rect") as k, side=s):
            return "%s side %s" % (k, s)
        case Color.RED | Color.GREEN:
            return "warm-ish color %s" % subject
        case Color.Nested.BLUE:
            return "nested blue"
        case bool(b):
            return "bool %s" % b
        case int(n) if n < 0:
            return "negative int"
        case int(0) | float(0.0):
            return "zero"
        case int() | float() as num:
            return "number %r" % num
        case str(s) if not s:
            return "empty string"
        case str() as s:
            return "string of %d" % len(s)
        case [] | ():
            return "empty sequence"
        case [x]:
            return "singleton %r" % (x,)
        case [first, *middle, last] if middle and isinstance(subject, tuple):
            return "tuple %r..%r with %d inside" % (first, last, len(middle))
        case [("move" | "go"), ("north" | "south") as d, *_]:
            return "moving %s" % d
        case [int(a), int(b), *rest] if a + b == 10:
            return "ints summing to 10, rest %r" % (rest,)
        case [[x, y], [x2, y2]]:
            return "pair of pairs %s" % (((x, y), (x2, y2)),)
        case [*_, "end"]:
            return "ends with end"
        case {"type": "user", "name": str(name), **rest} if not rest:
            return "bare user %s" % name
        case {"type": "user", "name": name, **rest}:
            return "user %s with %s" % (name, sorted(rest))
        case {"type": "event", "at": (h, m)}:
            return "event at %02d:%02d" % (h, m)
        case {1: "one", 2: two}:
            return "int-keyed %s" % two
        case {}:
            return "some mapping"
        case None:
            return "none"
        case _:
            return "other %s" % type(subject).__name__
subjects = [Point3(0, 0, 0), Point3(2, 2, 2), Point3(1, 2, 3), Point(0, 0), Point(0, 5), Point(3, 0), Point(4, 4),
            Point(1, 2), Shape("circle", radius=11), Shape("circle", radius=2), Shape("rect", side=3),
            Shape("square", side=1), Shape("triangle"), "red", "green", "blue", True, False, -5, 0, 0.0, 7, 2.5, "", "abc",
            [], (), [9], (1, 2, 3, 4), ["go", "north", "fast"], ["move", "east"], [3, 7, 1], [4, 5], [[1, 2], [3, 4]],
            ["a", "b", "end"], {"type": "user", "name": "ann"}, {"type": "user", "name": "bob", "age": 3, "x": 1},
            {"type": "event", "at": (9, 5)}, {1: "one", 2: "two", 3: "three"}, {"k": 1}, None, 3j, range(0), "end"]
for s in subjects:
    print(classify(s))
# strings, bytes and iterators are not sequences for patterns
for s in ["ab", b"ab", bytearray(b"ab"), iter([1, 2]), range(2), memoryview(b"ab")]:
    match s:
        case [a, b]:
            print(type(s).__name__, "matched as sequence", a, b)
        case _:
            print(type(s).__name__, "not a sequence pattern")
# dict subclasses and mapping patterns use get/__getitem__ semantics without __missing__
class Defaulting(dict):
    def __missing__(self, key):
        return "missing"
match Defaulting(a=1):
    case {"b": v}:
        print("b matched", v)
    case {"a": v}:
        print("only a", v)
# class pattern errors
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print("TypeError:", e)
# bindings from a failed case are not relied on, but successful captures persist after match
match (1, 2):
    case (a, 3):
        pass
    case (a, b):
        pass
print("after match", a, b)
# match on nested data structures: a tiny expression simplifier
def simplify(e):
    match e:
        case ("+", 0, x) | ("+", x, 0):
            return simplify(x)
        case ("*", 1, x) | ("*", x, 1):
            return simplify(x)
        case ("*", 0, _) | ("*", _, 0):
            return 0
        case (op, l, r):
            l2, r2 = simplify(l), simplify(r)
            if isinstance(l2, int) and isinstance(r2, int):
                return l2 + r2 if op == "+" else l2 * r2
            return (op, l2, r2)
        case _:
            return e
print(simplify(("+", ("*", 1, "x"), ("*", ("+", 0, 0), "y"))), simplify(("+", ("*", 2, 3), ("+", "z", 0))))
