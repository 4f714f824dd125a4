# ruff: noqa
# del, chained assignment, augmented assignment on items and attributes, conditional expressions,
# walrus, while/else, pass, assert, is/is not, star-args in calls and displays
a = b = c = 7
print(a, b, c)
items = [1, 2, 3, 4]
items[0] += 10
items[-1] *= 2
print(items)


class Box:
    pass


box = Box()
box.value = 1
box.value += 41
print(box.value)
del items[0]
print(items)
d = {"x": 1}
d["x"] += 1
del d["x"]
print(d)
x = 5
print("big" if x > 3 else "small", "even" if x % 2 == 0 else "odd")
data = [3, 8, 1]
if (n := len(data)) > 2:
    print("long list", n)
count = 0
while count < 3:
    count += 1
    if count == 10:
        break
else:
    print("no break", count)
one = 1
print(None is None, one is not None, [] is [], type(None))
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*[1, 2],), {**{"a": 1}, "b": 2})


def show(*args, **kwargs):
    return args, kwargs


print(show(*[1, 2], *(3,), x=1, **{"y": 2}))
first, second = "ab"
first, second = second, first
print(first, second)
for i, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(i, p, q)
nested = [[1, [2, 3]], [4]]
print(nested[0][1][0], len(nested), sum(len(v) if isinstance(v, list) else 1 for v in nested))
print(int(3.9), int(-3.9), float(3), bool(""), bool("x"), str(None), 7 // -2, 7.5 // 2)
print(1_000_000, 0x1F, 0o17, 0b101, 1e3, .5, 5., 3j == 3j if False else "no complex")
print(round(7.25, 1), round(-0.5), 10 % 3.5, -7 % 3, 2 ** 0.5 > 1.41)
s = "multi\tline\\n"
print(s, len(s), 'single' "concat", """triple
quoted""")
print(max([1, 5, 3], key=lambda v: -v), min("hello"), sorted("banana"), sorted([3, 1], reverse=True))
print(list(range(10, 0, -3)), list(range(-2)), range(5)[2], len(range(0, 100, 7)), 3 in range(5))
print(isinstance(3, (str, int)), isinstance(True, int), issubclass(bool, int), type(3) is int)
print(hash("a") == hash("a"), id(box) == id(box), callable(print), repr(print)[:10])
