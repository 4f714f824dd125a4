# ruff: noqa
# yield from: delegation of values, send and throw to the subgenerator, return value, iterables, close
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return "inner-result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer-after"
g = outer()
print(next(g), g.send("A"), g.send("B"))
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(2), (x for x in "yz"), {"k": 1})))
def thrower():
    try:
        yield 1
    except KeyError as e:
        print("inner caught", e)
        yield "after throw"
def delegate():
    yield from thrower()
    yield "delegate end"
d = delegate()
print(next(d), d.throw(KeyError("key")), next(d))
def closer():
    try:
        yield 1
    finally:
        print("inner closed")
def deleg_close():
    try:
        yield from closer()
    finally:
        print("outer closed")
dc = deleg_close()
next(dc)
dc.close()
def tree(n):
    if n == 0:
        yield "leaf"
        return 1
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    return left + right
t = tree(3)
leaves = []
try:
    while True:
        leaves.append(next(t))
except StopIteration as e:
    print(len(leaves), e.value)
def averager():
    total = count = 0
    while True:
        v = yield
        if v is None:
            return total / count
        total += v
        count += 1
def collect(results):
    while True:
        results.append((yield from averager()))
res = []
co = collect(res)
next(co)
for v in [1, 2, 3, None, 10, 20, None]:
    co.send(v)
print(res)
def yf_stop():
    r = yield from iter([1, 2])
    yield r
print(list(yf_stop()))
def gen_return_value():
    return (yield from (x for x in range(3)))
print(list(gen_return_value()))
class Sub:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("custom value")
def uses_iter():
    v = yield from Sub()
    yield v
print(list(uses_iter()))
