# ruff: noqa
# Hindley-Milner type inference for a small ML-like language: type variables, unification with occurs check,
# let-polymorphism via generalization/instantiation, pretty printing with letters, and error reporting
class TVar:
    next_id = 0
    def __init__(self):
        TVar.next_id += 1
        self.id = TVar.next_id
        self.instance = None
class TCon:
    def __init__(self, name, args=()):
        self.name, self.args = name, list(args)
def fn(a, b):
    return TCon("->", [a, b])
INT, BOOL, STR = TCon("int"), TCon("bool"), TCon("str")
def list_of(t):
    return TCon("list", [t])
def pair(a, b):
    return TCon("*", [a, b])
class TypeError_(Exception):
    pass
def prune(t):
    while isinstance(t, TVar) and t.instance is not None:
        t = t.instance
    return t
def occurs_in(v, t):
    t = prune(t)
    if t is v:
        return True
    return isinstance(t, TCon) and any(occurs_in(v, a) for a in t.args)
def unify(a, b):
    a, b = prune(a), prune(b)
    if isinstance(a, TVar):
        if a is not b:
            if occurs_in(a, b):
                raise TypeError_("recursive type: cannot unify %s with %s" % (show(a), show(b)))
            a.instance = b
    elif isinstance(b, TVar):
        unify(b, a)
    else:
        if a.name != b.name or len(a.args) != len(b.args):
            raise TypeError_("type mismatch: %s vs %s" % (show(a), show(b)))
        for x, y in zip(a.args, b.args):
            unify(x, y)
def show(t, names=None):
    if names is None:
        names = {}
    t = prune(t)
    if isinstance(t, TVar):
        if t.id not in names:
            names[t.id] = "'" + chr(ord("a") + len(names))
        return names[t.id]
    if t.name == "->":
        left = show(t.args[0], names)
        if isinstance(prune(t.args[0]), TCon) and prune(t.args[0]).name == "->":
            left = "(%s)" % left
        return "%s -> %s" % (left, show(t.args[1], names))
    if t.name == "*":
        return "(%s * %s)" % (show(t.args[0], names), show(t.args[1], names))
    if t.args:
        return "%s %s" % (" ".join(show(a, names) for a in t.args), t.name)
    return t.name
def free_type_vars(t):
    t = prune(t)
    if isinstance(t, TVar):
        return {t}
    out = set()
    for a in t.args:
        out |= free_type_vars(a)
    return out
class Scheme:
    def __init__(self, vars_, t):
        self.vars, self.type = vars_, t
def instantiate(s):
    mapping = {v: TVar() for v in s.vars}
    def copy(t):
        t = prune(t)
        if isinstance(t, TVar):
            return mapping.get(t, t)
        return TCon(t.name, [copy(a) for a in t.args])
    return copy(s.type)
def generalize(env, t):
    env_vars = set()
    for s in env.values():
        env_vars |= free_type_vars(s.type) - set(s.vars)
    return Scheme(list(free_type_vars(t) - env_vars), t)
def infer(expr, env):
    kind = expr[0]
    if kind == "int":
        return INT
    if kind == "bool":
        return BOOL
    if kind == "str":
        return STR
    if kind == "var":
        if expr[1] not in env:
            raise TypeError_("unbound variable %s" % expr[1])
        return instantiate(env[expr[1]])
    if kind == "lam":
        arg = TVar()
        new_env = dict(env)
        new_env[expr[1]] = Scheme([], arg)
        return fn(arg, infer(expr[2], new_env))
    if kind == "app":
        f = infer(expr[1], env)
        a = infer(expr[2], env)
        result = TVar()
        unify(f, fn(a, result))
        return result
    if kind == "let":
        value_type = infer(expr[2], env)
        new_env = dict(env)
        new_env[expr[1]] = generalize(env, value_type)
        return infer(expr[3], new_env)
    if kind == "letrec":
        tv = TVar()
        new_env = dict(env)
        new_env[expr[1]] = Scheme([], tv)
        unify(tv, infer(expr[2], new_env))
        new_env[expr[1]] = generalize(env, tv)
        return infer(expr[3], new_env)
    if kind == "if":
        unify(infer(expr[1], env), BOOL)
        t = infer(expr[2], env)
        unify(t, infer(expr[3], env))
        return t
    raise ValueError(kind)
a, b = TVar(), TVar()
BUILTINS = {
    "add": Scheme([], fn(INT, fn(INT, INT))), "eq": Scheme([a], fn(a, fn(a, BOOL))),
    "nil": Scheme([b], list_of(b)), "cons": Scheme([a], fn(a, fn(list_of(a), list_of(a)))),
    "head": Scheme([a], fn(list_of(a), a)), "tail": Scheme([a], fn(list_of(a), list_of(a))),
    "isnil": Scheme([a], fn(list_of(a), BOOL)), "pair": Scheme([a, b], fn(a, fn(b, pair(a, b)))),
    "fst": Scheme([a, b], fn(pair(a, b), a)), "concat": Scheme([], fn(STR, fn(STR, STR))),
    "len": Scheme([], fn(STR, INT)), "show": Scheme([], fn(INT, STR)),
}
def V(n):
    return ("var", n)
def L(p, body):
    return ("lam", p, body)
def A(f, *args):
    for x in args:
        f = ("app", f, x)
    return f
tests = [
    ("identity", L("x", V("x"))),
    ("const", L("x", L("y", V("x")))),
    ("compose", L("f", L("g", L("x", A(V("f"), A(V("g"), V("x"))))))),
    ("apply int", A(L("x", V("x")), ("int", 3))),
    ("let poly", ("let", "id", L("x", V("x")), A(V("pair"), A(V("id"), ("int", 1)), A(V("id"), ("bool", True))))),
    ("lambda mono", A(L("id", A(V("pair"), A(V("id"), ("int", 1)), A(V("id"), ("bool", True)))), L("x", V("x")))),
    ("map", ("letrec", "map", L("f", L("xs", ("if", A(V("isnil"), V("xs")), V("nil"),
                                               A(V("cons"), A(V("f"), A(V("head"), V("xs"))),
                                                 A(V("map"), V("f"), A(V("tail"), V("xs"))))))), V("map"))),
    ("length", ("letrec", "length", L("xs", ("if", A(V("isnil"), V("xs")), ("int", 0),
                                               A(V("add"), ("int", 1), A(V("length"), A(V("tail"), V("xs")))))), V("length"))),
    ("self apply", L("x", A(V("x"), V("x")))),
    ("bad if", ("if", ("int", 1), ("int", 2), ("int", 3))),
    ("branch mismatch", L("b", ("if", V("b"), ("int", 1), ("str", "s")))),
    ("unbound", A(V("nope"), ("int", 1))),
    ("strings", L("s", A(V("concat"), V("s"), A(V("show"), A(V("len"), V("s")))))),
    ("twice", ("let", "twice", L("f", L("x", A(V("f"), A(V("f"), V("x"))))), A(V("twice"), V("twice")))),
    ("fst pair", L("p", A(V("add"), A(V("fst"), V("p")), ("int", 1)))),
    ("eq poly", ("let", "same", L("x", L("y", A(V("eq"), V("x"), V("y")))), A(V("pair"), A(V("same"), ("int", 1), ("int", 2)),
                                                                            A(V("same"), ("str", "a"), ("str", "b"))))),
]
for name, expr in tests:
    try:
        print("%-16s : %s" % (name, show(infer(expr, BUILTINS))))
    except TypeError_ as e:
        print("%-16s ! %s" % (name, e))
