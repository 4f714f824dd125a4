# ruff: noqa
# unbounded recursion ends with RecursionError (the traceback compresses the repeated entries)
# exit: 1
# error: RecursionError: maximum recursion depth exceeded
def f(n):
    return f(n + 1)


print("start")
f(0)
