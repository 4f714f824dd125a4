# ruff: noqa
# exit: 1
# error: RuntimeError: while handling
# an uncaught exception with an implicit context: both tracebacks are printed, joined by CPython's message
def parse(text):
    return int(text)
def load():
    try:
        parse("not a number")
    except ValueError:
        raise RuntimeError("while handling")
print("before")
load()
