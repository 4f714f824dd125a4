# ruff: noqa
# int(): from strings in every base, underscores, whitespace, signs, from floats, bools and objects; errors
for text, base in [("42", 10), ("-42", 10), ("  +7  ", 10), ("1_000_000", 10), ("ff", 16), ("0xff", 16), ("0xff", 0),
                   ("0o17", 0), ("0b101", 0), ("17", 8), ("z", 36), ("ZZ", 36), ("0", 0), ("00", 0), ("-0b1_1", 0),
                   ("\t\n12\n", 10), ("١٢٣", 10), ("1" * 30, 2), ("0_0", 0), ("10", 2)]:
    print(repr(text), base, int(text, base))
for text, base in [("", 10), ("abc", 10), ("1.5", 10), ("0x", 16), ("08", 0), ("1__0", 10), ("_1", 10), ("1_", 10),
                   ("2", 2), ("12", 37), ("+-1", 10), (" ", 10), ("0b2", 0)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError:", e)
print(int(3.99), int(-3.99), int(1e20), int(True), int(), int(" 5 "), int(b"12"), int(bytearray(b"-3")))
for bad in [float("inf"), float("nan")]:
    try:
        int(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class Ix:
    def __index__(self):
        return 9
class It:
    def __int__(self):
        return 13
print(int(Ix()), int(It()), bin(Ix()), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Ix()])
for bad in [None, [1], "4" * 5000 + "x"]:
    try:
        int(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e)[:60])
try:
    int("12", base="10")
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
print(int("10", base=16), int(x="11") if False else 0, hex(int("deadbeef", 16)), oct(64), bin(-5), hex(-255))
