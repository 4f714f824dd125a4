"""Errors raised by builtin operations are ordinary exceptions: IndexError, KeyError, ZeroDivisionError,
ValueError, OverflowError."""
from kit.rlib.rarithmetic import ovfcheck


def entry_point(argv):
    lst = [1, 2, 3]
    d = {1: "one"}
    tests = 0
    try:
        lst[10] = 5
    except IndexError as e:
        print("IndexError", e)
        tests += 1
    try:
        print(d[2])
    except KeyError as e:
        print("KeyError", e)
        tests += 1
    try:
        print(10 % (len(lst) - 3))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
        tests += 1
    try:
        lst.remove(42)
    except ValueError as e:
        print("ValueError", e)
        tests += 1
    try:
        x = ovfcheck(len(lst) * (2 ** 62))
        print(x)
    except OverflowError:
        print("OverflowError")
        tests += 1
    try:
        print(int("12x"))
    except ValueError:
        print("ValueError from int()")
        tests += 1
    print(tests)
    return 0
