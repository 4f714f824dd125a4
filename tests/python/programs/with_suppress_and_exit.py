# ruff: noqa
# context managers: __exit__ returning True suppresses, the exception details passed to __exit__,
# nested and multiple managers exiting in reverse order, exceptions raised by __enter__ and by
# __exit__, a manager class used for timing-free transactions, a generator-based manager
class Trace:
    depth = 0

    def __init__(self, name, suppress=()):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("  " * Trace.depth + "enter " + self.name)
        Trace.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Trace.depth -= 1
        label = "exit %s" % self.name
        if exc_type is not None:
            label += " with %s(%s) tb=%s" % (exc_type.__name__, exc, type(tb).__name__)
        print("  " * Trace.depth + label)
        return exc_type is not None and issubclass(exc_type, self.suppress)


with Trace("outer"):
    with Trace("a") as a, Trace("b", suppress=(KeyError,)) as b:
        print("    body", a.name, b.name)
        {}["missing"]
    print("  after suppressed KeyError")
try:
    with Trace("x", suppress=(KeyError,)), Trace("y"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", exc_type.__name__)
        return False


accounts = {"a": 100, "b": 50}


def transfer(src, dst, amount):
    with Transaction(accounts) as store:
        store[src] -= amount
        if store[src] < 0:
            raise ValueError("insufficient funds in %s" % src)
        store[dst] += amount


transfer("a", "b", 30)
print(accounts)
try:
    transfer("b", "a", 500)
except ValueError as e:
    print(e, accounts)


class BadEnter:
    def __enter__(self):
        raise RuntimeError("cannot enter")

    def __exit__(self, *args):
        print("never called")


class BadExit:
    def __enter__(self):
        return "value"

    def __exit__(self, *args):
        raise RuntimeError("exit failed while handling %s" % (args[0].__name__ if args[0] else None))


try:
    with Trace("before"), BadEnter():
        print("not reached")
except RuntimeError as e:
    print("RuntimeError:", e)
for body_fails in (False, True):
    try:
        with BadExit() as v:
            if body_fails:
                raise KeyError("body")
    except RuntimeError as e:
        print("RuntimeError:", e, "| context:", repr(e.__context__))


class Managed:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            next(self.gen, None)
            return False
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as raised:
            if raised is exc:
                return False
            raise
        return False


def opened(name):
    print("open", name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled division in", name)
    finally:
        print("close", name)


with Managed(opened("f1")) as handle:
    print("using", handle)
with Managed(opened("f2")) as handle:
    1 / 0
try:
    with Managed(opened("f3")):
        [][0]
except IndexError as e:
    print("IndexError escaped:", e)
