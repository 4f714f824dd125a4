# ruff: noqa
# str.format: auto and manual numbering, keywords, attribute and index lookups, conversions, nesting, escapes
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)
p = Point(1, "two")
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}{b}{a}".format(a=1, b=2))
print("{0.x} {0.y} {p.x}".format(p, p=p), "{0[1]} {0[0]} {d[key]} {d[3]}".format([5, 6], d={"key": "v", 3: "int"}))
print("{!r} {!s} {!a} {!r:>20}".format(p, p, "é", p))
print("{{}} {{{0}}} }}{{".format(7), "{:>{w}}|{:<{w}}|".format("r", "l", w=4), "{:.{p}f}".format(3.14159, p=2))
print("{0:*^{1}}".format("mid", 11), "{:{fill}{align}{width}}".format(42, fill="0", align=">", width=6))
print("{:,} {:_} {:%} {:e}".format(10 ** 9, 10 ** 9, 0.25, 12345.678))
print("{:>8} {:<8}|{:^8}|".format("a", "b", "c"), "{0}{0}{0}".format("ab"))
print("{}".format(p), "{!r}".format([p]), "{0.__class__.__name__}".format(p))
for template, args, kwargs in [("{", (), {}), ("}", (), {}), ("{0", (), {}), ("{} {1}", (1, 2), {}),
                               ("{1}", (1,), {}), ("{x}", (), {}), ("{0!z}", (1,), {}), ("{0.missing}", (1,), {}),
                               ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{0} {}", (1, 2), {})]:
    try:
        print(template.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
print("{0[a]}".format({"a": 1}), "{0[-1]}".format({"-1": "minus"}))
print("x={x!r:>6}, y={y:03d}".format_map({"x": "s", "y": 7}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{name} is {age}".format_map(Default(name="Bo")))
