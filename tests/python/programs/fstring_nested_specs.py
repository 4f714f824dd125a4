# ruff: noqa
# f-strings: nested replacement fields in format specs, conversions !r !s !a, the = debugging
# specifier, quotes and braces escaping, expressions with calls, dicts, conditionals and lambdas
import math

items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 12.0, 1), ("dragonfruit", 3.333, 2)]
width = max(len(name) for name, _, _ in items)
for name, price, qty in items:
    total = price * qty
    print(f"{name:<{width}} | {price:>7.2f} x {qty:<3d}| {total:>{width}.{3}f} |")
print(f"{'total':>{width}} = {sum(p * q for _, p, q in items):,.3f}")

value = 3.14159
for precision in range(4):
    print(f"{value:.{precision}f}", f"{value:{10}.{precision}e}", f"{value:+{precision + 6}.{precision}%}")

name = "Zoë"
print(f"{name!r} {name!s} {name!a} {name!r:>10} {name!a:^12}")
x, y = 7, 3
print(f"{x=}, {y = }, {x * y=}, {x / y=:.3f}, {name=!s}, {name=}")
print(f"{{literal braces}} {x}{{}}{y} {'{'}nested{'}'}")
d = {"key": "value", "n": 42}
print(f"{d['key']} {d['n']:04d} {d!r}")
print(f"{'yes' if x > y else 'no'} {(lambda v: v ** 2)(x)} {[i * i for i in range(x)]}")
print(f"{math.pi:.{x}f} {math.e:10.4} {-0.0:+} {1e300 * 10:>8} {float('nan'):^7}|")
print(f"{255:#x} {255:#o} {255:#b} {255:08b} {-255:x} {65:c} {1234567:_} {1234567:,d}")
print(f"{'left':*<10}|{'right':->10}|{'mid':=^11}|")


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("K"):
            return format(self.celsius + 273.15, spec[:-1] + "f") + "K"
        return format(self.celsius, spec) + "°C"

    def __repr__(self):
        return "Temperature(%r)" % self.celsius

    def __str__(self):
        return "%s degrees" % self.celsius


t = Temperature(21.5)
print(f"{t} | {t:.1F} | {t:.2K} | {t:>8.3} | {t!r} | {t!s:>16} | {t=}")
rows = [(1, "one"), (22, "twenty-two"), (333, "three hundred thirty-three")]
w = max(len(s) for _, s in rows)
for n, s in rows:
    print(f"{n:>{len(str(rows[-1][0]))}}: {s:.<{w}}:{n % 2 == 0!s:>6}")
nested = f"{f'{x:>{y}}':*^{x + y}}"
print(nested, len(nested))
multiline = (
    f"a={x}"
    f"{', ' if x else ''}"
    f"b={y}"
)
print(multiline, f"""triple {x
+ y} quoted""")
