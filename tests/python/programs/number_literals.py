# ruff: noqa
# numeric literals: decimal, hex, octal, binary, underscores, floats with exponents, imaginary, big literals
print(0, 00, 0_0, 123_456, 0x_FF, 0xff, 0XAB, 0o17, 0O777, 0b1010, 0B_1111_0000, 1_000.000_1)
print(1., .5, 1e3, 1E-3, 1_0e1_0, 3.14e+2, 0e0, 1e308, 1e-320, 2.5e-324, 1e309)
print(1j, 2.5j, 1e2j, 0j, 3 + 4j, 1_0j, (1 + 2j) * 1j, type(1j).__name__, -0j)
print(123456789012345678901234567890, 0xFFFFFFFFFFFFFFFFFFFF, 0o7777777777777777777777, 0b1 << 100)
print(type(1).__name__, type(1.0).__name__, type(1_0).__name__, 1 == 1.0 == 1 + 0j)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 1e16 + 1, 9007199254740993, float(9007199254740993))
print(-0.0, 0.0 == -0.0, str(-0.0), repr(1e-10), repr(1.5e-7), repr(123456789.0), repr(1e15), repr(1e16))
print(1.0e22, 1e21, 123456789012345678.0, 0.000001, 0.0000001, 1.1e-4)
print(0b11 + 0o11 + 0x11 + 11, hex(0o777), oct(0xff), bin(0x1f))
print(999999999999999999999 * 10, -1 * 2 ** 63, 2 ** 63 - 1, -(2 ** 63))
