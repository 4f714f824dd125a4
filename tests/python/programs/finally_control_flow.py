# ruff: noqa
# control flow through finally: continue/break/return inside finally, overriding returns and exceptions,
# nested try/finally ordering, finally in loops and in generators
def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append("body %d" % i)
        finally:
            out.append("finally %d" % i)
    return out
print(continue_in_finally())
def return_then_continue():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
print(return_then_continue())
def break_in_finally():
    for i in range(5):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break, i=%d" % i
print(break_in_finally())
def finally_overrides_exception():
    try:
        raise KeyError("lost")
    finally:
        return "finally won"
print(finally_overrides_exception())
def nested_order():
    trace = []
    try:
        try:
            try:
                trace.append("inner body")
                return trace
            finally:
                trace.append("inner finally")
        finally:
            trace.append("middle finally")
    finally:
        trace.append("outer finally")
print(nested_order())
def exception_in_finally():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except TypeError as e:
        return "%s (context %r)" % (e, e.__context__)
print(exception_in_finally())
def loop_with_else_and_finally():
    trace = []
    for i in range(2):
        try:
            trace.append(i)
        finally:
            trace.append("f%d" % i)
    else:
        trace.append("else")
    return trace
print(loop_with_else_and_finally())
def while_finally_counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            if n == 3:
                n *= 10
    return n
print(while_finally_counter())
def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)
print(list(gen()))
