# ruff: noqa
# int and float edge cases: floor division and modulo with negative operands, big integers
# crossing the machine word, round() half-to-even, float repr and limits, int(float) truncation,
# divmod, pow with a modulus and negative exponents, nan and inf comparisons, true division
import math
import sys

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-1, 10**20)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b if b else None)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0), (-0.0, 1.0), (1e308, 1e-308)]:
    print(a, b, a // b, a % b, divmod(a, b))

big = 2 ** 63
print(big - 1, big, -big, -big - 1, big * big, (big * big) // 3, (big * big) % 1000007)
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, (sys.maxsize + 1) // 2 == 2 ** 62)
print(abs(-big), -(-big - 1), big >> 3, 1 << 100, (1 << 100) >> 99, -1 >> 70, ~big, big & (big - 1))
fact = 1
for i in range(1, 31):
    fact *= i
print(fact, len(str(fact)), fact % (10 ** 9 + 7), str(fact)[::-1][:10])
print(int("-" + "9" * 25) + 1, int("0x" + "f" * 20, 16), int("1" * 70, 2), hex(2 ** 70), oct(-(2 ** 40)), bin(2 ** 65 + 1))

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16 + 0.5]:
    print(x, round(x), round(x, 2), round(x, 1), math.floor(x), math.ceil(x), int(x), math.trunc(x))
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-2.5), round(7, 0), type(round(7.0)))

for text in ["0.1", "1e-7", "1e16", "123456789012345678", "1.5e300", "-0.0", "inf", "-inf", "nan", "1e-320"]:
    v = float(text)
    print(text, repr(v), str(v), v == v, v * 0 if not math.isinf(v) else "inf*0")
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15, 1 / 3, 2 / 3, 10 / 4, 1e22, 1e21, 123e-10)
print(float(2 ** 53), float(2 ** 53 + 1), int(1e20), int(-1e20), int(2.9999), int(-2.9999), float(10 ** 20))

nan, inf = float("nan"), float("inf")
print(nan == nan, nan != nan, nan < 1, inf > 1e308, -inf < -1e308, inf == inf, inf - inf, inf * -1, max(1, inf))
print(math.isnan(nan), math.isinf(-inf), math.isfinite(1e308), math.copysign(1, -0.0), -0.0 == 0.0)
for base, exp, mod in [(2, 10, 1000), (3, 200, 10 ** 9 + 7), (7, -1, 13), (-2, 5, 7), (12345, 0, 17)]:
    print(base, exp, mod, pow(base, exp, mod))
print(2 ** -2, (-8) ** (1 / 3) if False else "skip", 10 ** -1, (-2) ** 3, 0 ** 0, 0.0 ** 0, pow(2, 0.5))
for bad in [lambda: 1 / 0, lambda: 1 // 0, lambda: 5 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0.0),
            lambda: pow(2, -1, 4), lambda: 2.0 ** 10000, lambda: int(float("inf")), lambda: int(nan),
            lambda: float("1e400x"), lambda: int("12.5"), lambda: math.sqrt(-1)]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print((10 ** 30).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-5).bit_length())
print(7 .as_integer_ratio(), (0.75).as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex())
print(True + True, True * 10, -True, 5 // True, isinstance(True, int), True == 1, hash(True) == hash(1) == hash(1.0))
