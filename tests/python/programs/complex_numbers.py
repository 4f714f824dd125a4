# ruff: noqa
# complex numbers: construction, repr, arithmetic with ints/floats, powers, abs, conjugate, comparisons, formatting
zs = [1j, 2 + 3j, -1.5 - 0.5j, complex(3), complex(0, -0.0), complex(-0.0, 1), complex("1e3-2j"), 1 + 0j]
for z in zs:
    print(repr(z), z.real, z.imag, abs(z), z.conjugate(), -z, +z, bool(z), hash(z) == hash(complex(z.real, z.imag)))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, b ** b, 2 ** a, a * 2, 2 / a, 1 + a, a - 1.5)
print((1j) ** 2, 1j ** 1j, (-1) ** 0.5, (-8) ** (1 / 3), (1 + 1j) ** 100, 0j ** 0, (2 + 0j) ** 3)
print(complex(1, 2) == 1 + 2j, 1 + 0j == 1, (1 + 0j) == 1.0, 2j != 2, complex("j") == 1j, complex(" ( 1+1j ) "))
for bad in [lambda: 1j < 2j, lambda: 1 // 1j, lambda: 5 % 2j, lambda: 1j / 0, lambda: 0j ** -1, lambda: complex("1+"),
            lambda: complex("1", 2), lambda: int(1j), lambda: float(2j), lambda: divmod(1j, 1)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(format(3 + 4j, ""), format(3 + 4j, ".2f"), format(-1.5j, "e"), format(1 + 1j, "^20"), format(1 + 1j, ">15.3g"))
print(f"{2.5 - 1j}", f"{1e20 + 1e-20j}", f"{complex('inf-nanj')}", str(1e300 * 1j), repr(complex(1e-300, 1e300)))
import math
def quadratic(a, b, c):
    disc = b * b - 4 * a * c
    root = disc ** 0.5
    return (-b + root) / (2 * a), (-b - root) / (2 * a)
print(quadratic(1, -3, 2), quadratic(1, 2, 5), quadratic(1, 0, 1))
z = 1 + 1j
print(abs(z) == math.sqrt(2), math.atan2(z.imag, z.real), sum([1j, 2, 3.5]), complex(True, False))
class MyComplex(complex):
    def __repr__(self):
        return "MyComplex" + super().__repr__()
m = MyComplex(1, 2)
print(m, m + 1, type(m + 1).__name__, m.real, isinstance(m, complex))
class HasComplex:
    def __complex__(self):
        return 7 + 7j
print(complex(HasComplex()), complex(1.5, HasComplex()) if False else complex(2), complex(real=1, imag=2))
