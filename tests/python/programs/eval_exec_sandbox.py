# ruff: noqa
# eval/exec/compile driving a tiny calculator with user-defined variables and functions:
# separate globals and locals, __builtins__ restricted, compile() modes, SyntaxError details,
# exec defining functions that see the given globals, eval of expressions from strings
def make_env():
    env = {"__builtins__": {"abs": abs, "min": min, "max": max, "round": round, "len": len, "range": range}}
    env["pi"] = 3.141592653589793
    return env


env = make_env()
program = [
    "x = 10",
    "y = x * 3 + 1",
    "def area(r):\n    return round(pi * r * r, 2)",
    "z = area(2)",
    "lst = [abs(v) for v in (-1, 2, -3)]",
    "def uses_open():\n    return open",
]
for stmt in program:
    exec(stmt, env)
print({k: v for k, v in env.items() if k not in ("__builtins__", "area", "uses_open")})
for expr in ["x + y", "area(1) * 2", "max(lst) - min(lst)", "len('abc') + z", "[i * x for i in range(3)]"]:
    print(expr, "=", eval(expr, env))
for bad in ["print('hi')", "uses_open()", "undefined_name + 1", "1 / 0", "x +", "(yield)"]:
    try:
        print(eval(bad, env))
    except NameError as e:
        print("NameError:", e)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
local_ns = {}
exec("a = 1\nb = a + 1\nc = [a, b]", {"__builtins__": {}}, local_ns)
print(local_ns)
code = compile("total = sum(values)\nmean = total / len(values)", "<stats>", "exec")
ns = {"values": [2, 4, 9]}
exec(code, ns)
print(ns["total"], ns["mean"], code.co_filename, type(code).__name__)
expr_code = compile("a * b", "<expr>", "eval")
print([eval(expr_code, {"a": a, "b": 10}) for a in range(4)])
single = compile("1 + 1", "<single>", "single")
print(type(single).__name__, eval("(lambda n: n * 2)(21)"), eval("'x' * 3", {}, {}))
try:
    compile("def f(:\n    pass", "<bad>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.filename, e.lineno)
try:
    compile("x = 1", "<m>", "badmode")
except ValueError as e:
    print("ValueError:", e)
counter = 0


def bump():
    global counter
    exec("counter += 5", globals())
    return counter


print(bump(), counter)


def local_view():
    a = 1
    exec("a = 99\nnew_name = 7")
    return a


print(local_view())
template = "{name} scored {points} ({ratio:.0%})"
rows = [("ann", 18, 20), ("bo", 9, 20)]
for name, points, of in rows:
    print(eval("template.format(name=n, points=p, ratio=p / o)", {"template": template, "n": name, "p": points, "o": of}))
