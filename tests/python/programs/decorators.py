# ruff: noqa
# decorators: plain, with arguments, stacked, class decorators, preserving metadata by hand, decorator on methods
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, len(args), args[-1:], kwargs)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=0):
    return a + b
print(add(1, b=2), add.__name__, add.__wrapped__(5))
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
order = []
def tag(label):
    def deco(fn):
        order.append(label)
        return fn
    return deco
@tag("outer")
@tag("inner")
def nothing():
    pass
print(order)
def register(cls):
    cls.registered = True
    return cls
@register
class Plugin:
    pass
print(Plugin.registered)
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls, sq(4), sq.calls)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
print(fact(20), len(fact.cache))
class Service:
    @staticmethod
    def util(x):
        return x + 1
    @classmethod
    def make(cls):
        return cls.__name__
    @property
    def value(self):
        return 42
    @trace
    def act(self, n):
        return n * 2
s = Service()
print(Service.util(1), s.util(2), Service.make(), s.make(), s.value, s.act(5))
@(lambda f: f)
def via_expr():
    return "PEP 614"
decorators = {"ident": lambda f: f}
@decorators["ident"]
def via_subscript():
    return "subscript decorator"
print(via_expr(), via_subscript())
