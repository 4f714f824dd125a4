# ruff: noqa
# context managers written as generator-based helpers (a hand-made contextmanager), nesting, exception handling
class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(func):
    def helper(*args, **kwargs):
        return GeneratorCM(func(*args, **kwargs))
    return helper
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print("suppressed", type(e).__name__, e)
with tag("html") as t1:
    with tag("body") as t2:
        print("content", t1, t2)
with suppress(KeyError, IndexError):
    {}["missing"]
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
        log.append("commit")
    except Exception as e:
        log.append("rollback: %s" % e)
        raise
log = []
with transaction(log):
    log.append("work")
try:
    with transaction(log):
        raise ValueError("boom")
except ValueError:
    pass
print(log)
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def say(self, text):
        print("    " * self.level + text)
with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back to one")
