# ruff: noqa
# generator.throw() and close(): exceptions raised at the yield, finally blocks run
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("got", e)
        yield 99
    finally:
        print("cleanup")

g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
g2 = gen()
next(g2)
g2.close()
print("closed")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def counter():
    n = 0
    while True:
        try:
            n = yield n
        except KeyError:
            n = -1
c = counter()
next(c)
print(c.send(5), c.throw(KeyError), c.send(7))
try:
    gen().throw(TypeError("early"))
except TypeError as e:
    print("early", e)
