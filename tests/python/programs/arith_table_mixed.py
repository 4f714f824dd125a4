# ruff: noqa
# mixed-type arithmetic: int, float, bool and complex operands combined with every arithmetic operator
VALUES = [0, 3, -2, True, False, 2.5, -0.5, 0.0, 1e300, 2j, 1 - 1j]
OPS = ["+", "-", "*", "/", "//", "%", "**"]
for op in OPS:
    row = []
    for a in VALUES:
        for b in VALUES:
            try:
                r = eval("a %s b" % op)
                if isinstance(r, float):
                    row.append("%.6g" % r)
                elif isinstance(r, complex):
                    row.append("(%.4g%+.4gj)" % (r.real, r.imag))
                else:
                    row.append(repr(r))
            except ZeroDivisionError:
                row.append("Z")
            except TypeError:
                row.append("T")
            except OverflowError:
                row.append("O")
    print(op, " ".join(row))
print([type(a + b).__name__ for a in (1, True, 1.0, 1j) for b in (1, True, 1.0, 1j)])
