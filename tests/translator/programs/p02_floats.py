"""Floats: arithmetic, conversions, repr as CPython, math functions."""
import math


def entry_point(argv):
    xs = [0.1, 1.5, -2.25, 1e100, 1e-7, 3.0, 0.0, 123456.789, 2.0 ** 60]
    for x in xs:
        print(x, repr(x), str(x), x * 2, x / 3, -x, abs(x))
    print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 2.0 ** 0.5, 10 / 4, 1 / 3)
    print(int(3.9), int(-3.9), float(7), float("2.5"), float(" -1e3 "))
    print(math.sqrt(16.0), math.floor(-2.5), math.ceil(2.1), math.fabs(-3.0), math.pi, math.e)
    print(math.sin(0.0), math.cos(0.0), math.log(math.e), math.exp(0.0), math.atan2(1.0, 1.0))
    print(math.isinf(1e308 * 10), math.isnan(float("nan")), math.fmod(7.0, 3.0), math.hypot(3.0, 4.0))
    print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1.23456, 3))
    print(1.0 == 1, 0.5 < 1, 3 * 1.5, 2 + 0.5)
    try:
        print(1.0 / 0.0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(math.sqrt(-1.0))
    except ValueError as e:
        print("ValueError:", e)
    return 0
