# ruff: noqa
# decorators: class-based with state, decorating methods (descriptor binding), decorator factories with options,
# stacking order, wrapping classmethods/properties, preserving metadata by hand, decorators that register
registry = {}
def register(name=None, *, tags=()):
    def deco(fn):
        registry[name or fn.__name__] = (fn, tuple(tags))
        return fn
    return deco
@register()
def alpha():
    return "a"
@register("b", tags=("x", "y"))
def beta():
    return "b"
print(sorted(registry), registry["b"][1], registry["alpha"][0]())
def wraps(original):
    def copy(wrapper):
        for attr in ("__name__", "__qualname__", "__doc__", "__module__"):
            setattr(wrapper, attr, getattr(original, attr))
        wrapper.__wrapped__ = original
        return wrapper
    return copy
def timed(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper
class Service:
    @timed
    def handle(self, x):
        "handle one request"
        return x * 2
    @classmethod
    @timed
    def build(cls):
        return cls.__name__
    @property
    @timed
    def status(self):
        return "ok"
s = Service()
print(s.handle(2), s.handle(3), Service.handle.calls, Service.handle.__name__, Service.handle.__qualname__, Service.handle.__doc__)
print(Service.build(), s.status, s.status, Service.__dict__["status"].fget.calls)
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.fn(*args)
    def __get__(self, obj, owner):
        if obj is None:
            return self
        def bound(*args):
            return self(obj, *args)
        return bound
class Widget:
    @CountCalls
    def render(self, level):
        return "<w%d>" % level
w = Widget()
print(w.render(1), w.render(2), Widget.render.count, type(Widget.render).__name__)
trace = []
def a(fn):
    trace.append("apply a")
    def inner():
        trace.append("run a")
        return fn()
    return inner
def b(fn):
    trace.append("apply b")
    def inner():
        trace.append("run b")
        return fn()
    return inner
@a
@b
def target():
    trace.append("target")
target()
print(trace)
def retry(times):
    def deco(fn):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(attempt, *args)
                except ValueError as e:
                    last = e
            raise RuntimeError("gave up after %d attempts" % times) from last
        return wrapper
    return deco
@retry(3)
def flaky(attempt, limit):
    if attempt < limit:
        raise ValueError("attempt %d failed" % attempt)
    return "succeeded on attempt %d" % attempt
print(flaky(2))
try:
    flaky(5)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", e.__cause__)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env
print(Config("prod").env, Config().env, Config() is Config())
