# ruff: noqa
# sorting records: stable multi-pass sorts, keys returning tuples with negation for descending
# order, a cmp function adapted to a key class, sorting with None values pushed last, min/max
# with key and default, sorted() on dict items, bisect-like insertion by hand, list.sort errors
records = [
    {"name": "carol", "dept": "ops", "age": 41, "score": 88.5},
    {"name": "alice", "dept": "dev", "age": 30, "score": 92.0},
    {"name": "bob", "dept": "dev", "age": 25, "score": 92.0},
    {"name": "dave", "dept": "ops", "age": 30, "score": None},
    {"name": "eve", "dept": "sec", "age": 35, "score": 75.25},
    {"name": "frank", "dept": "dev", "age": 41, "score": 60.0},
]
by_dept_then_score = sorted(records, key=lambda r: (r["dept"], -(r["score"] or 0), r["name"]))
print([r["name"] for r in by_dept_then_score])
two_pass = sorted(records, key=lambda r: r["name"])
two_pass.sort(key=lambda r: r["age"], reverse=True)
print([(r["age"], r["name"]) for r in two_pass])
nones_last = sorted(records, key=lambda r: (r["score"] is None, r["score"] or 0))
print([r["score"] for r in nones_last])


def compare(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


class CmpKey:
    __slots__ = ("obj",)

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        return compare(self.obj, other.obj) < 0


words = ["pear", "fig", "banana", "kiwi", "apple", "date", "fig"]
print(sorted(words, key=CmpKey), sorted(words, key=len), sorted(words, key=lambda w: w[::-1]))
print(min(records, key=lambda r: r["age"])["name"], max(records, key=lambda r: (r["age"], r["name"]))["name"])
print(min([], default="empty"), max([3, 1, 2], default=0), min("hello"), max(words, key=len), min(3, 1, 2, key=lambda v: -v))
totals = {}
for r in records:
    totals[r["dept"]] = totals.get(r["dept"], 0) + r["age"]
print(sorted(totals.items()), sorted(totals.items(), key=lambda kv: kv[1], reverse=True), sorted(totals, key=totals.get))


def insort(sorted_list, value):
    lo, hi = 0, len(sorted_list)
    while lo < hi:
        mid = (lo + hi) // 2
        if value < sorted_list[mid]:
            hi = mid
        else:
            lo = mid + 1
    sorted_list.insert(lo, value)
    return lo


acc = []
print([insort(acc, v) for v in [5, 1, 4, 1, 5, 9, 2, 6]], acc)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, reverse=True))
mixed = [3, 1.5, True, -2, 0.0]
print(sorted(mixed), sorted(mixed, key=abs), sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower))
try:
    sorted([1, "two", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 2, 1].sort(lambda a, b: a - b)
except TypeError as e:
    print("TypeError:", e)
data = [5, 3, 8]
result = data.sort()
print(result, data, sorted("hello", reverse=True), list(reversed(sorted({3: 0, 1: 0, 2: 0}))))
matrix = [[3, 1], [2, 2], [1, 3], [2, 1]]
matrix.sort(key=lambda row: sum(row))
print(matrix, sorted(matrix, key=lambda row: (row[1], row[0])))
