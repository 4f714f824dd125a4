# ruff: noqa
# operator precedence and associativity: arithmetic, power, unary, bitwise, shifts, comparison, boolean, conditional
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2, 2 ** -1)
print(10 - 3 - 2, 10 - (3 - 2), 100 / 10 / 5, 100 / (10 / 5), 7 // 2 * 2, 7 % 3 * 2, -7 // 2, -(7 // 2))
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 16 >> 2 - 1, 5 & 3 | 8, 5 & (3 | 8), 6 ^ 3 & 5, (6 ^ 3) & 5)
print(~5 + 1, ~(5 + 1), -~5, ~-5, not 1 + 1 == 3, not (1 + 1 == 3), 1 | 2 == 3, (1 | 2) == 3)
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 1 else 3, [1, 2][0] + 1, "ab"[1:] * 2)
print(2 * 3 % 4, 2 * (3 % 4), 10 - 2 ** 2 * 3, 3 * -1, - - 3, + - + 3, 2 ** 2 ** 0)
print(1 < 2 == True, (1 < 2) == True, 0 or [] or {} or "x", 0 and 1 or 2, 1 and 0 or 3)
x = 5
y = x if x > 3 else -x
z = lambda q: q * 2 if q else 0
print(y, z(4), z(0), (lambda: 1 + 2)(), [i * 2 for i in range(3) if i or i == 0])
print(2 ** 10 // 3 % 7, (2 ** 10) // (3 % 7), 1e3 * 2 ** -3, 3 * 2 ** 2 ** 1)
print(-1 ** 0.5 if False else -(1 ** 0.5), abs(-3) ** 2, [1, 2] * 2 + [3], "a" + "b" * 3)
a, b = 6, 4
print(a & b, a | b, a ^ b, a << 1 >> 2, a >> 1 << 2, a > b > 0, a - b - 1 if a > b else 0)
print(not a == b, a != b != a, (a, b) == (6, 4), a == 6 and b == 4 or False)
