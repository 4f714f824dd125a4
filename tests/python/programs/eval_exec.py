# ruff: noqa
# eval and exec run our own compiler at run time; dir, vars, globals, locals
x = 10
print(eval("x * 2 + 1"), eval("[i * i for i in range(4)]"), eval("y + 1", {"y": 41}))
exec("z = x + 5\ndef made(n):\n    return n * z\n")
print(z, made(3))
namespace = {}
exec("a = 1\nb = a + 1", namespace)
print(namespace["a"], namespace["b"], sorted(k for k in namespace if not k.startswith("__")))


def local_view():
    p = 1
    q = "two"
    return sorted(locals().items())


print(local_view(), "x" in globals(), globals()["x"])


class Sample:
    def __init__(self):
        self.one = 1
        self.two = 2


print(vars(Sample()), [n for n in dir(Sample()) if not n.startswith("__")])
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
code = "total = 0\nfor i in range(5):\n    total += i\n"
scope = {}
exec(code, scope)
print(scope["total"])
