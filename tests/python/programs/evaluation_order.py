# ruff: noqa
# evaluation order: call arguments, keyword arguments, subscripts and attributes in assignments, augmented
# assignment targets, dict literals, comparisons chains, boolean short-circuit, conditional expressions
trace = []
def t(label, value=None):
    trace.append(label)
    return label if value is None else value
def flush(title):
    print(title, " ".join(str(x) for x in trace))
    trace.clear()
def f(*args, **kwargs):
    return args, sorted(kwargs)
f(t("a"), t("b"), k1=t("c"), k2=t("d"))
flush("call args:")
f(*[t("s1"), t("s2")], t("p"), **{"x": t("kw")}, y=t("y"))
flush("star args:")
class Obj:
    def __init__(self):
        self.items = {}
    def __getattr__(self, name):
        trace.append("getattr " + name)
        return self
    def __setitem__(self, key, value):
        trace.append("setitem %s=%s" % (key, value))
    def __getitem__(self, key):
        trace.append("getitem %s" % key)
        return 10
o = Obj()
t("target", o).x[t("key")] = t("value")
flush("subscript store:")
o.attr = t("rhs")
flush("attr store:")
t("tgt", o)[t("k")] += t("inc", 5)
flush("augmented subscript:")
a = b = t("chained", 1)
flush("chained assignment:")
x, y = t("first"), t("second")
flush("tuple assignment:")
d = {t("k1"): t("v1"), t("k2"): t("v2"), **{t("k3"): t("v3")}}
flush("dict literal:")
lst = [t("e1"), *[t("e2"), t("e3")], t("e4")]
flush("list literal:")
st = {t("s1"), t("s2")}
flush("set literal:")
r = t("L", 1) < t("M", 2) < t("R", 3)
flush("chain true:")
r = t("L", 3) < t("M", 2) < t("R", 3)
flush("chain short:")
r = t("A", 0) and t("B", 1)
flush("and short:")
r = t("A", 1) or t("B", 1)
flush("or short:")
r = t("A", 1) and t("B", 0) or t("C", 2)
flush("and/or mix:")
r = t("then") if t("cond", True) else t("else")
flush("ternary:")
r = t("lhs", 2) + t("mid", 3) * t("rhs", 4)
flush("arith:")
r = t("base", 2) ** t("exp", 3) ** t("exp2", 2)
flush("power:")
r = [t("x%d" % i) for i in range(2) if t("cond%d" % i, True)]
flush("comprehension:")
def g(a=t("default a"), b=t("default b")):
    return a
flush("defaults at def time:")
class C(t("base", object), metaclass=t("meta", type)):
    trace.append("class body")
flush("class statement:")
@t("outer", lambda fn: fn)
@t("inner", lambda fn: fn)
def decorated():
    pass
flush("decorators:")
r = t("obj", {"k": 1})[t("sub", "k")]
flush("subscript load:")
r = t("fn", len)(t("arg", "abc"))
flush("call:")
data = {"k": [0, 0]}
data[t("key", "k")][t("idx", 1)] = t("val", 5)
flush("nested store:")
print(data)
i = 0
lst2 = [0, 0, 0]
i, lst2[i] = 1, 9
print(lst2)
# walrus in arguments
print(f(n := t("walrus", 3), n * 2))
flush("walrus:")
# exception in the middle stops evaluation
try:
    f(t("ok1"), 1 / 0, t("never"))
except ZeroDivisionError:
    pass
flush("exception:")
# del order
dd = {1: 1, 2: 2, 3: 3}
del dd[t("k1", 1)], dd[t("k2", 2)]
flush("del:")
print(dd)
# assert message only evaluated on failure
assert t("assert cond", True), t("message")
flush("assert:")
# with statement: context expression, then __enter__, body, __exit__
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        trace.append("enter " + self.name)
        return self
    def __exit__(self, *exc):
        trace.append("exit " + self.name)
with t("cm1", CM("one")) as a, t("cm2", CM("two")) as b:
    trace.append("body")
flush("with:")
# for loop: iterable evaluated once, targets assigned per item
for trace_target in t("iterable", [1, 2]):
    trace.append("item %d" % trace_target)
flush("for:")
# return in finally-less try with else
def order():
    try:
        trace.append("try")
    except Exception:
        trace.append("except")
    else:
        trace.append("else")
    finally:
        trace.append("finally")
    return "done"
print(order())
flush("try:")
