# ruff: noqa
# dict subclasses: __missing__, defaultdict/Counter/OrderedDict-like classes built on dict, overridden
# __setitem__ not used by update()/dict literal, fromkeys on subclasses, equality and repr of subclasses
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
    def __repr__(self):
        return "DefaultDict(%s, %s)" % (self.factory.__name__, dict.__repr__(self))
dd = DefaultDict(list)
for word in "apple avocado banana blueberry cherry apricot".split():
    dd[word[0]].append(word)
print(dd, len(dd))
print(dd.get("z"), "z" in dd, dd["z"], "z" in dd)
counts = DefaultDict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts == {"m": 1, "i": 4, "s": 4, "p": 2})
# __missing__ is only used by __getitem__, not get/pop/setdefault
class Zero(dict):
    def __missing__(self, key):
        return 0
z = Zero(a=1)
print(z["a"], z["b"], z.get("b"), z.setdefault("c", 5), z.pop("d", "nope"), z)
try:
    z.pop("d")
except KeyError as e:
    print("KeyError", e)
# Counter-like
class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        self.update_counts(iterable)
    def __missing__(self, key):
        return 0
    def update_counts(self, iterable):
        for item in iterable:
            self[item] += 1
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: (-kv[1], list(self).index(kv[0])))
        return items if n is None else items[:n]
    def __add__(self, other):
        result = Counter()
        for key in list(self) + [k for k in other if k not in self]:
            total = self[key] + other[key]
            if total > 0:
                result[key] = total
        return result
    def __sub__(self, other):
        result = Counter()
        for key in self:
            diff = self[key] - other[key]
            if diff > 0:
                result[key] = diff
        return result
    def elements(self):
        for key, count in self.items():
            for _ in range(count):
                yield key
c1 = Counter("abracadabra")
c2 = Counter("alakazam")
print(c1.most_common(3), c2.most_common(2))
print(sorted((c1 + c2).items()), sorted((c1 - c2).items()), "".join(sorted(c1.elements())))
print(c1["zzz"], len(c1), isinstance(c1, dict), type(c1).__name__)
# overriding __setitem__ does not affect update() or the constructor (C-level calls)
class Loud(dict):
    def __setitem__(self, key, value):
        print("  setitem", key, value)
        super().__setitem__(key, value * 10)
ld = Loud({"a": 1}, b=2)
ld.update(c=3)
ld.setdefault("d", 4)
ld["e"] = 5
print(sorted(ld.items()))
# overriding __getitem__ is not used by get() but used by [] and by ** unpacking? (not for dict subclasses)
class Upper(dict):
    def __getitem__(self, key):
        return dict.__getitem__(self, key.upper())
    def keys(self):
        return [k.lower() for k in dict.keys(self)]
up = Upper(A=1, B=2)
print(up["a"], up.get("a"), up.get("A"), sorted(up.keys()))
def show(**kw):
    return sorted(kw.items())
print(show(**up))
# fromkeys returns the subclass
class Tagged(dict):
    pass
t = Tagged.fromkeys("abc", 0)
print(type(t).__name__, t, t == {"a": 0, "b": 0, "c": 0}, Tagged(x=1) == dict(x=1))
print(type(t.copy()).__name__, type(t | {"d": 1}).__name__, type({"d": 1} | t).__name__)
# ordered-dict-like with move_to_end built on dict insertion order
class Ordered(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            items = list(self.items())
            self.clear()
            self[key] = value
            self.update(items)
    def popitem_first(self):
        key = next(iter(self))
        return key, self.pop(key)
o = Ordered.fromkeys("abcde", 1)
o.move_to_end("b")
o.move_to_end("d", last=False)
print(list(o), o.popitem_first(), o.popitem(), list(o))
# LRU cache using dict order
class LRU(dict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity
        self.hits = self.misses = 0
    def lookup(self, key, compute):
        if key in self:
            self.hits += 1
            value = self.pop(key)
            self[key] = value
            return value
        self.misses += 1
        value = compute(key)
        self[key] = value
        if len(self) > self.capacity:
            del self[next(iter(self))]
        return value
lru = LRU(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    lru.lookup(k, lambda v: v * v)
print(list(lru.items()), lru.hits, lru.misses)
# __contains__/__len__/__iter__ overrides on a dict subclass
class Evens(dict):
    def __contains__(self, key):
        return isinstance(key, int) and key % 2 == 0
    def __iter__(self):
        return iter(sorted(dict.keys(self)))
    def __len__(self):
        return 42
ev = Evens({3: "c", 1: "a", 2: "b"})
print(2 in ev, 3 in ev, list(ev), len(ev), sorted(ev.keys()), bool(ev))
# nested defaultdicts (tree)
def tree():
    return DefaultDict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
def plain(d):
    return {k: plain(v) if isinstance(v, dict) else v for k, v in d.items()}
print(plain(root))
# a mapping that is not a dict but supports keys/__getitem__ for dict() and update
class Pairs:
    def __init__(self, n):
        self.n = n
    def keys(self):
        return ["k%d" % i for i in range(self.n)]
    def __getitem__(self, key):
        return int(key[1:]) ** 2
print(dict(Pairs(4)), {**Pairs(2)})
d = {}
d.update(Pairs(3))
print(d)
