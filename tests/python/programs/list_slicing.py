# ruff: noqa
# list slicing: steps, negative indices, slice assignment (growing, shrinking, extended), deletion
a = list(range(10))
for s in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2), slice(1, None, 3),
          slice(None, None, -1), slice(8, 2, -2), slice(-1, -5, -1), slice(100, None), slice(None, -100),
          slice(5, 5), slice(7, 3), slice(None, None, -3), slice(-100, 100, 4), slice(2, -2, -1)]:
    print(s, a[s], "".join("abcdefghij"[s]), tuple(range(10))[s], range(10)[s])
b = list(range(10)); b[2:5] = ["x"]; print(b)
b = list(range(10)); b[2:5] = "abcdef"; print(b)
b = list(range(10)); b[::2] = [0] * 5; print(b)
b = list(range(10)); b[::-3] = "wxyz"; print(b)
b = list(range(10)); b[5:] = []; print(b)
b = list(range(10)); b[:0] = [-2, -1]; print(b)
b = list(range(10)); b[len(b):] = [10, 11]; print(b)
b = list(range(10)); b[3:3] = [None]; print(b)
b = list(range(10)); b[8:2] = ["in"]; print(b)
b = list(range(5)); b[:] = b; print(b)
b = list(range(5)); b[1:3] = b; print(b)
try:
    b = list(range(10)); b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    b[::0]
except ValueError as e:
    print("ValueError:", e)
b = list(range(10)); del b[::2]; print(b)
b = list(range(10)); del b[1:-1]; print(b)
b = list(range(10)); del b[::-3]; print(b)
b = list(range(10)); del b[-1]; del b[0]; print(b)
try:
    del b[100]
except IndexError as e:
    print("IndexError:", e)
try:
    b[10] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    b["1"]
except TypeError as e:
    print("TypeError:", e)
print(a[-1], a[-10], a[True], a[2:8][1:4][::-1], a[::2][::2], a[1:9:2][::-1])
print(a[slice(2)], a[2:8:3], a[None:None:None], a[::-1][::-1] == a)
s = "hello world"
print(s[::-1], s[::3], s[-5:], s[:-6:-1], s[3:0:-1], s[100:], s[-100:2])
print((1, 2, 3, 4)[::-2], b"abcdef"[1::2], bytearray(b"abcdef")[::-1])
class Seq:
    def __getitem__(self, i):
        return i
q = Seq()
print(q[1:2], q[::3], q[1, 2], q[..., 1], q[:, :], q[1:2, ::3])
