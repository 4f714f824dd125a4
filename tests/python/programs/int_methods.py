# ruff: noqa
# int methods and attributes: bit_length, bit_count, to_bytes/from_bytes, as_integer_ratio, real/imag/numerator, __index__
for n in [0, 1, -1, 7, 8, 255, 256, -256, 2 ** 63, -(2 ** 63), 10 ** 20]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator, n.as_integer_ratio(),
          n.conjugate(), int.__index__(n))
for n, length, order, signed in [(1024, 2, "big", False), (1024, 4, "little", False), (-1, 1, "big", True),
                                 (-129, 2, "big", True), (255, 1, "little", False), (0, 0, "big", False),
                                 (2 ** 64 - 1, 8, "big", False), (-(2 ** 63), 8, "little", True)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
print((65).to_bytes(1, "big"), (1).to_bytes(), int.from_bytes(b"\x01\x00"), int.from_bytes([1, 2, 3], "little"))
for args in [(256, 1, "big"), (-1, 1, "big"), (1, 1, "middle")]:
    try:
        args[0].to_bytes(args[1], args[2])
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(True.bit_length(), (5).__add__(3), (5).__radd__(3), (5).__sub__(1.0), (7).__floordiv__(2), (-7).__neg__())
print(int.__add__(2, 3), (3).__pow__(4), (3).__pow__(4, 5), (10).__mod__(3), (10).__divmod__(3), (2).__lshift__(3))
print((5).__lt__(6), (5).__eq__(5.0), (5).__eq__("5"), (5).__hash__(), (0).__bool__(), (12).__truediv__(5))
print(int.bit_length(1000), int.to_bytes(5, 2, "big"), (17).__format__("x"), (3).__trunc__(), (3).__floor__(),
      (3).__ceil__(), (3).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2))
