# ruff: noqa
# f-strings: nested fields, conversions, format specs with nested replacement fields, = debugging, expressions
import math
name, value, width, prec = "pi", math.pi, 12, 4
print(f"{name}={value:.{prec}f}", f"[{value:>{width}.{prec}}]", f"[{name!r:^{width}}]", f"[{name:*<{width - 4}}]")
print(f"{value=}", f"{value = :.2f}", f"{name=!s}", f"{1 + 2 = }", f"{ name  = }", f"{[1, 2][0]=}")
items = {"a": 1, "b": [1, 2]}
print(f"{items['a']} {items['b'][1]} {len(items)} {sorted(items)!r} {items!s:.8}")
print(f"{'nested ' + f'{1 + 1}'}", f"{f'{name}'.upper()}", f"{'{'}{'}'}", f"{{}} {{{value:.1f}}}")
print(f"{3.14159:{'.2f'}}", f"{12345:{','}}", f"{42:{'x'}}", f"{'left':{'<'}{10}}|")
x = 10
print(f"{x if x > 5 else -x}", f"{(lambda y: y * 2)(x)}", f"{x:#06b}", f"{x:+}", f"{-x:=+8}", f"{x!a}")
print(f"{'é'!a}", f"{'é'!r}", f"{b'bytes'!r}", f"{None!s}", f"{True:>6}", f"{2.5e-10:g}", f"{1e100:.3e}")
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] or "") + "F"
        return format(self.c, spec) + "C"
t = Temp(25)
print(f"{t}", f"{t:.1f}", f"{t:.0F}", f"{t:F}", f"{[t.c]}")
print(f"""multi
line {x}""", f"tab\t{x}")
words = ["alpha", "beta", "gamma"]
print(f"{', '.join(w.title() for w in words)}", f"{len(words):03d}", f"{words[-1][::-1]}")
print(f"{x:{'>' if x > 5 else '<'}{x}}|", f"{{x}}", f"{x!r:>5}{x!s:<5}|")
for n in [0, 7, 1234567, -89]:
    print(f"{n:>10,} {n:<8x} {n:^+9} {n:08.2f}")
print(f"{0.1 + 0.2!r}", f"{0.5:.0%}", f"{1 / 3:.3%}", f"{complex(1, -2)}", f"{3 + 4j:.1f}")
