# ruff: noqa
# metaclass patterns: automatic registration, attribute validation at class creation, __prepare__ namespaces,
# __call__ interception for counting instances
class RegistryMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            RegistryMeta.registry[name.lower()] = cls
        return cls
class Handler(metaclass=RegistryMeta):
    def handle(self):
        return "base"
class JsonHandler(Handler):
    def handle(self):
        return "json"
class XmlHandler(Handler):
    def handle(self):
        return "xml"
print(sorted(RegistryMeta.registry), RegistryMeta.registry["xmlhandler"]().handle())
class RequireDocs(type):
    def __new__(mcls, name, bases, ns):
        for attr, value in ns.items():
            if callable(value) and not attr.startswith("_") and not getattr(value, "__doc__", None):
                raise TypeError("%s.%s needs a docstring" % (name, attr))
        return super().__new__(mcls, name, bases, ns)
class Good(metaclass=RequireDocs):
    def run(self):
        "documented"
        return 1
try:
    class Bad(metaclass=RequireDocs):
        def run(self):
            return 1
except TypeError as e:
    print("TypeError:", e)
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)
class OrderMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Form(metaclass=OrderMeta):
    zeta = 1
    alpha = 2
    def mid(self):
        pass
    beta = 3
print(Form.field_order)
class CountingMeta(type):
    def __call__(cls, *args, **kwargs):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kwargs)
class Tracked(metaclass=CountingMeta):
    def __init__(self, v):
        self.v = v
ts = [Tracked(i) for i in range(4)]
print(Tracked.instances, ts[-1].v, type(Tracked).__name__)
