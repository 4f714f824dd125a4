# ruff: noqa
# hashing: hash() of str/bytes/int/float/tuple/frozenset (deterministic under PYTHONHASHSEED=0),
# an open-addressing hash map with tombstones and resizing, a Bloom filter, consistent hashing ring,
# custom __hash__/__eq__ pitfalls (mutable keys, unhashable types, hash/eq contract)
print(hash("hello"), hash(b"hello"), hash(""), hash("a"), hash("\u20ac"), hash("\U0001F600"))
print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 100)), hash(10 ** 30))
print(hash(0.0), hash(-0.0), hash(1.5), hash(-2.25), hash(1e100), hash(float("inf")), hash(float("-inf")))
print(hash(()), hash((1,)), hash((1, 2)), hash(("a", 1, 2.5)), hash(((1, 2), (3,))), hash(frozenset()), hash(frozenset([1, 2, 3])))
print(hash(True), hash(False), hash(None) == hash(None), hash(1j), hash(complex(1, 2)), hash(range(3)) if False else "-")
print(hash(frozenset("abc")) == hash(frozenset("cba")), hash((1, 2)) != hash((2, 1)), hash(1) == hash(1.0) == hash(True))
for bad in [[], {}, set(), bytearray(), [1, (2,)]]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
class HashMap:
    EMPTY, DELETED = object(), object()
    def __init__(self, capacity=8):
        self.keys = [self.EMPTY] * capacity
        self.values = [None] * capacity
        self.size = 0
        self.used = 0
        self.probes = 0
    def _find(self, key):
        mask = len(self.keys) - 1
        h = hash(key)
        i = h & mask
        perturb = h & 0xFFFFFFFFFFFFFFFF
        first_deleted = None
        while True:
            self.probes += 1
            k = self.keys[i]
            if k is self.EMPTY:
                return (first_deleted if first_deleted is not None else i), False
            if k is self.DELETED:
                if first_deleted is None:
                    first_deleted = i
            elif k is key or k == key:
                return i, True
            perturb >>= 5
            i = (i * 5 + perturb + 1) & mask
    def __setitem__(self, key, value):
        i, found = self._find(key)
        if not found:
            if self.keys[i] is self.EMPTY:
                self.used += 1
            self.size += 1
            self.keys[i] = key
        self.values[i] = value
        if self.used * 3 >= len(self.keys) * 2:
            self._resize(len(self.keys) * 2 if self.size * 3 >= len(self.keys) else len(self.keys))
    def __getitem__(self, key):
        i, found = self._find(key)
        if not found:
            raise KeyError(key)
        return self.values[i]
    def __delitem__(self, key):
        i, found = self._find(key)
        if not found:
            raise KeyError(key)
        self.keys[i] = self.DELETED
        self.values[i] = None
        self.size -= 1
    def __contains__(self, key):
        return self._find(key)[1]
    def __len__(self):
        return self.size
    def _resize(self, capacity):
        old = [(k, v) for k, v in zip(self.keys, self.values) if k is not self.EMPTY and k is not self.DELETED]
        self.keys = [self.EMPTY] * capacity
        self.values = [None] * capacity
        self.size = self.used = 0
        for k, v in old:
            self[k] = v
    def items(self):
        return [(k, v) for k, v in zip(self.keys, self.values) if k is not self.EMPTY and k is not self.DELETED]
hm = HashMap()
for i in range(100):
    hm["key%d" % i] = i * i
for i in range(0, 100, 3):
    del hm["key%d" % i]
hm[(1, 2)] = "tuple"
hm[3.0] = "float three"
hm[3] = "int three overrides"
print(len(hm), hm["key10"], hm[(1, 2)], hm[3.0], "key3" in hm, "key4" in hm, len(hm.keys), hm.probes > 0)
try:
    hm["missing"]
except KeyError as e:
    print("KeyError:", e)
print(sorted(hm.items(), key=repr)[:5])
class Bloom:
    def __init__(self, bits, hashes):
        self.bits = 0
        self.size = bits
        self.hashes = hashes
    def _positions(self, item):
        h1 = hash(item) & 0xFFFFFFFF
        h2 = (hash((item, "salt")) & 0xFFFFFFFF) | 1
        return [(h1 + i * h2) % self.size for i in range(self.hashes)]
    def add(self, item):
        for p in self._positions(item):
            self.bits |= 1 << p
    def __contains__(self, item):
        return all(self.bits >> p & 1 for p in self._positions(item))
bf = Bloom(512, 4)
words = ["apple", "banana", "cherry", "date", "elder", "fig", "grape"]
for w in words:
    bf.add(w)
print([w in bf for w in words], sum(("x%d" % i) in bf for i in range(200)), bin(bf.bits).count("1"))
class Ring:
    def __init__(self, nodes, replicas=5):
        self.ring = sorted((hash("%s#%d" % (n, r)) & 0xFFFFFFFF, n) for n in nodes for r in range(replicas))
    def node_for(self, key):
        h = hash(key) & 0xFFFFFFFF
        lo, hi = 0, len(self.ring)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.ring[mid][0] < h:
                lo = mid + 1
            else:
                hi = mid
        return self.ring[lo % len(self.ring)][1]
ring = Ring(["alpha", "beta", "gamma"])
keys = ["user%d" % i for i in range(30)]
placement = {k: ring.node_for(k) for k in keys}
counts = {}
for n in placement.values():
    counts[n] = counts.get(n, 0) + 1
ring2 = Ring(["alpha", "beta", "gamma", "delta"])
moved = sum(1 for k in keys if ring2.node_for(k) != placement[k])
print(sorted(counts.items()), moved, [placement[k] for k in keys[:6]])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
p = Point(1, 2)
d = {p: "found"}
print(d[Point(1, 2)], Point(1, 2) in {p}, hash(p) == hash((1, 2)))
p.x = 5
print(Point(5, 2) in d, Point(1, 2) in d, p in d, len(d))
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__ is None)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class BadHash:
    def __hash__(self):
        return "nope"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class InheritsHash(Point):
    pass
class EqOverride(Point):
    def __eq__(self, other):
        return False
print(InheritsHash.__hash__ is Point.__hash__, EqOverride.__hash__ is None)
