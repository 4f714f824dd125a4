# ruff: noqa
# float tables: rounding modes, repr of arithmetic results, str vs repr, formatting of tricky values
values = [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1e-5, 123.456, 1e15 + 0.3, 9.995]
for v in values:
    print("%-22r round0=%-6r round2=%-8r int=%-6d floor-ish=%-6r %.2f %.3g %e" % (
        v, round(v), round(v, 2), int(v), v // 1, v, v, v))
results = [0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 3.0 / 7, 100.0 / 3, 2 ** 0.5, 1e23, 1e22, 4.35 * 100, 1 - 0.9]
print(results)
print([str(r) == repr(r) for r in results])
print([float(repr(r)) == r for r in results])
special = [float("inf"), -float("inf"), float("nan"), -0.0, 5e-324, 1.7976931348623157e308]
for v in special:
    print(repr(v), "%f" % v, "%g" % v, "%e" % v, format(v, ".3"), v * 0 if v == v else "nan", -v)
print(sum([0.1] * 10), 0.1 * 10, [0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9])
print(2 ** 0.5 * 2 ** 0.5, (2 ** 0.5) ** 2 == 2, 1e16 + 1 - 1e16, 1e308 + 1e308, -1e308 - 1e308)
print([round(x / 7, 4) for x in range(-3, 4)], [x / 4 for x in range(-4, 5)])
