# ruff: noqa
# numeric builtins: abs, divmod, pow, round, bin/oct/hex, chr/ord, int/float/complex conversions, hash of numbers
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-(2 ** 100)), abs(3 + 4j), abs(-float("inf")))
class A:
    def __abs__(self):
        return "absolute"
print(abs(A()))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17, -5.0), divmod(2 ** 70, 10 ** 9), divmod(True, 2))
print(pow(2, 8), pow(2.0, 3), pow(2, -1), pow(4, 0.5), pow(-8, 1 / 3).real > 0, pow(3, 4, 5), pow(base=2, exp=5), pow(2, 3, mod=3))
print(round(3.14159, 3), round(-3.5), round(7), round(7, -1), round(0.1 + 0.2, 15), round(1.005, 2), round(2 ** 70, -20))
print(bin(10), bin(-10), bin(0), oct(8), oct(-9), hex(255), hex(-1), hex(2 ** 64), bin(True))
for bad in [1.5, "1", None]:
    try:
        hex(bad)
    except TypeError as e:
        print("TypeError:", e)
print(chr(65), chr(0x1F40D), chr(0), repr(chr(127)), ord("A"), ord("é"), ord("🐍"), ord(b"x"), ord(bytearray(b"z")))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: ord(""), lambda: chr("a"), lambda: ord(5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(0.5))
print(hash(10 ** 20), hash(-10 ** 20), hash(1.5), hash(-1.5), hash(1e300), hash(2 ** 100), hash((1, 2)), hash(()), hash((1,)))
print(hash(None) == hash(None), hash(3 + 0j) == hash(3), hash(1j), hash(frozenset()), hash(frozenset([1, 2])))
print(complex(1, 2), complex("3+4j"), complex(" -1.5e3-2j "), complex(2), complex(), complex("j"), complex(1j, 1j))
print(int("0x1f", 16), float("1e-3"), int(-0.9), bool(-0.0), str(1e-7), str(1e16), str(10 ** 15 * 1.0))
print(isinstance(1, (int, float)), isinstance(1.0, (str, (list, float))), issubclass(bool, (str, int)), isinstance(True, float))
