# ruff: noqa
# context managers: __exit__ suppression, exceptions raised in __enter__ and __exit__, multiple managers
# unwinding in reverse order, a contextmanager decorator built from generators, ExitStack-like helper,
# return/break/continue passing through with blocks
log = []
class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        if self.fail_exit:
            raise ValueError("exit failed: " + self.name)
        return self.suppress
def run(title, fn):
    log.clear()
    try:
        result = fn()
        print(title, "->", result, log)
    except Exception as e:
        ctx = e.__context__
        print(title, "raised", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None, log)
def plain():
    with CM("a") as x:
        log.append("body " + x)
    return "ok"
run("plain", plain)
def suppressed():
    with CM("a", suppress=True):
        raise KeyError("k")
    return "after"
run("suppressed", suppressed)
def not_suppressed():
    with CM("a"):
        raise KeyError("k")
run("not suppressed", not_suppressed)
def nested_order():
    with CM("outer"), CM("middle"), CM("inner"):
        log.append("body")
        raise IndexError("i")
run("nested order", nested_order)
def inner_suppresses():
    with CM("outer"), CM("inner", suppress=True):
        raise IndexError("i")
    return "continued"
run("inner suppresses", inner_suppresses)
def enter_fails():
    with CM("outer"), CM("bad", fail_enter=True), CM("never"):
        log.append("body")
run("enter fails", enter_fails)
def exit_fails():
    with CM("outer"), CM("bad", fail_exit=True):
        raise IndexError("original")
run("exit fails", exit_fails)
def exit_fails_no_exc():
    with CM("bad", fail_exit=True):
        log.append("body")
run("exit fails clean", exit_fails_no_exc)
def return_through():
    with CM("a"):
        return "returned"
run("return through", return_through)
def loop_control():
    out = []
    for i in range(4):
        with CM("loop%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
run("loop control", loop_control)
# truthy non-bool suppression value
class Truthy(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return [1]
def truthy():
    with Truthy("t"):
        1 / 0
    return "suppressed by a list"
run("truthy", truthy)
# missing protocol methods
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# a contextmanager decorator implemented with generators
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, typ, val, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(val)
        except StopIteration:
            return True
        except BaseException as e:
            if e is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper
@contextmanager
def tag(name):
    print("<%s>" % name, end="")
    try:
        yield name
    finally:
        print("</%s>" % name, end="")
@contextmanager
def swallow(*types):
    try:
        yield
    except types as e:
        print("[swallowed %s: %s]" % (type(e).__name__, e), end="")
with tag("b"), tag("i") as t:
    print(t, end="")
print()
with swallow(ZeroDivisionError):
    1 / 0
print()
try:
    with swallow(KeyError):
        [][1]
except IndexError as e:
    print("IndexError passed through:", e)
# ExitStack-like helper
class ExitStack:
    def __init__(self):
        self.callbacks = []
    def enter_context(self, cm):
        result = cm.__enter__()
        self.callbacks.append(cm.__exit__)
        return result
    def callback(self, fn, *args):
        self.callbacks.append(lambda *exc: fn(*args))
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        suppressed = False
        pending = exc
        while self.callbacks:
            cb = self.callbacks.pop()
            try:
                if cb(*pending):
                    suppressed = True
                    pending = (None, None, None)
            except Exception as e:
                pending = (type(e), e, e.__traceback__)
                suppressed = False
        if pending[1] is not None and pending[1] is not exc[1]:
            raise pending[1]
        return suppressed
log.clear()
with ExitStack() as stack:
    names = [stack.enter_context(CM("res%d" % i)) for i in range(3)]
    stack.callback(log.append, "callback ran")
    log.append("using " + ",".join(names))
print(log)
log.clear()
try:
    with ExitStack() as stack:
        stack.enter_context(CM("keep"))
        stack.enter_context(CM("sup", suppress=True))
        raise ValueError("inside")
    print("suppressed by stack", log)
except ValueError:
    print("not suppressed")
# with statement target unpacking and attribute targets
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
class Holder:
    pass
h = Holder()
with Pair() as (first, [second, third]):
    print(first, second, third)
with Pair() as h.value:
    print(h.value)
# exception info visible inside __exit__ and traceback object
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        print("exit sees", typ.__name__, val.args, type(tb).__name__, tb.tb_lineno > 0)
        return True
with Inspect():
    raise LookupError("detail", 42)
print("done")
