# ruff: noqa
# walking tracebacks and frames by hand: tb_frame/tb_lineno/tb_next, f_code names, sys._getframe, f_back
import sys
def level3():
    raise LookupError("deep")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except LookupError as e:
    tb = e.__traceback__
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)
def who_called():
    frame = sys._getframe(1)
    return frame.f_code.co_name
def caller_a():
    return who_called()
def caller_b():
    return who_called()
print(caller_a(), caller_b(), sys._getframe().f_code.co_name)
def stack_names():
    names = []
    frame = sys._getframe()
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names
def outer():
    return stack_names()
print(outer())
def local_view():
    a, b = 1, "two"
    return sorted(sys._getframe().f_locals.items())
print(local_view(), sys._getframe().f_globals is globals())
try:
    sys._getframe(500)
except ValueError as e:
    print("ValueError:", e)
def line_of_raise():
    x = 1
    raise ValueError(x)
try:
    line_of_raise()
except ValueError as e:
    last = e.__traceback__
    while last.tb_next:
        last = last.tb_next
    print(last.tb_frame.f_code.co_name, last.tb_lineno, type(last).__name__, type(last.tb_frame).__name__)
