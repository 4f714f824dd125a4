# ruff: noqa
# dict views: keys/values/items are live, support len/in/iteration/reversed, set operations on keys and items
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
print(list(k), list(v), list(it), list(reversed(k)), list(reversed(v)), list(reversed(it)))
del d["a"]
print(k, len(v))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), sorted(k | ["x"]), sorted({"b", "c"} & k))
print(it & {("b", 2), ("c", 0)}, sorted(it - {("b", 2)}), k == {"b", "c", "d"}, k != {"b"}, k <= {"b", "c", "d", "e"},
      k < {"b", "c", "d"}, k >= {"b"}, k.isdisjoint({"x"}), k.isdisjoint(["b"]))
print(type(k).__name__, type(v).__name__, type(it).__name__, sorted(k), sorted(v, reverse=True))
try:
    for key in d:
        d[key + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in d.keys():
        del d[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    v == v
    print(v == v, d.values() == d.values())
except TypeError as e:
    print("TypeError:", e)
x = {1: "one", 2: "two"}
kit = iter(x.items())
print(next(kit), next(kit), next(kit, "done"))
print(dict(x.items()), {v: k for k, v in x.items()}, max(x), max(x.values()), sum(x), min(x.items()))
print(list(zip(x.keys(), x.values())) == list(x.items()), x.keys() == {1, 2}, [*x], [*x.values()], {*x.items()} == set(x.items()))
