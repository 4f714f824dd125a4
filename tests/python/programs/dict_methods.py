# ruff: noqa
# dict methods: get setdefault pop popitem update fromkeys copy clear keys values items, | and |=, errors
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 10}); d.update([("y", 20)]); d.update(z=30); d.update({"a": -1}, w=0); print(d)
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []))
c = d.copy(); c["new"] = 1; print(d, c, c is d)
c.clear(); print(c, len(c))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"k": "v"}, extra=1), dict(zip("abc", range(3))))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
m = {"one": 1, "two": 2}
n = {"two": 22, "three": 3}
print(m | n, n | m, {**m, **n}, {**n, "one": 0})
m |= n; print(m)
m |= [("four", 4)]; print(m)
try:
    m | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
e = {1: "int", 1.0: "float", True: "bool"}
print(e, len(e), {0: "a", -0.0: "b"}, {(1, 2): 3}[1, 2])
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, {1: 2} != {1: 3}, list({"b": 1, "a": 2}), "a" in {"a": 1}, 1 in {"a": 1})
try:
    {1: 2} < {1: 2}
except TypeError as e:
    print("TypeError:", e)
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
del counts["the"]
print(counts, repr({}), str({1: {2: {}}}), {"q": "'"}, {'"': 1})
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%d)" % self.v
kd = {Key(i): i for i in range(6)}
print(kd, kd[Key(4)], Key(7) in kd)
r = {}
r["self"] = r
print(r)
