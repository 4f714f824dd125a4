# ruff: noqa
# send-driven generator coroutines: priming, running averages, a grep filter feeding a sink, close() for totals
def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return start
@coroutine
def averager():
    total, count, average = 0.0, 0, None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count
avg = averager()
print([avg.send(v) for v in [10, 20, 30, 5]])
@coroutine
def sink(results):
    try:
        while True:
            results.append((yield))
    except GeneratorExit:
        results.append("<closed>")
@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line.upper())
    finally:
        target.close()
results = []
g = grep("python", sink(results))
for line in ["i like python", "java too", "python rocks", "ruby"]:
    g.send(line)
g.close()
print(results)
@coroutine
def counter():
    counts = {}
    try:
        while True:
            word = yield
            counts[word] = counts.get(word, 0) + 1
    except GeneratorExit:
        print("final counts", sorted(counts.items()))
c = counter()
for w in "a b a c b a".split():
    c.send(w)
c.close()
def running_max():
    best = None
    while True:
        x = yield best
        if x is None:
            return best
        best = x if best is None else max(best, x)
rm = running_max()
next(rm)
for v in [3, 9, 4]:
    rm.send(v)
try:
    rm.send(None)
except StopIteration as e:
    print("returned", e.value)
@coroutine
def broadcaster(*targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
r1, r2 = [], []
b = broadcaster(sink(r1), sink(r2))
b.send(1)
b.send(2)
print(r1, r2)
