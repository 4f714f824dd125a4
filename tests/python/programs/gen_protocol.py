# ruff: noqa
# generator protocol: send, throw, close, return values through StopIteration, gi_ attributes, states
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            if x is None:
                break
            received.append(x)
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("echo finally", received)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
g = echo()
next(g)
g.close()
g.close()
try:
    next(g)
except StopIteration:
    print("closed generator is exhausted")
g = echo()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught inside:", e)
            yield "recovered"
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c), c.throw(ValueError, "again"))
try:
    c.throw(KeyError("escapes"))
except KeyError as e:
    print("escaped:", e)
print(next(c, "exhausted"))
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns():
    yield 1
    return "done"
r = returns()
print(list(r), r.gi_frame, r.gi_running)
def states():
    yield
st = states()
print(st.gi_frame is not None, type(st).__name__, st.__name__, st.__qualname__)
next(st)
print(st.gi_frame is not None, next(st, "end"), st.gi_frame)
def running():
    print("gi_running inside:", rr.gi_running)
    yield
rr = running()
next(rr)
def raiser():
    yield 1
    raise ValueError("from generator")
try:
    list(raiser())
except ValueError as e:
    print("ValueError:", e)
def pep479():
    yield 1
    raise StopIteration("inner")
try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
thrown = returns()
try:
    thrown.throw(IndexError("before start"))
except IndexError as e:
    print("IndexError:", e, next(thrown, "dead"))
