# ruff: noqa
# format specs for floats: e E f F g G % n and none, precision, width, sign, grouping, alternate, inf/nan
values = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 1234567.891, 1e-7, 1.5e300, 123456789012345678.0, 0.1, 2.5, 1e16,
          float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".3f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", "10.2f", "<10.2f", "^12.3e", "+.1f",
         " .2f", "010.3f", ",.2f", "_.1f", "#.0f", "#g", ".10g", ".0e", "F", "n", ".2", "#.0e", "015,.2f"]
for v in values:
    print(repr(v), " ".join("[%s]" % format(v, s) for s in specs))
print(format(1.0, ""), format(1e20, ""), format(1e22, ""), format(1.5e-5, ""), format(100.0, ".2"))
print(format(12.5, ".0f"), format(13.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
for bad in ["d", "x", "c", "b"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print("ValueError:", e)
print(f"{3.0:.3}", f"{1/3:.5}", f"{2/3!r}", f"{1e100:.3}", f"{123.456:.2g}", f"{0.00001234:.3g}")
