# ruff: noqa
# comprehension scopes: loop variables do not leak, walrus binds in the enclosing scope, class-body rules,
# evaluation order of nested clauses, generator expression laziness, set/dict comprehensions
x = "outer x"
squares = [x * x for x in range(5)]
print(squares, x)
print([(i, j) for i in range(3) for j in range(i)])
print([(i, j) for i in range(4) if i % 2 for j in range(i) if j != 1])
print([[j for j in range(i)] for i in range(4)])
print({k: v for k, v in zip("abc", range(3))}, {c.upper() for c in "hello"})
print({(a, b) for a in range(3) for b in range(3) if a + b == 2})
# walrus in comprehension binds in the function scope
def walrus_demo():
    total = 0
    partials = [total := total + v for v in [1, 2, 3, 4]]
    return partials, total
print(walrus_demo())
data = [5, 12, 7, 20, 3]
if any((big := v) > 10 for v in data):
    print("first big", big)
print([y for v in data if (y := v * 2) > 15], y)
# generator expressions: first iterable evaluated eagerly
def noisy(label, seq):
    print("evaluating", label)
    return seq
gen = (a + b for a in noisy("outer", [1, 2]) for b in noisy("inner", [10, 20]))
print("generator created")
print(list(gen))
try:
    bad = (v for v in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (1 / v for v in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# class-body comprehension sees only the outermost iterable from class scope
class K:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    try:
        nested = [v * factor for v in base for factor in base]
    except NameError as e:
        nested = "NameError"
    factor = 10
    try:
        scaled = [v * factor for v in base]
    except NameError as e:
        scaled = "NameError: " + str(e)
print(K.doubled, K.nested, K.scaled)
# comprehension loop variable shadows a global inside only
i = "global i"
res = [i for i in "ab"]
print(res, i)
# nested comprehension referencing outer comprehension variable
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
flat = [v for row in matrix for v in reversed(row)]
print(flat)
# dict comprehension with duplicate keys keeps last, ordering
print({v % 3: v for v in range(10)})
print({w[0]: w for w in "apple avocado banana blueberry cherry".split()})
# set comprehension dedup
print(sorted({len(w) for w in "a bb cc ddd eee f".split()}))
# comprehension with function calls and conditional expression
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([n if n > 2 else -n for n in range(5) if n != 3])
# async-free generator inside comprehension
print([list(range(n)) for n in range(4)])
print(sum(n for n in range(101)), max(len(w) for w in ["ab", "abc", "a"]), min((n * n for n in [3, -4, 2])))
# lambda captured in comprehensions
fns = [lambda v, k=k: v + k for k in range(3)]
print([f(10) for f in fns])
# comprehension inside function using free variables from enclosing function
def scaled(rows, k):
    return [[c * k for c in r] for r in rows]
print(scaled([[1, 2], [3]], 4))
# unpacking in comprehension targets
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([f"{n}:{w}" for n, w in pairs], {w: n for n, w in pairs})
print([(a, rest) for a, *rest in [(1, 2, 3), (4,), (5, 6)]])
# comprehension over dict views and enumerate
d = {"x": 1, "y": 2, "z": 3}
print([k * v for k, v in d.items()], [i for i, k in enumerate(d) if k != "y"])
# generator expression as sole argument and with other args
print(sorted((v for v in [3, 1, 2]), reverse=True), "-".join(str(v) for v in range(4)))
# exhausting a generator expression twice
g2 = (v * v for v in range(3))
print(list(g2), list(g2))
# names in comprehension are local: locals() inside shows iteration variable only within
def show_locals():
    a = 1
    inner = [sorted(locals()) for _ in range(1)]
    return inner
print(show_locals())
# the comprehension's iteration variable can be the same as the iterable name
seq = [1, 2, 3]
print([seq for seq in seq])
# conditional in nested clauses referencing earlier targets
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
