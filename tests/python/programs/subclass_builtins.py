# ruff: noqa
# subclassing builtin types: int, float, str, list, dict, tuple, set; super() calls and preserved behaviour
class Meters(float):
    def __repr__(self):
        return "%gm" % self
    def __add__(self, other):
        return Meters(float(self) + float(other))
m = Meters(1.5) + Meters(2)
print(m, type(m).__name__, m * 2, type(m * 2).__name__, isinstance(m, float), float(m), int(m))
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, u.shout(), len(u), u.lower(), type(u.lower()).__name__, u == "HELLO", u[1:3], type(u[1:3]).__name__)
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3).push(4)
print(s, s.peek(), len(s), s.pop(), s, type(s + [5]).__name__, isinstance(s, list), s == [1, 2, 3])
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory
    def __missing__(self, key):
        value = self[key] = self.factory()
        return value
dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(dd, len(dd), sorted(dd.items()), isinstance(dd, dict), dd.factory.__name__)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return "Point(%d, %d)" % self
p = Point(3, 4)
print(p, p.x, p[1], len(p), p + (5,), hash(p) == hash((3, 4)), p == (3, 4), type(p).__mro__[1].__name__)
class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError("odd")
        return super().__new__(cls, value)
    def half(self):
        return self // 2
e = Even(10)
print(e, e.half(), e + 1, type(e + 1).__name__, repr(e), str(e), e == 10, hash(e) == hash(10))
try:
    Even(3)
except ValueError as err:
    print("ValueError:", err)
class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)
        return self
t = Tags([3]).add_all(1, 2)
print(sorted(t), len(t), 2 in t, type(t | {9}).__name__)
class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for i in items:
            self[i] = self.get(i, 0) + 1
    def most(self):
        return max(self.items(), key=lambda kv: kv[1])
print(Counter("abracadabra").most(), Counter("aab"))
class MyBool(int):
    pass
print(MyBool(5) + MyBool(6), bool(MyBool(0)), MyBool.__mro__)
