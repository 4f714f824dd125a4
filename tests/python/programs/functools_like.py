# ruff: noqa
# functools re-implemented: reduce, partial (with repr), cmp_to_key, total_ordering, lru_cache-like wraps, singledispatch
def reduce(fn, iterable, *initial):
    it = iter(iterable)
    if initial:
        acc = initial[0]
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 8)), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + [b], "abc", []))
try:
    reduce(max, [])
except TypeError as e:
    print("TypeError:", e)
class partial:
    def __init__(self, fn, *args, **kwargs):
        self.fn, self.args, self.kwargs = fn, args, kwargs
    def __call__(self, *args, **kwargs):
        return self.fn(*self.args, *args, **{**self.kwargs, **kwargs})
    def __repr__(self):
        parts = [repr(a) for a in self.args] + ["%s=%r" % kv for kv in self.kwargs.items()]
        return "partial(%s, %s)" % (self.fn.__name__, ", ".join(parts))
base2 = partial(int, base=2)
print(base2("1011"), base2, partial(pow, 2)(10), partial(sorted, reverse=True)([2, 3, 1]))
def cmp_to_key(cmp):
    class K:
        def __init__(self, obj):
            self.obj = obj
        def __lt__(self, other):
            return cmp(self.obj, other.obj) < 0
    return K
def by_length_then_reverse_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
print(sorted(["pear", "fig", "apple", "kiwi", "date"], key=cmp_to_key(by_length_then_reverse_alpha)))
def total_ordering(cls):
    if "__lt__" in cls.__dict__:
        cls.__gt__ = lambda self, other: other < self
        cls.__le__ = lambda self, other: not other < self
        cls.__ge__ = lambda self, other: not self < other
    return cls
@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") > Version("1.99"), Version("1.0") >= Version("1.1"))
def singledispatch(fn):
    registry = {object: fn}
    def dispatch(arg, *rest):
        for klass in type(arg).__mro__:
            if klass in registry:
                return registry[klass](arg, *rest)
    def register(klass):
        def deco(impl):
            registry[klass] = impl
            return impl
        return deco
    dispatch.register = register
    return dispatch
@singledispatch
def describe(x):
    return "object"
@describe.register(int)
def _(x):
    return "int %d" % x
@describe.register(list)
def _(x):
    return "list of %d" % len(x)
print(describe(5), describe(True), describe([1, 2]), describe("s"), describe(2.5))
