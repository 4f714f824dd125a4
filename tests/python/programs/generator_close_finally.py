# ruff: noqa
# generator cleanup: finally blocks on close(), exhaustion, exceptions; return in finally; close after completion
log = []
def resource(name):
    log.append("open " + name)
    try:
        for i in range(3):
            yield "%s%d" % (name, i)
    finally:
        log.append("close " + name)
g = resource("a")
print(next(g), next(g))
g.close()
print(log)
log.clear()
print(list(resource("b")), log)
log.clear()
g = resource("c")
next(g)
try:
    g.throw(ValueError("injected"))
except ValueError as e:
    print("propagated:", e)
print(log, next(g, "exhausted"))
def swallow():
    try:
        yield 1
    finally:
        return "finally returns"
s = swallow()
next(s)
try:
    next(s)
except StopIteration as e:
    print("StopIteration value:", e.value)
def nested():
    try:
        yield from resource("inner")
    finally:
        log.append("outer finally")
log.clear()
n = nested()
print(next(n))
n.close()
print(log)
def gen_with_except():
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise
log.clear()
ge = gen_with_except()
next(ge)
ge.close()
print(log)
def yields_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
y = yields_in_finally()
print(next(y), next(y))
try:
    next(y)
except StopIteration:
    print("done")
closed = resource("d")
closed.close()
print(list(closed), log[-1])
