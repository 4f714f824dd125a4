# ruff: noqa
# reflection builtins: getattr/setattr/hasattr/delattr, vars, dir, id, type, callable, isinstance/issubclass, repr/ascii
class Thing:
    kind = "thing"
    def __init__(self):
        self.size = 3
    def method(self):
        return "m"
t = Thing()
print(getattr(t, "size"), getattr(t, "kind"), getattr(t, "nope", "default"), getattr(Thing, "kind"), hasattr(t, "method"))
setattr(t, "color", "red"); print(t.color, vars(t), hasattr(t, "color"))
delattr(t, "color"); print(hasattr(t, "color"), vars(t))
for bad in [lambda: getattr(t, "nope"), lambda: delattr(t, "nope"), lambda: getattr(t, 5), lambda: setattr(1, "x", 2)]:
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print([n for n in dir(t) if not n.startswith("__")], "method" in dir(Thing), "__init__" in dir(t))
print(sorted(k for k in vars(Thing) if not k.startswith("__")), type(vars(Thing)).__name__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
print(id(t) == id(t), id(t) != id(Thing()), type(id(t)).__name__, type(t) is Thing, type(5), type("s"), type(None))
print(callable(len), callable(Thing), callable(t), callable(t.method), callable(5), callable(lambda: 0), callable("x"))
class C:
    def __call__(self):
        return "called"
print(callable(C()), C()())
print(isinstance(t, Thing), isinstance(t, object), isinstance(5, (str, int)), isinstance(5, ()), issubclass(Thing, object))
print(issubclass(bool, int), issubclass(int, (str, float)), issubclass(Thing, Thing), isinstance(Thing, type))
try:
    isinstance(5, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(5, int)
except TypeError as e:
    print("TypeError:", e)
print(repr("é"), ascii("é"), ascii("\n"), ascii(["ñ", "🐍"]), repr("🐍"), ascii(b"\xff"), ascii(1.5), repr("\x00\x1f\x7f"))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr("\t\r"), repr("\u200b"), repr("\ud800"))
print(type.__name__, type(type), type(object), object.__name__, type(len).__name__, type(t.method).__name__)
def f():
    pass
print(type(f).__name__, f.__name__, f.__qualname__, Thing.method.__qualname__, Thing.__name__, Thing.__qualname__)
print(t.__class__.__name__, t.__dict__, Thing.__module__, f.__module__, type(Thing.__dict__).__name__)
