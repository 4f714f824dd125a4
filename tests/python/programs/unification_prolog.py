# ruff: noqa
# a tiny Prolog: terms as tuples, variables as a class, unification with occurs check, a substitution
# environment, depth-first resolution with backtracking via generators, and a few classic programs
class Var:
    counter = 0
    def __init__(self, name):
        Var.counter += 1
        self.name = name
        self.id = Var.counter
    def __repr__(self):
        return "_" + self.name
    def __hash__(self):
        return self.id
    def __eq__(self, other):
        return self is other
def walk(t, env):
    while isinstance(t, Var) and t in env:
        t = env[t]
    return t
def occurs(v, t, env):
    t = walk(t, env)
    if t is v:
        return True
    if isinstance(t, tuple):
        return any(occurs(v, a, env) for a in t[1:])
    return False
def unify(a, b, env):
    a, b = walk(a, env), walk(b, env)
    if a is b:
        return env
    if isinstance(a, Var):
        if occurs(a, b, env):
            return None
        new = dict(env)
        new[a] = b
        return new
    if isinstance(b, Var):
        return unify(b, a, env)
    if isinstance(a, tuple) and isinstance(b, tuple):
        if len(a) != len(b) or a[0] != b[0]:
            return None
        for x, y in zip(a[1:], b[1:]):
            env = unify(x, y, env)
            if env is None:
                return None
        return env
    return env if a == b else None
def resolve(t, env):
    t = walk(t, env)
    if isinstance(t, tuple):
        return (t[0],) + tuple(resolve(a, env) for a in t[1:])
    return t
def rename(term, mapping):
    if isinstance(term, Var):
        if term not in mapping:
            mapping[term] = Var(term.name)
        return mapping[term]
    if isinstance(term, tuple):
        return (term[0],) + tuple(rename(a, mapping) for a in term[1:])
    return term
class Program:
    def __init__(self):
        self.clauses = []
    def fact(self, head):
        self.clauses.append((head, []))
    def rule(self, head, *body):
        self.clauses.append((head, list(body)))
    def solve(self, goals, env, depth=0):
        if not goals:
            yield env
            return
        goal, rest = walk(goals[0], env), goals[1:]
        if isinstance(goal, tuple) and goal[0] == "neq":
            if resolve(goal[1], env) != resolve(goal[2], env):
                yield from self.solve(rest, env, depth)
            return
        if isinstance(goal, tuple) and goal[0] == "is":
            value = evaluate(goal[2], env)
            new = unify(goal[1], value, env)
            if new is not None:
                yield from self.solve(rest, new, depth)
            return
        if isinstance(goal, tuple) and goal[0] == "lt":
            if evaluate(goal[1], env) < evaluate(goal[2], env):
                yield from self.solve(rest, env, depth)
            return
        for head, body in self.clauses:
            mapping = {}
            h = rename(head, mapping)
            new = unify(goal, h, env)
            if new is not None:
                yield from self.solve([rename(b, mapping) for b in body] + rest, new, depth + 1)
    def query(self, goal, *variables, limit=20):
        out = []
        for env in self.solve([goal], {}):
            out.append(tuple(show(resolve(v, env)) for v in variables))
            if len(out) >= limit:
                break
        return out
def evaluate(t, env):
    t = walk(t, env)
    if isinstance(t, int):
        return t
    op, a, b = t
    x, y = evaluate(a, env), evaluate(b, env)
    return {"+": x + y, "-": x - y, "*": x * y}[op]
def show(t):
    if isinstance(t, tuple):
        if t[0] == "cons":
            items = []
            while isinstance(t, tuple) and t[0] == "cons":
                items.append(show(t[1]))
                t = t[2]
            tail = "" if t == "nil" else "|" + show(t)
            return "[" + ",".join(items) + tail + "]"
        return "%s(%s)" % (t[0], ",".join(show(a) for a in t[1:]))
    return str(t)
def plist(*items):
    out = "nil"
    for it in reversed(items):
        out = ("cons", it, out)
    return out
V = Var
p = Program()
for parent, child in [("tom", "bob"), ("tom", "liz"), ("bob", "ann"), ("bob", "pat"), ("pat", "jim"), ("liz", "joe")]:
    p.fact(("parent", parent, child))
X, Y, Z = V("X"), V("Y"), V("Z")
p.rule(("grandparent", X, Z), ("parent", X, Y), ("parent", Y, Z))
A, B, C = V("A"), V("B"), V("C")
p.rule(("ancestor", A, B), ("parent", A, B))
p.rule(("ancestor", A, B), ("parent", A, C), ("ancestor", C, B))
S1, S2, P = V("S1"), V("S2"), V("P")
p.rule(("sibling", S1, S2), ("parent", P, S1), ("parent", P, S2), ("neq", S1, S2))
Q, R = V("Q"), V("R")
print(p.query(("grandparent", "tom", Q), Q))
print(p.query(("ancestor", Q, "jim"), Q))
print(p.query(("sibling", Q, R), Q, R))
print(p.query(("parent", "jim", Q), Q))
H, T, L, L2, L3 = V("H"), V("T"), V("L"), V("L2"), V("L3")
p.fact(("append", "nil", L, L))
p.rule(("append", ("cons", H, T), L2, ("cons", H, L3)), ("append", T, L2, L3))
print(p.query(("append", plist(1, 2), plist(3, 4), Q), Q))
print(p.query(("append", Q, R, plist("a", "b", "c")), Q, R))
N, N1, F, F1 = V("N"), V("N1"), V("F"), V("F1")
p.fact(("fact", 0, 1))
p.rule(("fact", N, F), ("lt", 0, N), ("is", N1, ("-", N, 1)), ("fact", N1, F1), ("is", F, ("*", N, F1)))
print(p.query(("fact", 10, Q), Q, limit=1))
E, Rest, Out, W = V("E"), V("Rest"), V("Out"), V("W")
p.rule(("member", E, ("cons", E, Rest)))
p.rule(("member", E, ("cons", W, Rest)), ("member", E, Rest))
print(p.query(("member", Q, plist("x", "y", "z")), Q))
p.fact(("len", "nil", 0))
p.rule(("len", ("cons", W, Rest), N), ("len", Rest, N1), ("is", N, ("+", N1, 1)))
print(p.query(("len", plist(*"hello"), Q), Q))
U = V("U")
print(unify(U, ("f", U), {}), show(resolve(("g", X, Y), unify(("g", X, ("h", Y)), ("g", 1, ("h", 2)), {}))))
print(unify(("f", 1), ("f", 2), {}), unify(("f", 1), ("g", 1), {}), len(unify(("p", X, X), ("p", Y, 3), {})))
