# ruff: noqa
# str split, rsplit, splitlines, partition, rpartition, join
tests = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a\tb\nc\x0bd\x0ce\rf", "a,b,,c,", ",a,"]
for t in tests:
    print(repr(t), t.split(), t.split(" "), t.split(","), t.rsplit(None, 1), t.split(None, 1))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("a"), "aaa".split("aa"))
print("  a  b  ".rsplit(), "  a  b  ".rsplit(maxsplit=1), "x y z".split(sep=" ", maxsplit=1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
lines = "first\nsecond\r\nthird\rfourth\x1cfifth\u2028sixth\n\nlast"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True), "no newline".splitlines())
for t in ["key=value", "key=", "=value", "novalue", "a=b=c"]:
    print(t.partition("="), t.rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
print("-".join("abc"), ", ".join(["x", "y"]), "".join([]), "+".join(("1",)), " ".join(map(str, range(5))))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print("TypeError:", e)
print(" | ".join(k for k in {"p": 1, "q": 2}))
