# ruff: noqa
# a table of every binary integer operator over small and large operands, errors reported by type
OPS = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b if abs(b) < 70 else "big"),
       ("<<", lambda a, b: a << b if 0 <= b < 70 else a >> -b if b < 0 and False else "skip"),
       (">>", lambda a, b: a >> b if b >= 0 else "neg"), ("&", lambda a, b: a & b), ("|", lambda a, b: a | b),
       ("^", lambda a, b: a ^ b), ("divmod", divmod)]
VALUES = [0, 1, -1, 7, -7, 13, 2 ** 40, -(2 ** 40) + 3, 2 ** 64 + 1]
for name, fn in OPS:
    cells = []
    for a in VALUES:
        for b in VALUES[:6]:
            try:
                r = fn(a, b)
                cells.append(repr(r))
            except ZeroDivisionError:
                cells.append("ZDE")
            except ValueError:
                cells.append("VE")
    print(name, " ".join(cells))
