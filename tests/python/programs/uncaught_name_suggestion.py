# ruff: noqa
# an uncaught NameError: the traceback ends with CPython's "Did you mean" hint, taken from the
# failing frame's local variables first, then globals, then builtins
# exit: 1
# error: NameError: name 'totl' is not defined. Did you mean: 'total'?
def summarize(values):
    total = 0
    for v in values:
        total += v
    try:
        print(lenght(values))
    except NameError as e:
        print("caught:", e)          # str() of the exception has no hint
    return totl / len(values)
print("start")
summarize([1, 2, 3])
