# ruff: noqa
# comprehensions: list/set/dict/generator, nested loops and conditions, scoping (own scope, first iterable evaluated outside), walrus
print([x * y for x in range(1, 4) for y in range(x) if (x + y) % 2])
print({x % 4 for x in range(10)}, {k: v for k, v in zip("abc", range(3)) if v}, sorted({c for c in "banana"}))
print([[j for j in range(i)] for i in range(4)], [(i, j) for i in range(3) for j in range(i, 3) if i != j])
g = (x * x for x in range(5))
print(next(g), list(g), list(g))
x = "outer"
print([x for x in range(3)], x)
items = [1, 2, 3]
print([y for y in items if y > 1 for z in [y] if z < 3])
class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        broken = [v * factor for v in data for factor in data if factor == data[0]]
    except NameError as e:
        broken = "NameError"
print(C.doubled, C.broken)
print([n for n in range(20) if (sq := n * n) > 50 and n % 2], sq)
total = 0
print([total := total + v for v in range(5)], total)
print(sum(v for v in range(10) if v % 3 == 0), max((len(w), w) for w in "a bb ccc dd".split()))
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
print({i: {j: i * j for j in range(2)} for i in range(2)}, [(lambda k: k * 2)(k) for k in range(3)])
funcs = [lambda: v for v in range(3)]
print([f() for f in funcs])
gen = (a for a in range(3))
print(type(gen).__name__, list(zip(gen, "ab")))
try:
    [undefined_thing for _ in range(1)]
except NameError as e:
    print("NameError:", e)
def scope_test():
    base = 10
    return [base + i for i in range(3)], {i: base for i in range(2)}, list(base * i for i in range(2))
print(scope_test())
print([i for i in range(3)] == list(i for i in range(3)), {**{i: i for i in range(2)}}, [*(c for c in "hi")])
try:
    list(1 / (x - 2) for x in range(4))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
nested = [[1, [2]], [3, [4, 5]]]
print([b for a in nested for b in a[1]], [x for x in [y for y in range(6)] if x % 2], [[c] * 2 for c in "ab"])
