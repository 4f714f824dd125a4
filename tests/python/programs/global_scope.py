# ruff: noqa
# global statement, module namespace, class-body scoping rules, name resolution order, builtins shadowing
counter = 0
def bump():
    global counter
    counter += 1
def make_global():
    global created_later
    created_later = "made"
bump(); bump(); make_global()
print(counter, created_later)
def read_global():
    return counter * 10
print(read_global())
def local_shadow():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
local_shadow()
class Scope:
    x = 1
    y = x + 1
    items = [x * 2 for _ in range(2)] if False else None
    def method(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
print(Scope.y, Scope().method(), Scope.items)
x = "module x"
class Lookup:
    x = "class x"
    def get(self):
        return x
    z = [x for _ in range(1)]
print(Lookup().get(), Lookup.z)
def len(obj):
    return "shadowed"
print(len([1, 2]))
del len
print(len([1, 2]))
import builtins
print(builtins.len("abc"), builtins.abs is abs)
def outer():
    v = "enclosing"
    class Inner:
        w = v
        def m(self):
            return v
    return Inner.w, Inner().m()
print(outer())
def deleter():
    global counter
    del counter
deleter()
try:
    counter
except NameError as e:
    print("NameError:", e)
for i in range(3):
    pass
print(i, [j for j in range(2)], "j" in dir())
