# ruff: noqa
# float: repr (shortest round trip), str, arithmetic, comparisons with ints, inf/nan, division and modulo rules
values = [0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789.123456789, 5e-324, 1.7976931348623157e308,
          -0.0, 100.0, 1e22, 1e23, 0.000123, 2.5e-7, float(2 ** 53), float(2 ** 53 + 1)]
for v in values:
    print(repr(v), str(v), v == float(repr(v)), -v, abs(v))
inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, nan == nan, nan != nan, inf > 10 ** 400, -inf < -(10 ** 400))
print(inf == inf, nan is nan, 1e308 * 10, -1e308 * 10, 1e-320 / 1e10, float("-0"), float("  1.5e3  "))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (0.3, 0.1), (1e10, 3.3), (-0.0, 1.0), (5, 0.5)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2)
for bad in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.5 % 0, lambda: divmod(1.0, 0.0), lambda: 0.0 ** -1]:
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), 10 ** 400 > 1e308, 0.5 < 1, -1 < -0.5)
print(hash(1.0) == hash(1), hash(0.5), hash(-1.0), hash(1e100) == hash(int(1e100)), hash(inf), hash(-inf), hash(0.0))
print((-8) ** (1 / 3) if False else 8 ** (1 / 3), 2 ** -1, (-2) ** -2, 2.0 ** 0.5, 4 ** 0.5, 0.0 ** 0, 1.5 ** 2)
try:
    print((-8.0) ** 0.5)
except ValueError as e:
    print("ValueError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print("OverflowError:", e)
print(float(10 ** 308), 10 ** 308 / 10 ** 300, 2 ** 1100 // 3 ** 600, 1 / 2 ** 1100 if False else 0)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print(7 / 2, 8 / 2, -7 / 2, 10 ** 20 / 10 ** 10, (10 ** 30 + 1) / 10 ** 15, 1 / 7)
