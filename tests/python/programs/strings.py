# ruff: noqa
# str methods, formatting (f-strings, %, format)
s = "  Hello, World  "
print(s.strip(), s.lower(), s.upper(), s.strip().split(", "), "-".join(["a", "b", "c"]))
print("hello".startswith("he"), "hello".endswith("lo"), "hello".find("l"), "hello".replace("l", "L"))
print("a,b,,c".split(","), "x".center(5, "*"), "42".zfill(5), "abc".title(), "ab" in "cabd")
name = "Ada"
n = 3.14159
print(f"{name} has {n:.2f} and {42:5d}|{'left':<6}|{'right':>6}|{'mid':^7}|")
print(f"{name!r} {1000000:,} {255:x} {255:#o} {0.5:%} {1e-5:e} {12:08.3f}")
print("%s is %d years, %.1f%%" % ("Bob", 30, 99.5), "%5s|%-5s|" % ("a", "b"), "%r" % "q")
print("{} + {} = {}".format(1, 2, 3), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print(str(123), repr(1.0), str([1, "a"]), repr("a\nb"), len("ünïcode"))
print("abc"[1], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "abc" * 2, "a" < "b")
for ch in "hey":
    print(ch, ord(ch))
print("Mississippi".count("ss"), "x=1".partition("="), "A1".isalnum(), " ".isspace())
print("line1\nline2".splitlines(), "CamelCase".swapcase(), "abc".capitalize())
