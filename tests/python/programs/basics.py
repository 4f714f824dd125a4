# ruff: noqa
# ints, bigints, floats, strings
print(1 + 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10)
print(2 ** 100, 10 ** 20 + 1, -(2 ** 70) // 3)
print(3 * 1.5, 1 / 4, 10 / 5, 2.0 ** 0.5)
print(0.1 + 0.2, 1e100, 1.5e-7, float("inf"))
print(True + True, True and False, not None)
print("abc" + "def", "ab" * 3, len("hello"))
print(int("42") + 1, str(3.0), float("2.5"), repr("it's"))
x = 5
x += 3
x *= 2
print(x, x > 10, 3 < x < 20, x == 16)
print(abs(-3), min(3, 1, 2), max([4, 9, 2]), sum(range(10)))
print(divmod(17, 5), round(2.675, 2), round(3.5), round(4.5))
print(hex(255) if False else 255, chr(65), ord("a"))
print(1 < 2.5, 3 == 3.0, 2 ** -1)
