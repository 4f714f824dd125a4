# ruff: noqa
# augmented assignment: every operator, on names, attributes, subscripts and slices; in-place vs rebinding
x = 10
x += 5; x -= 3; x *= 2; print(x)
x /= 4; print(x)
x //= 2; print(x)
x = 17; x %= 5; print(x)
x **= 3; print(x)
x <<= 2; x >>= 1; print(x)
x &= 0b1110; x |= 1; x ^= 0b101; print(x)
s = "ab"; s += "cd"; s *= 2; print(s)
t = (1,); t += (2, 3); t *= 2; print(t)
lst = [1, 2]
alias = lst
lst += [3]
print(lst, alias, lst is alias)
tup = (1, 2)
alias_t = tup
tup += (3,)
print(tup, alias_t, tup is alias_t)
lst *= 2; print(lst, alias)
class Box:
    def __init__(self):
        self.value = 1
        self.items = [0, 1, 2]
b = Box()
b.value += 41; b.items[1] += 10; b.items[-1] *= 3; print(b.value, b.items)
d = {"k": 1, "l": [1]}
d["k"] += 1; d["l"] += [2]; d.setdefault("m", 0); d["m"] -= 1; print(d)
counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
m = [[1, 2], [3, 4]]
m[1][0] += 100; print(m)
class Accum:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("iadd called")
        self.v += other
        return self
    def __add__(self, other):
        print("add called")
        return Accum(self.v + other)
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        print("sub called")
        return Accum(self.v - other)
acc = Accum(1)
orig = acc
acc += 5; print(acc.v, acc is orig)
acc -= 2; print(acc.v, acc is orig)
class Idx:
    def __init__(self):
        self.data = {}
    def __getitem__(self, k):
        print("get", k)
        return self.data.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
i = Idx()
i["a"] += 5
i["a"] *= 2
print(i.data)
try:
    undefined_var += 1
except NameError as e:
    print("NameError:", e)
def local_aug():
    try:
        count += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_aug()
sl = [0, 1, 2, 3]
sl[1:3] += ["x"] if False else []
print(sl)
