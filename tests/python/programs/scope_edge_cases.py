# ruff: noqa
# scoping edge cases: class bodies don't enclose methods, comprehension in class body, nonlocal through levels,
# global in nested functions, names bound later in a function, loop variable leakage, exception name cleanup
x = "global"
class C:
    x = "class"
    y = [x for _ in range(1)]
    z = (lambda: x)()
    def m(self):
        return x
print(C.y, C.z, C().m())
def outer():
    x = "outer"
    class Inner:
        x = "inner-class"
        def get(self):
            return x
        seen = x
    return Inner().get(), Inner.seen
print(outer())
def counter():
    n = 0
    def a():
        def b():
            nonlocal n
            n += 10
            return n
        return b()
    return a
f = counter()
print(f(), f())
def set_global():
    def inner():
        global created_in_inner
        created_in_inner = "made"
    inner()
set_global()
print(created_in_inner)
def later_binding():
    def get():
        return value
    value = "bound after def"
    return get()
print(later_binding())
for loop_var in range(3):
    pass
print(loop_var)
[comp_var for comp_var in range(3)]
print("comp_var" in globals())
try:
    raise ValueError("v")
except ValueError as err:
    pass
print("err" in globals())
err = "reassigned before except"
try:
    raise KeyError
except KeyError as err:
    pass
print("err" in globals())
def shadow_builtin():
    len = lambda s: "custom len"
    return len("abc")
print(shadow_builtin(), len("abc"))
def uses_global_after_local_assignment_error():
    try:
        print(x)
        x = 1
    except UnboundLocalError:
        return "UnboundLocalError"
print(uses_global_after_local_assignment_error())
def nested_comprehension_scope():
    base = 5
    return [[base + i + j for j in range(2)] for i in range(2)]
print(nested_comprehension_scope())
def default_evaluated_in_definition_scope(v=x):
    return v
x = "changed"
print(default_evaluated_in_definition_scope())
lambdas = {name: (lambda n=name: n.upper()) for name in ["a", "b"]}
print(lambdas["a"](), lambdas["b"]())
