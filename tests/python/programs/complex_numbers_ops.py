# ruff: noqa
# complex numbers: literals, arithmetic with ints and floats, abs/conjugate, real/imag,
# equality with real numbers, repr of signed zeros and special values, complex() from strings,
# pow, division by zero, the quadratic formula with a negative discriminant
import math

z1, z2 = 3 + 4j, 1 - 2j
print(z1 + z2, z1 - z2, z1 * z2, z1 / z2, -z1, +z2, z1 ** 2, abs(z1), z1.conjugate())
print(z1.real, z1.imag, type(z1.real).__name__, (2j).real, 1j * 1j, 1j ** 2, (1 + 1j) ** 8)
print(z1 == 3 + 4j, (3 + 0j) == 3, (3 + 0j) == 3.0, 2j != 2, hash(3 + 0j) == hash(3), complex(1, 0) == 1)
for text in ["1+2j", "-1.5-0.5j", "3j", "  7 ", "(1+1j)", "-j", "1e3+1e-3j", "inf+nanj"]:
    print(repr(text), complex(text))
for z in [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e20j, complex(1.5, 2), complex(float("inf"), -1)]:
    print(repr(z), str(z))
print(complex(2), complex(2.5, -1), complex(1j, 1j), complex(), complex(True))


def roots(a, b, c):
    disc = b * b - 4 * a * c
    if disc >= 0:
        r = math.sqrt(disc)
        return (-b + r) / (2 * a), (-b - r) / (2 * a)
    r = complex(0, math.sqrt(-disc))
    return (-b + r) / (2 * a), (-b - r) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 2, 1)]:
    x1, x2 = roots(*coeffs)
    a, b, c = coeffs
    check = a * x1 * x1 + b * x1 + c
    print(coeffs, x1, x2, abs(check) < 1e-12)
for bad in [lambda: z1 / 0, lambda: z1 // 2, lambda: z1 % 2, lambda: z1 < z2, lambda: complex("1+2"), lambda: int(z1),
            lambda: complex("x"), lambda: 0j ** -1]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(pow(2j, 3), (1 + 2j) ** 0.5, 2 ** (1j * 0), round(abs(1j ** 0.5), 12), format(1 + 2j, ".2f"), format(3 - 4j, ">12"))
print(sum([1j, 2, 3.5, -1 - 1j]), [c.imag for c in (1j, 2 + 0j, 5)], (1 + 2j).__add__(1), (2).__add__(1j))
