# ruff: noqa
# exit: 7
# SystemExit raised inside a generator and a with block: finally clauses and __exit__ run in order while it
# propagates, except Exception does not catch it, and the exit status comes from the code
import sys
class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None, exc.code if typ is SystemExit else "")
        return False
def worker():
    try:
        for i in range(5):
            if i == 2:
                sys.exit(7)
            yield i
    finally:
        print("generator finally")
def main():
    with Guard("outer"):
        try:
            for v in worker():
                print("got", v)
        except Exception as e:
            print("not reached", e)
        finally:
            print("main finally")
try:
    main()
except BaseException as e:
    print("saw", type(e).__name__, e.code, isinstance(e, Exception))
    raise
print("not printed")
