# ruff: noqa
# try/except/else/finally, raise, custom exceptions, chaining, with
class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code


def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise AppError(42, "custom")
    if n == 2:
        return [][1]
    if n == 3:
        return {}["k"]
    return n


for i in range(5):
    try:
        print("ok", risky(i))
    except ValueError as e:
        print("ValueError", e)
    except AppError as e:
        print("AppError", e.code, e, e.args)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, repr(e))
    else:
        print("no error")
    finally:
        print("finally", i)


def with_finally():
    try:
        return "from try"
    finally:
        print("cleanup runs")


print(with_finally())
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise RuntimeError("outer")
except RuntimeError as e:
    print(e, repr(e.__context__))
try:
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(e, repr(e.__cause__))


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None, value)
        return kind is ZeroDivisionError


with Manager() as m:
    print("inside", type(m).__name__)
with Manager():
    1 / 0
print("suppressed")
try:
    x = undefined_name
except NameError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
e = None
try:
    assert 1 == 2, "math is broken"
except AssertionError as err:
    print("assert:", err)
for k in range(3):
    try:
        if k == 1:
            continue
        print("k", k)
    finally:
        print("f", k)
