# ruff: noqa
# __init_subclass__ with keywords, __class_getitem__, __set_name__ ordering, subclass registries, __subclasses__
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins[cls.plugin_name] = cls
class CSV(Plugin, name="csv"):
    pass
class JSON(Plugin):
    pass
class Sub(JSON, name="subjson"):
    pass
print(sorted(Plugin.plugins), CSV.plugin_name, JSON.plugin_name, Sub.plugin_name, Plugin.__subclasses__(), JSON.__subclasses__())
try:
    class Bad(Plugin, unknown=1, name="bad"):
        pass
except TypeError as e:
    print("TypeError:", e)
class Generic:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else item)
print(Generic[int], Generic["x"], list[int], dict[str, int], type(list[int]).__name__)
class Field:
    def __init__(self):
        print("Field init")
    def __set_name__(self, owner, name):
        print("set_name", name, "on", owner.__name__)
        self.name = name
class Tracker:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, [k for k in vars(cls) if not k.startswith("__")])
class Model(Tracker):
    a = Field()
    b = Field()
print(Model.a.name, Model.b.name)
class Validated:
    required = ()
    def __init_subclass__(cls, /, required=(), **kw):
        super().__init_subclass__(**kw)
        cls.required = tuple(Validated.required) + tuple(required)
    def __init__(self, **fields):
        missing = [r for r in self.required if r not in fields]
        if missing:
            raise TypeError("missing: " + ", ".join(missing))
        self.__dict__.update(fields)
class User(Validated, required=("name", "email")):
    pass
print(User(name="a", email="b").name)
try:
    User(name="x")
except TypeError as e:
    print("TypeError:", e)
print(type(object.__init_subclass__).__name__, type(Plugin.__init_subclass__).__name__, type("".upper).__name__, type([].append).__name__)
