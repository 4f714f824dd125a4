# ruff: noqa
# integer conversions between bases: int() with explicit and automatic bases, underscores, signs and
# whitespace, bin/oct/hex of negatives and big numbers, format with '#', manual base conversion both ways
for text, base in [("101", 2), ("-101", 2), ("777", 8), ("ff", 16), ("FF", 16), ("z", 36), ("Zz", 36), ("10", 3),
                   ("0b1010", 0), ("0o17", 0), ("0x1F", 0), ("0B11", 0), ("  42  ", 10), ("+7", 10), ("1_000_000", 10),
                   ("0x_ff", 16), ("0b_1_0", 0), ("0", 0), ("00", 0), ("-0x10", 0), ("\t-12\n", 0), ("1" * 40, 2)]:
    print(repr(text), base, int(text, base))
for text, base in [("2", 2), ("0x10", 10), ("012", 0), ("1__0", 10), ("_1", 10), ("1_", 10), ("", 10), ("-", 10),
                   ("0b", 0), ("12", 1), ("12", 37), ("9", 8), ("1.5", 10), ("0x", 16), (" ", 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(12, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int("12", base="10")
except TypeError as e:
    print("TypeError:", e)
print(int(b"42"), int(bytearray(b"  -7 ")), int("٣٤"), int("１２"), int(3.99), int(-3.99), int("0" * 50 + "1"))
for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 64) + 1, 1234567890123456789]:
    print(n, bin(n), oct(n), hex(n), format(n, "#b"), format(n, "#o"), format(n, "#X"), format(n, "b").count("1"))
print(format(255, "08b"), format(255, "#010b"), format(-5, "+#x"), format(5, " o"), format(48879, "_x"), format(2 ** 20, "_b"))
DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))
def from_base(text, base):
    sign = -1 if text.startswith("-") else 1
    value = 0
    for ch in text.lstrip("-"):
        value = value * base + DIGITS.index(ch.lower())
    return sign * value
for n in [0, 7, -7, 255, 1000, 2 ** 70 + 3, -(3 ** 40)]:
    reps = [to_base(n, b) for b in (2, 3, 7, 16, 36)]
    print(n, reps, all(from_base(r, b) == n == int(r, b) for r, b in zip(reps, (2, 3, 7, 16, 36))))
# balanced ternary and negabinary
def balanced_ternary(n):
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, 3)
        if r == 2:
            r = -1
            n += 1
        out.append("+0-"[1 - r] if r != 0 else "0")
    return "".join(reversed(out))
def negabinary(n):
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, -2)
        if r < 0:
            n, r = n + 1, r + 2
        out.append(str(r))
    return "".join(reversed(out))
print([balanced_ternary(n) for n in range(-4, 9)])
print([negabinary(n) for n in range(-5, 9)])
# roman numerals both ways
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    out = ""
    for value, sym in ROMAN:
        while n >= value:
            out += sym
            n -= value
    return out
def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total
years = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]
print([to_roman(y) for y in years], all(from_roman(to_roman(y)) == y for y in range(1, 4000)))
# int.to_bytes / from_bytes round trips in several sizes and byte orders
for n in [0, 1, 255, 256, 65535, -1, -129, 2 ** 31 - 1, -(2 ** 31)]:
    signed = n < 0 or n >= 2 ** 31 - 1
    size = max(1, (n.bit_length() + 8) // 8)
    big = n.to_bytes(size, "big", signed=True)
    little = n.to_bytes(size, "little", signed=True)
    print(n, big.hex(), little.hex(), int.from_bytes(big, "big", signed=True), int.from_bytes(little, "little", signed=True))
for args in [(256, 1), (-1, 1)]:
    try:
        args[0].to_bytes(args[1], "big")
    except OverflowError as e:
        print("OverflowError:", e)
