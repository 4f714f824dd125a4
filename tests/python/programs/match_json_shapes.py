# ruff: noqa
# match statements over JSON-like data: mapping patterns with **rest, sequence patterns with
# star captures, class patterns with __match_args__ and keywords, or-patterns, guards, as
# captures, value patterns through dotted names, literal patterns for None/True/False
class Kind:
    USER = "user"
    ADMIN = "admin"


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center, self.radius = center, radius


def describe(event):
    match event:
        case {"type": "click", "pos": [x, y], **rest} if not rest:
            return f"click at {x},{y}"
        case {"type": "click", "pos": [x, y], **rest}:
            return f"click at {x},{y} with {sorted(rest)}"
        case {"type": "key", "key": str(k) | [str(k), *_]}:
            return f"key {k!r}"
        case {"type": "login", "role": Kind.ADMIN, "name": name}:
            return f"admin {name} logged in"
        case {"type": "login", "role": Kind.USER | "guest" as role, "name": name}:
            return f"{role} {name} logged in"
        case {"type": "batch", "events": [first, *middle, last]}:
            return f"batch of {2 + len(middle)}: {describe(first)} .. {describe(last)}"
        case {"type": "batch", "events": []}:
            return "empty batch"
        case {"type": t}:
            return f"unknown event type {t!r}"
        case [Point(x=0, y=0), *others]:
            return f"path from origin through {len(others)} more"
        case [Point(a, b), Point(c, d)] if a == c or b == d:
            return "axis-aligned segment"
        case Circle(Point(x, y), int() | float() as r) if r <= 0:
            return f"degenerate circle at {x},{y}"
        case Circle(center=Point() as c, radius=float() | int() as r):
            return f"circle r={r} at ({c.x}, {c.y})"
        case None | True | False as flag:
            return f"flag {flag}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num:
            return f"number {num}"
        case str() as s if len(s) > 5:
            return "long string"
        case (str() as a, str() as b):
            return f"pair {a}+{b}"
        case _:
            return f"unmatched {type(event).__name__}"


events = [
    {"type": "click", "pos": [3, 4]},
    {"type": "click", "pos": (5, 6), "button": 2, "shift": True},
    {"type": "key", "key": "q"},
    {"type": "key", "key": ["ctrl", "c"]},
    {"type": "login", "role": "admin", "name": "root"},
    {"type": "login", "role": "guest", "name": "bob"},
    {"type": "login", "role": "user", "name": "amy", "extra": 1},
    {"type": "batch", "events": [{"type": "key", "key": "a"}, {"type": "x"}, {"type": "click", "pos": [0, 0]}]},
    {"type": "batch", "events": []},
    {"type": "batch", "events": [1]},
    {"type": "scroll"},
    [Point(0, 0), Point(1, 1), Point(2, 2)],
    [Point(1, 5), Point(1, 9)],
    [Point(1, 5), Point(2, 9)],
    Circle(Point(1, 2), 0),
    Circle(Point(1, 2), 2.5),
    Circle(Point(1, 2), "big"),
    None, True, False, 0, -7, 3.5, "short", "a long string", ("x", "y"), ["x", "y"], "xy",
    {"no type": 1},
]
for e in events:
    print(describe(e))
