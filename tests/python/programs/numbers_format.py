# ruff: noqa
# number formatting and conversions: repr of floats, format specs, rounding, int/float mixing
values = [0.0, -0.0, 1.0, 0.1, 1 / 3, 2 / 3, 1e-7, 123456789.0, 1e16, 1.5e300, -2.5, 100.0, 3.14159265358979]
for v in values:
    print(repr(v), str(v), "%g" % v, "%.3e" % v, f"{v:.4}", f"{v:10.2f}|", f"{v:<12g}|")
for n in [0, 7, -7, 255, 10 ** 12, -(2 ** 40), 2 ** 64]:
    print(n, f"{n:,}", f"{n:_}", f"{n:+d}", f"{n:>8}", f"{n:x}", f"{n:#b}" if abs(n) < 1000 else "", "%05d" % n)
print(int(2.999), int(-2.999), round(2.5), round(3.5), round(-1.5), round(0.5), round(2.675, 2))
print(7 / 7, 7 // 7, 2 ** 0.5 * 2 ** 0.5, 10 % 3, -10 % 3, 10 % -3, 5.5 % 2, -5.5 % 2)
print(float("1_000.5"), int("1_000"), 1e1000, -1e1000, 1e308 * 10 == float("inf"))
print(max(1, 2.0), min(-0.0, 0), 3 == 3.0 == 3, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(sum([0.1] * 3), 1e22, 1e21, 123e-20, 5e-324, 1.7976931348623157e308)
print(divmod(7, -2), divmod(-7.0, 2), (-7) // 2.0, 2 ** 10 // 3 ** 3, 17 >> 2, -17 >> 2, 1 << 62)
print(f"{12345.6789:e}", f"{0.000123:.2%}", f"{42:08.3f}", f"{-42:^9}|", f"{3:*^5}", f"{'s':>3}")
