# ruff: noqa
# exec/eval/compile with explicit namespaces: separate globals and locals, functions defined in exec see
# the globals dict, class bodies in exec, __builtins__ injection, compile modes, code object attributes
g = {}
exec("x = 1\ndef f(y):\n    return x + y\n", g)
print(sorted(k for k in g if k != "__builtins__"), g["f"](10), "__builtins__" in g)
g["x"] = 100
print(g["f"](1))
loc = {}
exec("a = 5\nb = a * 2", {}, loc)
print(loc)
gl = {"base": 3}
lo = {"offset": 4}
print(eval("base + offset", gl, lo), eval("[base * i for i in range(3)]", gl, lo))
exec("def h():\n    return base\nresult = h()", gl, lo)
print(lo["result"], "h" in lo, "h" in gl)
# functions defined with separate locals do not see those locals as globals
exec("z = 1\ndef k():\n    try:\n        return z\n    except NameError as e:\n        return 'NameError: ' + str(e)\nres = k()", {}, lo)
print(lo["res"])
# class body inside exec
ns = {}
exec("""
class Greeter:
    greeting = "hi"
    def greet(self, who):
        return f"{self.greeting}, {who}"
msg = Greeter().greet("exec")
""", ns)
print(ns["msg"], ns["Greeter"].__module__ if "__name__" in ns else "no __name__", ns["Greeter"].__qualname__)
ns2 = {"__name__": "custom_mod"}
exec("class T: pass", ns2)
print(ns2["T"].__module__)
# restricted builtins
safe = {"__builtins__": {"len": len, "str": str}}
print(eval("len('abcd') + 1", safe))
try:
    eval("abs(-1)", safe)
except NameError as e:
    print("NameError:", e)
try:
    eval("open", {"__builtins__": {}})
except NameError as e:
    print("NameError:", e)
# compile modes
code_eval = compile("1 + 2 * 3", "<expr>", "eval")
code_exec = compile("q = 7\nw = q * 6", "<stmts>", "exec")
print(eval(code_eval), type(code_eval).__name__, code_eval.co_filename, code_exec.co_name)
space = {}
exec(code_exec, space)
print(space["w"])
single = compile("40 + 2", "<single>", "single")
exec(single)
print(eval(compile("[n * n for n in range(4)]", "<c>", "eval")))
for src, mode in [("x = ", "exec"), ("a = 1", "eval"), ("def f(:", "exec"), ("1 +* 2", "eval"), ("return 5", "exec"),
                  ("break", "exec"), ("yield 1", "exec"), ("nonlocal q", "exec"), ("f(**x, *y)", "eval")]:
    try:
        compile(src, "<bad>", mode)
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg, e.lineno)
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print("ValueError:", e)
# exec returns None, eval of statements fails
print(exec("1 + 1"), end=" ")
try:
    eval("y = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
# globals() and locals() inside functions, modifications
counter = 0
def bump():
    globals()["counter"] += 1
    return counter
print(bump(), bump(), counter)
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
def locals_snapshot():
    v = 1
    snap = locals()
    v = 2
    return snap["v"], locals()["v"]
print(locals_snapshot())
# eval with a mapping that is not a dict as locals
class Spy(dict):
    def __missing__(self, key):
        return "<%s>" % key
print(eval("first + ' ' + second", {}, Spy(first="one")))
# exec of code defining nested closures and generators
code = """
def counter(start):
    def step():
        nonlocal start
        start += 1
        return start
    return step
c = counter(10)
vals = [c(), c(), c()]
gen = (v * 2 for v in vals)
total = sum(gen)
"""
env = {}
exec(code, env)
print(env["vals"], env["total"])
# code object attributes
def sample(a, b=1, *args, c, **kw):
    local_var = a + b
    return local_var
co = sample.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:6], co.co_nlocals)
print(sample.__defaults__, sample.__kwdefaults__, sample.__name__, sample.__qualname__)
# eval of expressions using comprehension scopes and lambdas with namespaces
print(eval("(lambda n: [i * n for i in range(3)])(k)", {"k": 5}))
print(eval("sorted(vars, key=lambda v: -v)", {"vars": [3, 1, 2]}))
