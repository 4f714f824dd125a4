# ruff: noqa
# a small Lisp: reader, environments with closures, special forms (define, lambda, if, let, begin), recursion
def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()
def read(tokens):
    tok = tokens.pop(0)
    if tok == "(":
        out = []
        while tokens[0] != ")":
            out.append(read(tokens))
        tokens.pop(0)
        return out
    try:
        return int(tok)
    except ValueError:
        try:
            return float(tok)
        except ValueError:
            return tok
class Env(dict):
    def __init__(self, names=(), values=(), outer=None):
        super().__init__(zip(names, values))
        self.outer = outer
    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise NameError("unbound symbol: " + name)
def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b, "*": lambda a, b: a * b,
                "/": lambda a, b: a / b, "<": lambda a, b: a < b, "=": lambda a, b: a == b, ">": lambda a, b: a > b,
                "list": lambda *a: list(a), "car": lambda l: l[0], "cdr": lambda l: l[1:], "null?": lambda l: l == [],
                "cons": lambda a, l: [a] + l, "length": len})
    return env
class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        return evaluate(self.body, Env(self.params, args, self.env))
def evaluate(x, env):
    while True:
        if isinstance(x, str):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op = x[0]
        if op == "quote":
            return x[1]
        if op == "if":
            x = x[2] if evaluate(x[1], env) else x[3]
            continue
        if op == "define":
            env[x[1]] = evaluate(x[2], env)
            return None
        if op == "lambda":
            return Procedure(x[1], x[2], env)
        if op == "let":
            names = [b[0] for b in x[1]]
            values = [evaluate(b[1], env) for b in x[1]]
            env = Env(names, values, env)
            x = x[2]
            continue
        if op == "begin":
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        fn = evaluate(op, env)
        args = [evaluate(a, env) for a in x[1:]]
        return fn(*args)
def run(src, env):
    return evaluate(read(tokenize(src)), env)
env = standard_env()
for src in ["(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))", "(fact 20)",
            "(define make-adder (lambda (k) (lambda (x) (+ x k))))", "((make-adder 10) 5)",
            "(let ((a 2) (b 3)) (* a b))", "(define map (lambda (f l) (if (null? l) (quote ()) (cons (f (car l)) (map f (cdr l))))))",
            "(map (lambda (x) (* x x)) (list 1 2 3 4))", "(begin (define x 7) (- x))", "(length (list 1 2 3))",
            "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))", "(fib 15)", "(/ 7 2)"]:
    print(src, "=>", run(src, env))
try:
    run("(undefined 1)", env)
except NameError as e:
    print("NameError:", e)
