# ruff: noqa
# del: names, list items and slices, dict keys, attributes, tuple targets, nested targets; errors afterwards
x = 1
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0], lst[-1]
print(lst)
del lst[::3]
print(lst)
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class Obj:
    cls_attr = 1
o = Obj()
o.a = o.b = 5
del o.a
print(vars(o))
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError:", e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
a, b, c = 1, 2, 3
del (a, b), [c]
print([name for name in ("a", "b", "c") if name in globals()])
nested = {"k": [1, {"z": 2}]}
del nested["k"][1]["z"]
print(nested)
def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: %s" % e
print(local_del())
def del_global():
    global g
    g = 1
    del g
    return "g" in globals()
print(del_global())
for i in range(3):
    pass
del i
print("i" in dir())
s = [1, 2, 3]
t = s
del s
print(t)
try:
    del [][0]
except IndexError as e:
    print("IndexError:", e)
try:
    del (1, 2)[0]
except TypeError as e:
    print("TypeError:", e)
