# ruff: noqa
# exit: 1
# error: expected a non-negative number
# exception notes (add_note): kept on the exception, printed after the message in tracebacks
def check(x):
    if x < 0:
        err = ValueError("bad input")
        err.add_note("x was %d" % x)
        err.add_note("expected a non-negative number")
        raise err
try:
    check(-1)
except ValueError as e:
    print(e.__notes__)
try:
    e = TypeError("t")
    e.add_note(5)
except TypeError as te:
    print("TypeError:", te)
check(-2)
