# ruff: noqa
# ints grow past the machine word transparently
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


print(factorial(30), factorial(52) // factorial(50))
big = 2 ** 64
print(big, big - 1, -big, big * big, big // 7, big % 7, big > 10 ** 19, hash(5) == 5)
print(abs(-big), big == 2 ** 64, (big + 1) - big, str(10 ** 30)[:5], len(str(3 ** 200)))
x = 9223372036854775807
print(x + 1, x * 2, -x - 2, x.__add__(1), 0 - (x + 1))
print(1 << 70, (1 << 70) >> 69, (2 ** 100) & 0xFF, (2 ** 100) | 1, int("123456789012345678901234567890"))
print(sum([2 ** 62] * 4), max(2 ** 65, 3), divmod(10 ** 20, 3), float(2 ** 70), 10 ** 20 / 4)
