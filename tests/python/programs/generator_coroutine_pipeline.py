# ruff: noqa
# a push-based pipeline of generator coroutines: priming, send() values through filters,
# close() running finally blocks and GeneratorExit handling, throw() to reset a stage,
# return values surfacing through StopIteration and yield from
def coroutine(func):
    def start(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    start.__name__ = func.__name__
    return start


@coroutine
def sink(log):
    count = 0
    try:
        while True:
            item = yield
            count += 1
            log.append(item)
    except GeneratorExit:
        log.append("sink closed after %d" % count)
        raise


@coroutine
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        target.close()


@coroutine
def numbered(target):
    n = 0
    try:
        while True:
            try:
                line = yield n
            except ValueError:
                n = 0
                continue
            n += 1
            target.send("%d:%s" % (n, line))
    finally:
        target.close()


log = []
pipe = numbered(grep("py", sink(log)))
for word in ["python", "java", "pypy", "rust", "cpython"]:
    pipe.send(word)
pipe.throw(ValueError)
pipe.send("spy")
pipe.close()
print(log)
print(pipe.gi_frame is None)
try:
    pipe.send("again")
except StopIteration:
    print("closed coroutine raises StopIteration")


def averager():
    total = count = 0
    while True:
        value = yield
        if value is None:
            return total / count if count else 0.0
        total += value
        count += 1


def grouper(results, key):
    while True:
        results[key] = yield from averager()


results = {}
for key, values in [("a", [1, 2, 3, 4]), ("b", [10, 20]), ("c", [])]:
    g = grouper(results, key)
    next(g)
    for v in values:
        g.send(v)
    g.send(None)
print(results)


def countdown(n):
    try:
        while n > 0:
            received = yield n
            if received:
                n = received
            else:
                n -= 1
        return "liftoff"
    finally:
        print("  countdown finally at", n)


g = countdown(5)
print(next(g), g.send(None), g.send(2), next(g))
try:
    next(g)
except StopIteration as stop:
    print("returned", stop.value)
g2 = countdown(3)
print(next(g2))
g2.close()
print("closed early; close again is fine:", g2.close())
