# ruff: noqa
# match sequence patterns: fixed length, star captures, nested, tuple vs list syntax, strings are not sequences
def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return "one: %r" % (x,)
        case [x, y]:
            return "two: %r %r" % (x, y)
        case [0, *rest]:
            return "starts with zero, rest %r" % (rest,)
        case [first, *_, last] if first == last:
            return "same ends %r" % (first,)
        case (a, b, c):
            return "three %r" % ((a, b, c),)
        case [*init, [x, y]]:
            return "ends with pair %r %r after %r" % (x, y, init)
        case _:
            return "something else"
for v in [[], [1], (1, 2), [0, 9, 8], [5, 1, 5], [1, 2, 3], [1, 2, 3, [4, 5]], "ab", "abc", range(2), {1: 2}, 7,
          [1, 2, 3, 4, 5], (0,), b"xy", bytearray(b"ab")]:
    print(repr(v), "->", shape(v))
def points(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return "on y axis at %d" % y
        case (x, 0):
            return "on x axis at %d" % x
        case (x, y) if x == y:
            return "diagonal"
        case (x, y):
            return "point %d,%d" % (x, y)
print([points(p) for p in [(0, 0), (0, 5), (3, 0), (2, 2), (1, 7)]])
def nested(cmd):
    match cmd.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return "going " + direction
        case ["pick", "up", *items] if items:
            return "picking " + ", ".join(items)
        case ["drop", *items, "now"]:
            return "dropping now: %r" % items
        case [("quit" | "exit")]:
            return "bye"
        case _:
            return "unknown: " + cmd
for c in ["go north", "go up", "pick up sword shield", "pick up", "drop a b now", "quit", "exit", "dance"]:
    print(nested(c))
match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("deep", a, b, c, d)
class MySeq(list):
    pass
match MySeq([1, 2]):
    case [a, b]:
        print("list subclass matches", a, b)
match (1, 2, 3, 4):
    case (*head, 4):
        print("star head", head)
