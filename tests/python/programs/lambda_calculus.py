# ruff: noqa
# untyped lambda calculus: a parser for \x.body syntax, de Bruijn conversion, capture-avoiding substitution,
# normal-order reduction with a step limit, Church numerals/booleans/pairs, SKI combinators via Python closures
class Lam:
    __slots__ = ("param", "body")
    def __init__(self, param, body):
        self.param, self.body = param, body
    def __repr__(self):
        return "\\%s.%r" % (self.param, self.body)
class App:
    __slots__ = ("fn", "arg")
    def __init__(self, fn, arg):
        self.fn, self.arg = fn, arg
    def __repr__(self):
        fn = repr(self.fn) if not isinstance(self.fn, Lam) else "(%r)" % self.fn
        arg = repr(self.arg) if isinstance(self.arg, str) else "(%r)" % self.arg
        return "%s %s" % (fn, arg)
def parse(src):
    tokens = src.replace("(", " ( ").replace(")", " ) ").replace("\\", " \\ ").replace(".", " . ").split()
    pos = 0
    def expr():
        nonlocal pos
        if tokens[pos] == "\\":
            params = []
            pos += 1
            while tokens[pos] != ".":
                params.append(tokens[pos])
                pos += 1
            pos += 1
            body = expr()
            for p in reversed(params):
                body = Lam(p, body)
            return body
        node = atom()
        while pos < len(tokens) and tokens[pos] != ")":
            if tokens[pos] == "\\":
                node = App(node, expr())
            else:
                node = App(node, atom())
        return node
    def atom():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok == "(":
            inner = expr()
            pos += 1
            return inner
        return tok
    return expr()
def free_vars(t):
    if isinstance(t, str):
        return {t}
    if isinstance(t, Lam):
        return free_vars(t.body) - {t.param}
    return free_vars(t.fn) | free_vars(t.arg)
counter = [0]
def fresh(name, avoid):
    while True:
        counter[0] += 1
        cand = "%s%d" % (name.rstrip("0123456789"), counter[0])
        if cand not in avoid:
            return cand
def subst(t, name, value):
    if isinstance(t, str):
        return value if t == name else t
    if isinstance(t, App):
        return App(subst(t.fn, name, value), subst(t.arg, name, value))
    if t.param == name:
        return t
    if t.param in free_vars(value):
        new = fresh(t.param, free_vars(value) | free_vars(t.body))
        return Lam(new, subst(subst(t.body, t.param, new), name, value))
    return Lam(t.param, subst(t.body, name, value))
def step(t):
    if isinstance(t, App):
        if isinstance(t.fn, Lam):
            return subst(t.fn.body, t.fn.param, t.arg)
        s = step(t.fn)
        if s is not None:
            return App(s, t.arg)
        s = step(t.arg)
        if s is not None:
            return App(t.fn, s)
    elif isinstance(t, Lam):
        s = step(t.body)
        if s is not None:
            return Lam(t.param, s)
    return None
def normalize(t, limit=10000):
    for n in range(limit):
        s = step(t)
        if s is None:
            return t, n
        t = s
    return t, limit
def de_bruijn(t, env=()):
    if isinstance(t, str):
        return str(env.index(t)) if t in env else t
    if isinstance(t, Lam):
        return "\\." + de_bruijn(t.body, (t.param,) + env)
    return "(%s %s)" % (de_bruijn(t.fn, env), de_bruijn(t.arg, env))
DEFS = {
    "TRUE": "\\t f. t", "FALSE": "\\t f. f", "AND": "\\p q. p q p", "OR": "\\p q. p p q", "NOT": "\\p. p FALSE TRUE",
    "ZERO": "\\f x. x", "SUCC": "\\n f x. f (n f x)", "PLUS": "\\m n f x. m f (n f x)", "MULT": "\\m n f. m (n f)",
    "POW": "\\b e. e b", "PRED": "\\n f x. n (\\g h. h (g f)) (\\u. x) (\\u. u)", "SUB": "\\m n. n PRED m",
    "ISZERO": "\\n. n (\\x. FALSE) TRUE", "PAIR": "\\a b f. f a b", "FST": "\\p. p TRUE", "SND": "\\p. p FALSE",
    "LEQ": "\\m n. ISZERO (SUB m n)",
}
def expand(src):
    changed = True
    while changed:
        changed = False
        for name in sorted(DEFS, key=len, reverse=True):
            tokens = src.replace("(", " ( ").replace(")", " ) ").split()
            if name in tokens:
                src = " ".join("(" + DEFS[name] + ")" if tok == name else tok for tok in tokens)
                changed = True
    return src
def church(n):
    return "(" + "SUCC " * n + "ZERO" + ")" if n else "ZERO"
def to_int(t):
    result, _ = normalize(App(App(t, "inc"), "0"))
    count = 0
    while isinstance(result, App):
        count += 1
        result = result.arg
    return count
def to_bool(t):
    result, _ = normalize(App(App(t, "yes"), "no"))
    return result == "yes"
print(parse("\\x y. x y (\\z. z)"), de_bruijn(parse("\\x y. x y (\\z. z)")))
print(normalize(parse("(\\x. x x) (\\y. y)")), normalize(parse("(\\x y. x) y")))
for expr in ["PLUS %s %s" % (church(2), church(3)), "MULT %s %s" % (church(3), church(4)), "POW %s %s" % (church(2), church(3)),
             "PRED %s" % church(5), "SUB %s %s" % (church(7), church(3)), "FST (PAIR %s ZERO)" % church(4)]:
    term = parse(expand(expr))
    print(expr[:24], "=", to_int(normalize(term)[0]))
for expr in ["AND TRUE FALSE", "OR FALSE TRUE", "NOT FALSE", "ISZERO ZERO", "ISZERO %s" % church(1), "LEQ %s %s" % (church(2), church(3)),
             "LEQ %s %s" % (church(3), church(2))]:
    print(expr, "=", to_bool(normalize(parse(expand(expr)))[0]))
omega = parse("(\\x. x x) (\\x. x x)")
print("omega steps", normalize(omega, 50)[1])
print(normalize(parse("(\\x. \\y. x) (\\z. y)"))[0])
S = lambda x: lambda y: lambda z: x(z)(y(z))
K = lambda x: lambda y: x
I = S(K)(K)
print(I(42), K("k")("ignored"), S(K)(S)("s-identity") if False else I("id"))
inc = lambda n: n + 1
church_py = lambda n: (lambda f: lambda x: x) if n == 0 else (lambda f: lambda x: f(church_py(n - 1)(f)(x)))
plus = lambda m: lambda n: lambda f: lambda x: m(f)(n(f)(x))
mult = lambda m: lambda n: lambda f: m(n(f))
print(church_py(5)(inc)(0), plus(church_py(3))(church_py(4))(inc)(0), mult(church_py(6))(church_py(7))(inc)(0))
Y = lambda f: (lambda x: f(lambda v: x(x)(v)))(lambda x: f(lambda v: x(x)(v)))
fact = Y(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
fib = Y(lambda self: lambda n: n if n < 2 else self(n - 1) + self(n - 2))
print(fact(20), [fib(i) for i in range(15)])
