# ruff: noqa
# assignment expressions: in while conditions, comprehensions (binding in the enclosing scope), if, calls, lambdas
data = [3, 8, 1, 9, 4]
it = iter(data)
total = 0
while (item := next(it, None)) is not None:
    total += item
print(total, item)
if (n := len(data)) > 3:
    print("long list of", n)
print([y for x in data if (y := x * x) > 10], y)
print({x: sq for x in range(5) if (sq := x * x) % 2 == 0})
def f(v):
    return v * 10
print([r for v in range(4) if (r := f(v)) != 20])
values = [(name, length) for name in ["ab", "cde", "f"] if (length := len(name)) > 1]
print(values, length)
lines = ["alpha", "", "beta", "gamma", ""]
clean = [s.upper() for line in lines if (s := line.strip())]
print(clean)
print((w := 5) + w, w)
print(any((found := x) > 5 for x in data), found)
print(all((last := x) < 9 for x in data), last)
chunks = []
buffer = list(range(10))
while chunk := buffer[:3]:
    chunks.append(chunk)
    buffer = buffer[3:]
print(chunks)
def scope():
    [(inner := i) for i in range(3)]
    return inner
print(scope())
counter = 0
def bump():
    global counter
    return (counter := counter + 1) if False else counter + 1
print(bump())
print((lambda: (z := 3) * z)())
