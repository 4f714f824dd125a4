# ruff: noqa
# generator internals: gi_frame/gi_running/gi_code/gi_yieldfrom, sending to a just-started generator,
# re-entrancy errors, close() semantics (GeneratorExit, ignoring it), throw() with types and instances,
# yield from delegating to iterators and subgenerators, return values, generator-based coroutines pipeline
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1
g = counter()
print(g.gi_frame is not None, g.gi_running, g.gi_code.co_name, g.gi_frame.f_lineno > 0)
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
print(next(g), g.send(5), g.send(None), g.send("reset"), next(g), g.send(10))
g.close()
print(g.gi_frame, next(g, "closed"))
def reentrant():
    yield gen_ref.send(None)
gen_ref = reentrant()
try:
    next(gen_ref)
except ValueError as e:
    print("ValueError:", e)
def running_state():
    yield gen2.gi_running
gen2 = running_state()
print(next(gen2))
# close(): GeneratorExit raised at the yield; finally runs; yielding again is a RuntimeError
def closer(log):
    try:
        yield 1
        yield 2
    except GeneratorExit:
        log.append("got GeneratorExit")
        raise
    finally:
        log.append("finally")
log = []
c = closer(log)
next(c)
c.close()
c.close()
print(log)
def stubborn(flag):
    while flag:
        try:
            yield "again"
        except GeneratorExit:
            pass
keep_going = [True]
s = stubborn(keep_going)
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
keep_going.clear()
print(next(s, "finished"))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
unstarted = closer([])
unstarted.close()
print(next(unstarted, "never started"))
# throw(): exception types, instances, being caught and the generator continuing
def catcher():
    results = []
    while True:
        try:
            value = yield results
            results.append(("value", value))
        except ValueError as e:
            results.append(("caught", str(e)))
        except KeyError:
            results.append(("key", None))
            return "stopped by KeyError"
t = catcher()
next(t)
t.send(1)
print(t.throw(ValueError("bad")), t.throw(ValueError))
try:
    t.throw(KeyError)
except StopIteration as e:
    print("StopIteration:", e.value)
try:
    t.throw(IndexError("after finish"))
except IndexError as e:
    print("IndexError propagated:", e)
fresh = catcher()
try:
    fresh.throw(ValueError("before start"))
except ValueError as e:
    print("unstarted generator re-raises:", e)
# yield from: delegation of send/throw/close, return value, iterators without send
def inner():
    received = []
    try:
        while len(received) < 3:
            received.append((yield len(received)))
    finally:
        print("  inner finally, received", received)
    return received
def outer():
    result = yield from inner()
    print("  inner returned", result)
    more = yield from [10, 20]
    print("  list delegation returned", more)
    return "outer done"
o = outer()
print(next(o), o.send("a"), o.gi_yieldfrom is not None, o.send("b"), o.send("c"), next(o))
try:
    next(o)
except StopIteration as e:
    print("StopIteration:", e.value)
def outer2():
    try:
        yield from inner()
    except ZeroDivisionError:
        yield "outer caught"
o2 = outer2()
next(o2)
print(o2.throw(ZeroDivisionError))
o3 = outer()
next(o3)
o3.close()
print("o3 closed", o3.gi_frame)
def delegate_to_iterator():
    yield from iter("xy")
    yield from range(2)
    yield from (c.upper() for c in "ab")
print(list(delegate_to_iterator()))
d = delegate_to_iterator()
next(d)
try:
    d.send("not None")
except AttributeError as e:
    print("AttributeError:", e)
# generator expressions have the same protocol
ge = (x * 2 for x in range(3))
print(type(ge).__name__, next(ge), ge.send(None), list(ge), ge.gi_frame)
# a pipeline of coroutines: producer -> filter -> sink
def sink(out):
    while True:
        item = yield
        out.append(item)
def filter_co(pred, target):
    while True:
        item = yield
        if pred(item):
            target.send(item)
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)
evens, big = [], []
s1, s2 = sink(evens), sink(big)
for co in (s1, s2):
    next(co)
f1 = filter_co(lambda v: v % 2 == 0, s1)
f2 = filter_co(lambda v: v > 6, s2)
next(f1)
next(f2)
b = broadcast([f1, f2])
next(b)
for v in range(10):
    b.send(v)
print(evens, big)
# recursion through generators
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest
print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(5)))))
def tree_walk(node, depth=0):
    value, children = node
    yield "  " * depth + str(value)
    for child in children:
        yield from tree_walk(child, depth + 1)
tree = (1, [(2, [(4, []), (5, [])]), (3, [(6, [(7, [])])])])
print("\n".join(tree_walk(tree)))
