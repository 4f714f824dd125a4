# ruff: noqa
# eval, exec, compile, globals, locals: namespaces, modes, results, errors
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 3}), eval("x", {"x": "g"}, {"x": "l"}), eval(" 1 + 2 "))
ns = {}
exec("a = 5\ndef f(n):\n    return n * a\nb = f(3)", ns)
print(ns["a"], ns["b"], "__builtins__" in ns, sorted(k for k in ns if k != "__builtins__"))
code = compile("print('compiled', 1 + 1)", "<string>", "exec")
exec(code)
expr = compile("2 ** 10", "<expr>", "eval")
print(eval(expr), type(code).__name__)
single = compile("40 + 2", "<single>", "single")
exec(single)
def scope():
    local_var = 1
    loc = locals()
    print(sorted(loc), "local_var" in loc, "x" in globals(), globals()["x"])
scope()
print("x" in locals(), locals() is globals())
exec("print('exec sees', x)")
g = {"v": 1}
l = {"v": 2}
exec("v = v + 100\nw = v", g, l)
print(g["v"], l["v"], l["w"])
for src, mode in [("1 +", "eval"), ("x = ", "exec"), ("return 5", "exec"), ("a b", "eval")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.filename)
try:
    eval("undefined_name")
except NameError as e:
    print("NameError:", e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    compile("1", "<x>", "nonsense")
except ValueError as e:
    print("ValueError:", e)
print(eval("[i * i for i in range(4)]"), eval("lambda q: q + 1")(1), eval("(lambda: x)()"))
exec("class K:\n    val = 7\nresult = K.val", ns)
print(ns["result"], eval("K.val * 2", ns))
print(eval("__name__"), eval("len('abc')", {}), eval("abs(-3)", {"__builtins__": __builtins__}))
