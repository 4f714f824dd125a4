# ruff: noqa
# exception chaining: implicit __context__, explicit __cause__, raise from None (__suppress_context__), nesting
def show(e):
    print(type(e).__name__, e.args, type(e.__context__).__name__ if e.__context__ else None,
          type(e.__cause__).__name__ if e.__cause__ else None, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise RuntimeError("converted") from k
except RuntimeError as e:
    show(e)
    print(repr(e.__cause__), e.__cause__ is e.__context__)
try:
    try:
        int("x")
    except ValueError:
        raise TypeError("clean") from None
except TypeError as e:
    show(e)
try:
    raise IndexError("explicit") from ValueError("cause object")
except IndexError as e:
    show(e)
try:
    raise KeyError("x") from OSError
except KeyError as e:
    show(e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally runs")
except ValueError as e:
    show(e)
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        try:
            raise TypeError("middle")
        except TypeError:
            raise KeyError("outer")
except KeyError as e:
    show(e)
    print(type(e.__context__.__context__).__name__)
e = ValueError("manual")
e.__cause__ = TypeError("set by hand")
print(e.__cause__, e.__suppress_context__, e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, caught.__suppress_context__)
err = None
try:
    raise OSError("saved")
except OSError as ex:
    err = ex
try:
    ex
except NameError as ne:
    print("NameError:", ne)
print(err, err.args)
def reraise():
    try:
        raise LookupError("original")
    except LookupError:
        raise
try:
    reraise()
except LookupError as e:
    show(e)
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as e:
    show(e)
