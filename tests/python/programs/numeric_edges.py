# ruff: noqa
# int and float edge cases: huge ints, negative zero, inf/nan comparisons, rounding modes, int/float conversion
# limits, true division of big ints, floor division and modulo signs, float repr shortest round-trip
import math
print(2 ** 100, -(2 ** 100), (2 ** 100) // 3, (2 ** 100) % 7, -(2 ** 100) // 7, -(2 ** 100) % 7)
print(10 ** 30 / 10 ** 10, (10 ** 400) // (10 ** 399), 1 / 3, 2 / 3, 10 / 4, -7 / 2)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2, 7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2), divmod(7, -2))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e16 + 1, 1e16 + 2, 2 ** 53 + 1, float(2 ** 53 + 1))
print(repr(0.1), repr(1 / 3), repr(1e22), repr(1e23), repr(1.5e-7), repr(123456789.0), repr(1e15), repr(1e16))
print(-0.0, 0.0 == -0.0, math.copysign(1, -0.0), str(-0.0), repr(-0.0 + 0.0), -0.0 * 5, abs(-0.0))
inf = float("inf")
nan = float("nan")
print(inf, -inf, inf + 1, inf - inf, inf * 0, inf > 10 ** 400, -inf < -(10 ** 400), nan == nan, nan != nan)
print(nan > 1, nan < 1, [nan] == [nan], nan in [nan], min(1, nan), max(nan, 1), sorted([3, 1, 2]))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), 1e308 * 10, -1e308 * 10, 5e-324, 5e-324 / 2)
print(float("1e500"), float("-1e500"), float("  3.25  "), float("+1_000.5"), float("infinity"), float("-NaN"))
for bad in ["", "1e", "1__0", "0x10", "nanx", "1.2.3"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
# rounding
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2), round(-0.4))
print(round(5, -1), round(15, -1), round(25, -1), round(-15, -1), round(123456, -3), round(7, 0), type(round(7.0)))
print(round(1e300, 2), round(float("inf")) if False else "skip", math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(int(2.9), int(-2.9), int(1e20), int(-1e20), int("  42  "), int("-0"), int("1_000"), int(True))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
print((10 ** 400) / (10 ** 399), 2 ** 1023 * 2.0 if False else float(2 ** 1023), (2 ** 1024 - 1) // 2 ** 1000)
# comparisons between ints and floats are exact
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53), 10 ** 400 > 1e308, 1 == 1.0, hash(1) == hash(1.0))
print(hash(0.5), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(1e100) == hash(int(1e100)))
# integer power and negative exponents
print(2 ** -1, (-2) ** 3, (-2) ** -3, 0 ** 0, 0.0 ** 0, pow(2, 10, 1000), pow(3, -1, 7), pow(-3, 3, 5))
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print((-8) ** (1 / 3))
# int methods on edge values
print((0).bit_length(), (-1).bit_length(), (2 ** 100).bit_length(), (255).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "little", signed=True), (10).bit_count(), (-10).bit_count())
print(abs(-(2 ** 70)), -(-(2 ** 70)), ~(2 ** 70), (2 ** 70) >> 65, (2 ** 70) << 3, -(2 ** 70) >> 68, 1 << 0)
# float methods
print((0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (2.0).is_integer(), (2.5).hex(), float.fromhex("0x1.8p1"))
print(1.0.__trunc__(), (7.9).__floor__(), (7.1).__ceil__(), (3.7).__round__(), (3.75).__round__(1))
# float formatting of small/large values
for v in [1e-5, 1e-4, 0.0001234, 123456789012345678.0, 1.0, 100.0, 1e21, 1.23e-300, 2.5e+300]:
    print(repr(v), str(v), "%g" % v, "%e" % v, format(v, ".3"))
# mixed int/float arithmetic stays exact where possible
print(3 * 1.5, 3 + True, True + True, True * 2.5, 7 // 2.0, 7 % 2.0, divmod(7, 2.0), 2 ** 0.5, 4 ** 0.5)
# bool is an int
print(True == 1, False == 0, isinstance(True, int), True + 0, -True, ~True, True << 3, True / 2)
