# ruff: noqa
# sorted()/list.sort with key, reverse, stability, multi-key sorts, cmp_to_key re-implementation, sorting errors
records = [("bob", 25, 3.5), ("alice", 30, 2.0), ("carol", 25, 4.0), ("dave", 30, 2.0), ("eve", 22, 3.5),
           ("frank", 25, 3.5), ("grace", 22, 1.0), ("heidi", 30, 4.0)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(sorted(records, key=lambda r: (-r[2], r[0])))
# stability: sort by secondary then primary
by_name = sorted(records, key=lambda r: r[0])
print([r[0] for r in sorted(by_name, key=lambda r: r[2])])
print([r[0] for r in sorted(by_name, key=lambda r: r[2], reverse=True)])
# reverse keeps stability (equal elements stay in original order)
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs, key=lambda p: p[0]))
lst = list(pairs)
lst.sort(key=lambda p: p[0], reverse=True)
print(lst)
# sorting strings
words = "the Quick brown fox Jumps over the lazy dog A a B b".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: (len(w), w.lower(), w)))
print(sorted(set(words), key=str.casefold, reverse=True))
print(sorted("hello world"))
print("".join(sorted("sorting", reverse=True)))
# numbers mixed int/float/bool
nums = [3, 1.5, True, -2, 0, 2.25, False, 10, -0.5]
print(sorted(nums))
print(sorted(nums, key=abs))
print(sorted(nums, key=lambda x: -x))
print(max(nums), min(nums), max(nums, key=abs), min(nums, key=abs))
# cmp_to_key re-implementation
def cmp_to_key(mycmp):
    class K:
        __slots__ = ("obj",)
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0
        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0
        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0
        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0
        __hash__ = None
    return K
def numeric_then_alpha(a, b):
    if a.isdigit() and b.isdigit():
        return int(a) - int(b)
    if a.isdigit():
        return -1
    if b.isdigit():
        return 1
    return (a > b) - (a < b)
items = ["10", "b", "2", "a", "33", "c", "1", "B"]
print(sorted(items, key=cmp_to_key(numeric_then_alpha)))
print(sorted(items, key=cmp_to_key(lambda a, b: len(a) - len(b))))
# natural sort key
def natural_key(s):
    parts = []
    chunk = ""
    digits = False
    for ch in s:
        if ch.isdigit() != digits and chunk:
            parts.append(int(chunk) if digits else chunk.lower())
            chunk = ""
        digits = ch.isdigit()
        chunk += ch
    if chunk:
        parts.append(int(chunk) if digits else chunk.lower())
    return [(0, p) if isinstance(p, int) else (1, p) for p in parts]
files = ["file10.txt", "file2.txt", "File1.txt", "file1b.txt", "file100.txt", "file20.txt", "a.txt"]
print(sorted(files))
print(sorted(files, key=natural_key))
# sort objects with __lt__ only
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
        self.text = text
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + self.text
vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2.0", "1.9.9"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
# errors
for bad in ([1, "a", 2], [None, 1], [1j, 2j], [{1}, {2}, {1, 3}]):
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([3, 1], key=lambda x: x, cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
# sort of list mutated during key? sorting empty, single
print(sorted([]), sorted([5]), sorted((), reverse=True), sorted({3: "a", 1: "b"}), sorted({"b": 1, "a": 2}.items()))
# sort with key returning tuples containing None handled by placing None last
data = [("x", None), ("y", 3), ("z", 1), ("w", None), ("v", 2)]
print(sorted(data, key=lambda p: (p[1] is None, p[1] if p[1] is not None else 0)))
# sort by multiple keys with different directions via two passes
people = [("ann", "dev", 50), ("ben", "ops", 40), ("cat", "dev", 70), ("dan", "ops", 40), ("eli", "dev", 50)]
people.sort(key=lambda p: p[0])
people.sort(key=lambda p: p[2], reverse=True)
people.sort(key=lambda p: p[1])
print(people)
# sort larger list deterministically and check sortedness
seed = 12345
vals = []
for _ in range(500):
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    vals.append(seed % 1000)
s1 = sorted(vals)
print(all(s1[i] <= s1[i + 1] for i in range(len(s1) - 1)), s1[:10], s1[-5:], len(s1))
s2 = sorted(vals, key=lambda v: (v % 10, v))
print(s2[:12])
s3 = sorted(range(100), key=lambda v: v % 7)
print(s3[:20])
print(sorted(vals, reverse=True)[:8])
