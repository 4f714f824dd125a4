# ruff: noqa
# print(): sep, end, file, flush, no arguments, many argument kinds, sys.stdout.write
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print(1, 2.5, None, True, [1], (2,), {"k": 3}, {4}, b"x", sep="|")
print(*range(5), sep="-")
print(*"abc", *[1, 2], sep="")
print("to stdout", file=sys.stdout)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print("write returned", n)
for i in range(3):
    print(i, end=" ")
print()
print("multi\nline", "text")
print("", "", sep="x")
print("tab\tseparated", "values")
class Printable:
    def __str__(self):
        return "str-of-object"
    def __repr__(self):
        return "repr-of-object"
print(Printable(), [Printable()], (Printable(),))
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
c = Collector()
print("into", "collector", sep="+", file=c)
print(c.parts)
