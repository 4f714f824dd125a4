# ruff: noqa
# exit: 1
# error: TypeError: cannot unpack non-iterable CM object
# with statement: __enter__/__exit__ protocol, suppression, multiple managers, exceptions in enter/exit, nesting
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with CM("a") as a:
    print("inside", a.name)
with CM("outer"), CM("inner") as i:
    print("both", i.name)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppression")
try:
    with CM("p"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with (CM("paren1") as p1,
      CM("paren2") as p2):
    print("parenthesized", p1.name, p2.name)
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with CM("first"), BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e)
class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise TypeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)
def in_function():
    with CM("func"):
        return "returned"
print(in_function())
for n in range(3):
    with CM("loop%d" % n):
        if n == 1:
            continue
        if n == 2:
            break
try:
    with 5:
        pass
except TypeError as e:
    print("TypeError:", e)
class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print("TypeError:", e)
class Transaction:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self.log
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return False
t = Transaction()
with t as log:
    log.append("work")
try:
    with t as log:
        log.append("bad work")
        1 / 0
except ZeroDivisionError:
    pass
print(t.log)
with CM("target") as (x):
    pass
with CM("tuple") as [y]:
    pass
