# ruff: noqa
# match: literal, capture, wildcard, value (dotted) patterns, or-patterns, guards, as-patterns, None/True/False
import math
class Color:
    RED = "red"
    GREEN = "green"
def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case None:
            return "none"
        case True:
            return "true"
        case Color.RED:
            return "the color red"
        case math.pi:
            return "pi"
        case 2j:
            return "imaginary"
        case str() as s if len(s) > 5:
            return "long string " + s
        case int(n) if n > 100:
            return "big int %d" % n
        case x:
            return "other %r" % (x,)
for v in [0, 2, -1, 1.5, "hi", b"bytes", None, True, False, "red", math.pi, 2j, "lengthy", 1000, 50, 3.0, [1]]:
    print(repr(v), "->", describe(v))
def grade(score):
    match score:
        case n if n >= 90:
            return "A"
        case n if n >= 80:
            return "B"
        case _:
            return "F"
print([grade(s) for s in [95, 85, 10]])
match 5:
    case 1:
        print("no")
print("no case matched falls through")
match (1, 2):
    case (1, 2) as pair:
        print("as pattern", pair)
value = 42
match value:
    case (41 | 42 | 43) as hit if hit % 2 == 0:
        print("or with as and guard", hit)
match "x":
    case _ if False:
        print("never")
    case _:
        print("wildcard")
