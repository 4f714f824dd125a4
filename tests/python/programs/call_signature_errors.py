# ruff: noqa
# calling Python functions with bad arguments: every TypeError message for missing, extra, duplicated,
# unexpected, positional-only and keyword-only arguments, * and ** unpacking errors, methods counting self
def f(a, b, c=3):
    return (a, b, c)
def g(a, /, b, *, c, d=4):
    return (a, b, c, d)
def h(*args, **kwargs):
    return args, kwargs
def k(x, *, y):
    return x, y
def many(a, b, c, d):
    return a
class C:
    def method(self, x):
        return x
    @classmethod
    def cm(cls, x):
        return x
    @staticmethod
    def sm(x):
        return x
calls = {
    "f()": lambda: f(),
    "f(1)": lambda: f(1),
    "f(1, 2, 3, 4)": lambda: f(1, 2, 3, 4),
    "f(1, 2, a=1)": lambda: f(1, 2, a=1),
    "f(1, 2, z=1)": lambda: f(1, 2, z=1),
    "f(b=2)": lambda: f(b=2),
    "f(c=3)": lambda: f(c=3),
    "many()": lambda: many(),
    "many(1, 2)": lambda: many(1, 2),
    "many(1, d=4)": lambda: many(1, d=4),
    "g(1, 2)": lambda: g(1, 2),
    "g(a=1, b=2, c=3)": lambda: g(a=1, b=2, c=3),
    "g(1, 2, 3)": lambda: g(1, 2, 3),
    "g(1, 2, 3, c=1)": lambda: g(1, 2, 3, c=1),
    "g(1, b=2, c=3, e=5)": lambda: g(1, b=2, c=3, e=5),
    "k(1)": lambda: k(1),
    "k(1, 2)": lambda: k(1, 2),
    "k()": lambda: k(),
    "h(*1)": lambda: h(*1),
    "h(**1)": lambda: h(**1),
    "h(**{1: 2})": lambda: h(**{1: 2}),
    "h(x=1, **{'x': 2})": lambda: h(x=1, **{"x": 2}),
    "h(**{'a': 1}, **{'a': 2})": lambda: h(**{"a": 1}, **{"a": 2}),
    "f(*[1], *[2, 3, 4])": lambda: f(*[1], *[2, 3, 4]),
    "C().method()": lambda: C().method(),
    "C().method(1, 2)": lambda: C().method(1, 2),
    "C.method(1)": lambda: C.method(1),
    "C.cm()": lambda: C.cm(),
    "C().sm(1, 2)": lambda: C().sm(1, 2),
    "C(1)": lambda: C(1),
    "(lambda: 0)(1)": lambda: (lambda: 0)(1),
    "(lambda x, y=1: 0)()": lambda: (lambda x, y=1: 0)(),
    "(lambda *, x: x)()": lambda: (lambda *, x: x)(),
}
for text, thunk in calls.items():
    try:
        print(text, "->", thunk())
    except TypeError as e:
        print(text, "-> TypeError:", e)
# successful unusual calls
print(f(*[1, 2]), f(**{"a": 1, "b": 2}), f(1, *(), **{}, b=5), g(1, 2, c=3), g(1, b=2, c=3, d=0))
print(h(1, *[2, 3], 4, *(5,), x=1, **{"y": 2}, z=3))
print(h(**{"a" + str(i): i for i in range(3)}), h(*"ab", *range(2)))
class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, key):
        return key * 2
print(h(**Mapping()))
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, key):
        return key
try:
    h(**BadKeys())
except TypeError as e:
    print("TypeError:", e)
def defaults_evaluated_once(item, bucket=[]):
    bucket.append(item)
    return bucket
print(defaults_evaluated_once(1), defaults_evaluated_once(2), defaults_evaluated_once(3, []))
print(f.__defaults__, g.__kwdefaults__, k.__kwdefaults__, many.__defaults__)
f.__defaults__ = (100,)
print(f(1, 2), end=" ")
f.__defaults__ = (10, 20)
print(f(1))
try:
    f.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)
# calling non-callables
for obj in [1, "s", [1], None]:
    try:
        obj()
    except TypeError as e:
        print("TypeError:", e)
class WithCall:
    def __call__(self, *args, **kw):
        return ("called", args, kw)
print(WithCall()(1, a=2), callable(WithCall()), callable(WithCall), callable(C().method))
