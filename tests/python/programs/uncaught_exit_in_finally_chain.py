# ruff: noqa
# exit: 1
# error: RuntimeError: cleanup failed for 'db'
# an exception raised in a finally block while another one is propagating: the new one wins and
# the old one becomes its __context__ (the traceback prints both, joined by "During handling...")
class Resource:
    log = []

    def __init__(self, name, fail_on_close=False):
        self.name = name
        self.fail_on_close = fail_on_close
        self.open = True

    def close(self):
        Resource.log.append("close " + self.name)
        self.open = False
        if self.fail_on_close:
            raise RuntimeError("cleanup failed for %r" % self.name)


def use(resources, action):
    opened = []
    try:
        for r in resources:
            opened.append(r)
            Resource.log.append("open " + r.name)
        return action(opened)
    finally:
        for r in reversed(opened):
            r.close()


def count(rs):
    return len(rs)


def explode(rs):
    raise ValueError("bad query on " + ",".join(r.name for r in rs))


print(use([Resource("a"), Resource("b")], count))
print(Resource.log)
Resource.log.clear()
try:
    use([Resource("x")], explode)
except ValueError as e:
    print("ValueError:", e, e.__context__)
print(Resource.log)
Resource.log.clear()
try:
    use([Resource("db", True)], explode)
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", type(e.__context__).__name__, e.__context__)
    print("suppress flag:", e.__suppress_context__, "cause:", e.__cause__)
print(Resource.log)
use([Resource("cache"), Resource("db", True)], explode)
