# ruff: noqa
# exit: 1
# error:     +------------------------------------
# an uncaught exception group: CPython's boxed report (nested groups, a chained member, notes)
def f():
    raise ValueError(1)
def g():
    try:
        f()
    except ValueError as e:
        raise ExceptionGroup("inner", [e, TypeError(2)])
try:
    g()
except ExceptionGroup as eg:
    e2 = KeyError("k")
    e2.add_note("a note")
    raise ExceptionGroup("outer", [eg, e2, RuntimeError("x")]) from None
