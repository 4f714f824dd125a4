"""Dicts: insertion order, every method, iteration, keys of several types."""


def entry_point(argv):
    d = {"one": 1, "two": 2}
    d["three"] = 3
    d["one"] = 11
    print(len(d), d["two"], "two" in d, "zero" in d, d.get("zero", -1), d.get("one", 0))
    for k in d:
        print(k, d[k])
    for k, v in d.items():
        print(k, v)
    print(list(d.keys()), list(d.values()), sorted(d.keys()))
    print(d.pop("two"), len(d), d.setdefault("four", 4), d.setdefault("four", 40), len(d))
    del d["one"]
    print(list(d.items()))
    e = d.copy()
    e.update({"five": 5, "three": 33})
    print(list(e.items()), list(d.items()))
    counts = {}
    for word in "the cat and the hat and the bat".split():
        counts[word] = counts.get(word, 0) + 1
    print(sorted(counts.items()))
    by_int = {}
    for i in range(100):
        by_int[i * 7] = i
    total = 0
    for k in by_int:
        total += by_int[k]
    print(len(by_int), total, by_int[693])
    for i in range(0, 100, 2):
        del by_int[i * 7]
    print(len(by_int), 7 in by_int, 14 in by_int)
    tk = {(1, "a"): "x", (2, "b"): "y"}
    print(tk[(2, "b")], (1, "a") in tk)
    squares = {n: n * n for n in range(5)}
    print(squares[4], len(squares))
    try:
        print(d["missing"])
    except KeyError:
        print("KeyError")
    d.clear()
    print(len(d))
    return 0
