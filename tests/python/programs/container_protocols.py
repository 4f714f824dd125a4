# ruff: noqa
# container protocols on user classes: __len__/__getitem__ driving iteration and `in` when
# __iter__/__contains__ are missing, __iter__ taking precedence, __reversed__, __bool__ vs
# __len__ for truth, slices passed to __getitem__, __setitem__/__delitem__, __hash__ = None
class Squares:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.n))]
        if index < 0:
            index += self.n
        if not 0 <= index < self.n:
            raise IndexError("square index out of range")
        return index * index


sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq, sq[-1], sq[1:5], sq[::-2], len(sq), bool(Squares(0)))
print(list(reversed(sq)), sorted(sq, reverse=True)[:2], sum(sq), max(sq), list(enumerate(sq))[-1])
try:
    sq[6]
except IndexError as e:
    print("IndexError:", e)


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __iter__(self):
        print("  (iter)")
        return iter(self.items)

    def __contains__(self, item):
        print("  (contains %r)" % (item,))
        return item in self.items

    def __bool__(self):
        return bool(self.items) and self.items[0] is not None

    def __len__(self):
        return len(self.items)

    __hash__ = None


b = Bag(3, 1, 2)
print(2 in b, 9 not in b)
print(list(b), bool(b), bool(Bag(None, 1)), len(Bag(None, 1)))
try:
    hash(b)
except TypeError as e:
    print("TypeError:", e)


class Grid:
    def __init__(self, w, h, fill="."):
        self.w, self.h = w, h
        self.cells = {}
        self.fill = fill

    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise KeyError(pos)
        return self.cells.get(pos, self.fill)

    def __setitem__(self, pos, value):
        self[pos]
        self.cells[pos] = value

    def __delitem__(self, pos):
        del self.cells[pos]

    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))

    def __reversed__(self):
        return reversed(list(self))


g = Grid(5, 3)
g[0, 0] = "#"
g[4, 2] = "@"
g[2, 1] = "*"
del g[2, 1]
print(list(g), list(reversed(g)), g[4, 2])
for bad in [(5, 0), (0, -1)]:
    try:
        g[bad] = "x"
    except KeyError as e:
        print("KeyError:", e)
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError on delete:", e)


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


cd = Countdown(4)
print(list(cd), list(cd), list(zip(Countdown(3), "abc")), dict.fromkeys(Countdown(2)))
it = iter([1, 2, 3, 0, 4].pop, 0)
print(list(iter(lambda: next(it, None), None)) if False else "sentinel:", list(iter([5, 0, 6, 7].pop, 0)))
