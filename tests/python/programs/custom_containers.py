# ruff: noqa
# container protocol: __len__ __getitem__ __setitem__ __delitem__ __contains__ __iter__ __reversed__ with slices
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, index):
        if isinstance(index, slice):
            return Deck(self.cards[index])
        return self.cards[index]
    def __setitem__(self, index, value):
        self.cards[index] = value
    def __delitem__(self, index):
        del self.cards[index]
    def __contains__(self, item):
        print("contains", item)
        return item in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __reversed__(self):
        return reversed(self.cards)
    def __repr__(self):
        return "Deck(%r)" % self.cards
d = Deck("A23456789TJQK")
print(len(d), d[0], d[-1], d[2:5], d[::4], "Q" in d, "Z" in d, list(reversed(d))[:3])
d[0] = "a"; del d[1]; d[1:3] = ["x", "y", "z"]
print(d, sorted(d)[:3], max(d), "".join(d))
class Squares:
    def __getitem__(self, n):
        if n >= 5:
            raise IndexError(n)
        return n * n
sq = Squares()
print(list(sq), 9 in sq, 10 in sq, [x for x in sq], sum(sq), list(zip(sq, "abc")), sorted(sq, reverse=True))
try:
    len(sq)
except TypeError as e:
    print("TypeError:", e)
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        row, col = key
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __missing__(self, key):
        return "never used (not a dict subclass)"
g = Grid()
g[0, 0] = "X"; g[1, 2] = "O"
print("\n".join("".join(g[r, c] for c in range(3)) for r in range(2)))
class Registry(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value
r = Registry()
print(r["a"], r["b"], r["a"], r, "c" in r, r.get("z"))
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[1] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del ReadOnly()[1]
except TypeError as e:
    print("TypeError:", e)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    for _ in BadIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(4)), sum(CountDown(10)), max(CountDown(3)), [*CountDown(2)])
