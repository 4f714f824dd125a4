# ruff: noqa
# __index__: objects usable as integers in indexing, slicing, range, repetition, bin/hex/oct, int(); not floats
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
data = list(range(10))
none_value = None
print(data[Idx(3)], data[Idx(-1)], data[Idx(2):Idx(8):Idx(2)], "hello"[Idx(1)], (1, 2, 3)[Idx(0)])
print(list(range(Idx(5))), list(range(Idx(1), Idx(10), Idx(3))), "ab" * Idx(3), [0] * Idx(2), bytes(Idx(3)))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), int(Idx(7)), operator_index := Idx(4).__index__())
print(slice(Idx(1), Idx(5)).indices(10), range(10)[Idx(3)], pow(2, Idx(10)) if False else "")
for bad in [lambda: data[1.5], lambda: "s" * 2.0, lambda: range(2.0), lambda: bin(2.5), lambda: data[none_value], lambda: data["1"]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "nope"
try:
    data[BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class Big:
    def __index__(self):
        return 2 ** 100
print(data[Big():], data[:Big()] == data, data[:3])
try:
    data[Big()]
except IndexError as e:
    print("IndexError:", e)
import math
print(math.factorial(Idx(5)), math.gcd(Idx(12), Idx(18)), (5).__index__(), True.__index__())
