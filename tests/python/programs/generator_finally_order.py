# ruff: noqa
# generators and cleanup order: try/finally around yields, return inside try with finally,
# exceptions thrown in at a yield inside nested try blocks, generator expressions evaluating
# their first iterable eagerly and the rest lazily, closing a generator that yields in finally
log = []


def steps(name):
    log.append(name + " start")
    try:
        for i in range(3):
            try:
                yield i
            finally:
                log.append("%s inner finally %d" % (name, i))
        return "done " + name
    finally:
        log.append(name + " outer finally")


g = steps("g")
print(next(g), next(g))
g.close()
print(log)
log.clear()
print(list(steps("h")), log)
log.clear()


def catcher():
    while True:
        try:
            value = yield "ready"
            log.append("got %r" % (value,))
        except KeyError as e:
            log.append("caught KeyError %s" % e)
            yield "recovered"
        except GeneratorExit:
            log.append("exit requested")
            return


c = catcher()
print(next(c), c.send(1), c.throw(KeyError("k")), next(c), c.send(2))
c.close()
print(log)
log.clear()


def stubborn():
    try:
        yield 1
    finally:
        yield "from finally"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def noisy(label, values):
    for v in values:
        log.append("%s yields %s" % (label, v))
        yield v


def source():
    log.append("source called")
    return noisy("outer", [1, 2])


gen = (x * y for x in source() for y in noisy("inner", [10, 20]))
log.append("genexpr created")
print(next(gen), log)
print(list(gen))
print(log)
log.clear()


def returns_in_finally():
    try:
        yield 1
        return "try value"
    finally:
        log.append("finally runs before StopIteration")


r = returns_in_finally()
next(r)
try:
    next(r)
except StopIteration as e:
    print("StopIteration value:", e.value, log)


def delegating():
    result = yield from steps("sub")
    log.append("sub returned %r" % result)
    yield "after"


log.clear()
d = delegating()
print(list(d), log)
d2 = delegating()
next(d2)
d2.close()
print(log[-3:])
try:
    next(d2)
except StopIteration:
    print("closed delegator is exhausted")
