# ruff: noqa
# collections re-implemented: namedtuple via type(), Counter with most_common, deque with rotation, ChainMap
def namedtuple(name, fields):
    fields = fields.split() if isinstance(fields, str) else list(fields)
    def __new__(cls, *args, **kwargs):
        values = list(args) + [kwargs.pop(f) for f in fields[len(args):]]
        if kwargs:
            raise TypeError("unexpected %s" % sorted(kwargs))
        return tuple.__new__(cls, values)
    def __repr__(self):
        return "%s(%s)" % (name, ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)))
    def _asdict(self):
        return dict(zip(fields, self))
    def _replace(self, **kw):
        return type(self)(*[kw.get(f, v) for f, v in zip(fields, self)])
    ns = {"__new__": __new__, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace, "_fields": tuple(fields),
          "__slots__": ()}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    return type(name, (tuple,), ns)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x + p.y, p._asdict(), p._replace(x=10), Point._fields, isinstance(p, tuple), p == (1, 2), len(p))
class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for x in iterable:
            self[x] = self.get(x, 0) + 1
    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: -kv[1])
        return items if n is None else items[:n]
    def __missing__(self, key):
        return 0
c = Counter("abracadabra")
print(c.most_common(3), c["z"], sorted(c.elements()) if hasattr(c, "elements") else sum(c.values()))
class Deque:
    def __init__(self, items=(), maxlen=None):
        self.items = list(items)
        self.maxlen = maxlen
        self._trim(left=True)
    def _trim(self, left):
        while self.maxlen is not None and len(self.items) > self.maxlen:
            self.items.pop(0 if left else -1)
    def append(self, x):
        self.items.append(x)
        self._trim(left=True)
    def appendleft(self, x):
        self.items.insert(0, x)
        self._trim(left=False)
    def pop(self):
        return self.items.pop()
    def popleft(self):
        return self.items.pop(0)
    def rotate(self, n=1):
        if self.items:
            n %= len(self.items)
            self.items = self.items[-n:] + self.items[:-n]
    def __repr__(self):
        return "deque(%r)" % self.items
    def __len__(self):
        return len(self.items)
d = Deque(range(5), maxlen=4)
d.append(9); d.appendleft(-1); d.rotate(2)
print(d, d.popleft(), d.pop(), len(d))
last3 = Deque(maxlen=3)
for w in "the quick brown fox jumps".split():
    last3.append(w)
print(last3)
class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]
    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)
    def __setitem__(self, key, value):
        self.maps[0][key] = value
    def new_child(self):
        return ChainMap({}, *self.maps)
    def __iter__(self):
        seen = {}
        for m in reversed(self.maps):
            seen.update(dict.fromkeys(m))
        return iter(seen)
defaults = {"color": "red", "user": "guest"}
cm = ChainMap({"user": "admin"}, defaults)
child = cm.new_child()
child["color"] = "blue"
print(cm["user"], cm["color"], child["color"], child["user"], list(child), defaults)
