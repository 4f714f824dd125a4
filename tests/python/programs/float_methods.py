# ruff: noqa
# float methods: is_integer, as_integer_ratio, hex, fromhex, conjugate, real/imag, float() parsing, rounding
for v in [0.0, 1.0, 2.5, -0.75, 0.1, 1e300, 1 / 3, 123.0]:
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate(), v.real, v.imag)
for text in ["0x1p0", "0x1.8p1", "-0x1.fffffffffffffp+1023", "0x.8", "  0x10  ", "inf", "-nan", "0x1p-1074", "1"]:
    print(text, float.fromhex(text))
for text in ["1.5", "-2", "  3e2 ", "1_000.5", "inf", "-Infinity", "nan", "+1E-3", ".5", "5.", "١.٥"]:
    print(repr(text), float(text))
for text in ["", "abc", "1.5.5", "1__0", "0x10", "1e", "in f"]:
    try:
        float(text)
    except ValueError as e:
        print("ValueError:", e)
for bad in [(float("inf"),), (float("nan"),)]:
    try:
        bad[0].as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()), float(True), float(), float(b" 1.25 "), float(10 ** 20))
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2),
      round(1234.5678, 1), round(-0.5), round(5.0, -1), round(15.0, -1), round(25, -1), round(35, -1))
print(type(round(2.5)), type(round(2.5, 0)), round(2.5, 0), round(1e300, 2), round(123, 1), round(-123456, -3))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2), type(math.floor(2.0)), math.isqrt(99))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.copysign(3, -0.0))
