# ruff: noqa
# a plugin system built on a metaclass: __new__ validates and registers classes, __call__ counts
# instances and caches singletons, __prepare__ records the definition order, __init_subclass__
# passes keywords, class attributes are inherited through the registry
class PluginMeta(type):
    registry = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        ns = {}
        ns["_order"] = []
        return ns

    def __new__(mcls, name, bases, ns, **kwargs):
        order = [k for k in ns if not k.startswith("_")]
        ns["_order"] = order
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            if "run" not in ns and not any(hasattr(b, "run") for b in bases):
                raise TypeError("plugin %s has no run()" % name)
            key = kwargs.get("key", name.lower())
            if key in mcls.registry:
                raise KeyError("duplicate plugin key %r" % key)
            mcls.registry[key] = cls
        cls.instances = 0
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        if getattr(cls, "singleton", False) and "_instance" in cls.__dict__:
            return cls._instance
        obj = super().__call__(*args, **kwargs)
        cls.instances += 1
        if getattr(cls, "singleton", False):
            cls._instance = obj
        return obj


class Plugin(metaclass=PluginMeta):
    priority = 0

    def __init_subclass__(cls, key=None, priority=None, **kwargs):
        super().__init_subclass__()
        if priority is not None:
            cls.priority = priority

    def describe(self):
        return "%s(priority=%d)" % (type(self).__name__, self.priority)


class Upper(Plugin, priority=5):
    def run(self, text):
        return text.upper()


class Reverse(Plugin, key="rev"):
    def run(self, text):
        return text[::-1]


class Counter(Plugin, priority=9):
    singleton = True

    def __init__(self):
        self.seen = 0

    def run(self, text):
        self.seen += len(text)
        return text


class LoudReverse(Reverse, key="loudrev", priority=2):
    def run(self, text):
        return super().run(text).upper() + "!"


print(sorted(PluginMeta.registry))
print(Upper._order, Counter._order, Plugin._order)
ordered = sorted(PluginMeta.registry.items(), key=lambda kv: (-kv[1].priority, kv[0]))
for key, cls in ordered:
    p = cls()
    print(key, p.describe(), p.run("plugin"))
c1, c2 = Counter(), Counter()
print(c1 is c2, Counter.instances, c1.seen, Upper.instances)
print(type(Upper) is PluginMeta, isinstance(LoudReverse, PluginMeta), LoudReverse.__mro__[1].__name__)
try:
    class Broken(Plugin):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Again(Plugin, key="rev"):
        def run(self, text):
            return text
except KeyError as e:
    print("KeyError:", e)
print(len(PluginMeta.registry), "broken" in PluginMeta.registry)
