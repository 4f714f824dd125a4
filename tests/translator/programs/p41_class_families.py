"""Methods inherited from a base that is never instantiated, `is` against prebuilt singletons,
__slots__ classes, None flowing into nullable instances, and narrowing that must be redone when
a variable's type generalises (a loop whose `is None` tests first see only None)."""


class Scanner:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def peek(self):
        return self.text[self.pos]


class WordScanner(Scanner):
    def next_char(self):
        c = self.peek()
        self.pos += 1
        return c


class W:
    pass


class WNull(W):
    pass


class WInt(W):
    def __init__(self, v):
        self.v = v


NIL = WNull()
EOF_OBJECT = WNull()


def read(n):
    if n == 0:
        return NIL
    if n == 1:
        return EOF_OBJECT
    return WInt(n)


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Frame:
    def __init__(self, parent, depth):
        self.parent = parent
        self.depth = depth


def steps_to_common(a, b):
    n = 0
    while a is not b:
        if a is None:
            b = b.parent
        elif b is None:
            a = a.parent
        elif a.depth > b.depth:
            a = a.parent
        else:
            b = b.parent
        n += 1
    return n


def depth_or_minus(f, g):
    if f is None:
        return -1
    return f.depth


def entry_point(argv):
    s = WordScanner("hello")
    print(s.next_char() + s.next_char() + s.peek())
    for n in range(3):
        x = read(n)
        if x is EOF_OBJECT:
            print("eof")
        elif x is not NIL:
            print("int")
        else:
            print("nil")
    p = Point(3, 4)
    p.x += 1
    print(p.x, p.y)
    root = Frame(None, 0)
    child = Frame(root, 1)
    grandchild = Frame(child, 2)
    print(steps_to_common(None, grandchild), steps_to_common(grandchild, None), steps_to_common(child, grandchild))
    print(depth_or_minus(None, child), depth_or_minus(child, None))
    last = None
    for i in range(3):
        last = Frame(last, i)
    print(last.depth, last.parent.depth)
    return 0
