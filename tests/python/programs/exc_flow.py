# ruff: noqa
# try statement flow: else, finally with return/break/continue, exceptions in handlers, nested functions, return values
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        r = 10 / x
    except ValueError as e:
        return "value error: %s" % e
    except ZeroDivisionError:
        return "never"
    else:
        return "else %.1f" % r
    finally:
        print("finally", x)
print(f(0), f(4))
def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())
def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("cleanup", i)
def loop_return():
    for i in range(3):
        try:
            return i
        finally:
            print("leaving with", i)
print(loop_return())
def multi(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__
print(multi(KeyError()), multi(IndexError()), multi(TypeError()))
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("from handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
def nested_finally():
    out = []
    try:
        try:
            out.append(1)
            raise RuntimeError
        finally:
            out.append(2)
    except RuntimeError:
        out.append(3)
    finally:
        out.append(4)
    return out
print(nested_finally())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise ValueError
        break
    except ValueError:
        print("retry", count)
print("count", count)
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen_finally()
for v in g:
    print("got", v)
    break
print("after break")
g.close()
print("closed")
try:
    assert 1 == 2, "assertion message"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("AssertionError:", repr(e))
x = 5
try:
    pass
except:
    print("never")
else:
    print("else without exception")
try:
    raise SystemExit(0)
except BaseException as e:
    print("caught", type(e).__name__, e.code)
