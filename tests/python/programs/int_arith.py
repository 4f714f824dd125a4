# ruff: noqa
# int arithmetic: floor division and modulo signs, divmod, pow with negative and modular exponents, shifts, big ints
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 1), (2 ** 65, 3), (-(2 ** 65), 7), (10 ** 30, -(10 ** 12)),
         (123456789123456789, 987654321)]
for a, b in pairs:
    print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a / b, -a, +a, abs(a))
for a, b in [(2, 10), (2, 100), (-2, 63), (-2, 64), (3, 0), (0, 0), (7, -1), (2, -2), (10, -3), (-8, 3)]:
    print(a, b, a ** b, pow(a, b))
for a, b, m in [(2, 10, 1000), (3, 200, 13), (-3, 3, 7), (5, -1, 7), (2, -3, 11), (10 ** 20, 10 ** 20, 97), (7, 0, 1)]:
    print(a, b, m, pow(a, b, m))
for bad in [(2, -1, 4), (2, 2, 0), (1.5, 2, 3)]:
    try:
        pow(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for a, s in [(1, 0), (1, 63), (1, 64), (-1, 100), (255, 4), (-255, 4), (2 ** 100, 90), (-(2 ** 100), 99), (5, 200)]:
    print(a << s, a >> s, (a << s) >> s == a)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110, ~0, ~5, ~-1, -(2 ** 70) & 0xFF, (2 ** 70 - 1) ^ -1,
      -12 | 2 ** 66, -5 & -3, ~(2 ** 64))
for bad in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(5, 0), lambda: 0 ** -1, lambda: 2 ** 70 // 0]:
    try:
        bad()
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
x = 1
for i in range(1, 40):
    x *= i
print(x, x // (10 ** 20), x % 1000003, len(str(x)), -x // 7, -x % 7)
print(2 ** 1000 % 10 ** 9, (3 ** 200) // (3 ** 198), 10 ** 50 - 1, int("9" * 40) + 1)
print(sum(range(10 ** 6)), 99999999999 * 99999999999, 12345678901234567890 // 1234567890)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 9223372036854775807 * 2, -(-9223372036854775808))
print(abs(-9223372036854775808), (-9223372036854775808) // -1, 3037000500 * 3037000500)
