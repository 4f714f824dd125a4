# ruff: noqa
# slice objects: indices() normalisation, extended slice assignment and deletion on lists and bytearrays,
# negative steps, custom __getitem__/__setitem__/__delitem__ receiving slices and tuples of slices,
# slicing of ranges, strings, tuples and bytes, errors for mismatched extended assignment
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), repr(slice("a", "b")))
for sl in [slice(None), slice(2, None), slice(-3, None), slice(None, -2), slice(None, None, -1), slice(10, -10, -3),
           slice(-100, 100), slice(3, 1), slice(None, None, 5), slice(-1, -5, -2)]:
    print(sl, sl.indices(7), list(range(7))[sl], "abcdefg"[sl], list(range(*sl.indices(7))))
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2, 3][::0]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[1:1] = [100, 200, 300]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
lst[-1:-4:-1] = ["x", "y", "z"]
print(lst)
del lst[::3]
print(lst)
del lst[-2:]
print(lst)
lst[:] = "reset"
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
lst[10:20] = [9]
print(lst)
lst2 = [1, 2, 3]
lst2[5:] = [4]
lst2[-10:1] = [0]
print(lst2)
ba = bytearray(b"abcdefghij")
ba[::2] = b"ACEGI"
print(ba)
del ba[1::2]
print(ba)
ba[1:3] = b"xyz"
print(ba, ba[::-1], ba[-2:], bytes(ba[1:4]))
try:
    ba[::2] = b"toolong"
except ValueError as e:
    print("ValueError:", e)
class Grid:
    def __init__(self, rows):
        self.rows = rows
    def __getitem__(self, key):
        if isinstance(key, tuple):
            r, c = key
            rows = self.rows[r] if isinstance(r, slice) else [self.rows[r]]
            out = [row[c] for row in rows]
            return out if isinstance(r, slice) else out[0]
        return self.rows[key]
    def __setitem__(self, key, value):
        r, c = key
        self.rows[r][c] = value
    def __delitem__(self, key):
        print("  delete", key)
g = Grid([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]])
print(g[1, 2], g[0:2, 1:3], g[::2, ::-1], g[-1], g[1, :])
g[0, 1:3] = [20, 30]
print(g.rows[0])
del g[1:2, ...]
del g[::-1]
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[..., 1], r[:, :, None], r[()], r[-1:], r["a":"b":"c"])
print(range(10)[2:8:2], range(10)[::-1], range(0, 20, 3)[1:-1], list(range(10)[-3:]), range(5)[10:], (1, 2, 3, 4)[::-2])
print(b"hello"[1:4], b"hello"[::-1], "hello"[10:], "hello"[-10:2], "abc"[1:1], (1, 2)[5:], [1, 2][:-5])
class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print([0, 1, 2, 3, 4][Index(1):Index(4)], "abcdef"[Index(-2):], slice(Index(1), Index(3)).indices(10))
try:
    [1, 2][1.0:2]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"["a":]
except TypeError as e:
    print("TypeError:", e)
matrix = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[1:3] for row in matrix[1:3]], [row[::-1] for row in matrix][::-1][0], [m[i] for i, m in enumerate(matrix)])
text = "The quick brown fox"
words = text.split()
print(text[4:9], text[-3:], text[::3], " ".join(w[::-1] for w in words), words[::-1][:2], text[text.index("b"):text.index("n") + 1])
nums = list(range(20))
print(nums[::5], nums[3::4], nums[-1::-6], nums[15:3:-4], sum(nums[::2]) - sum(nums[1::2]))
