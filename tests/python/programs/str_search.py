# ruff: noqa
# str searching: find, rfind, index, rindex, count, startswith, endswith, in, with start/end ranges
s = "the quick brown fox jumps over the lazy dog; the end"
for sub in ["the", "fox", "cat", "", "e", "dog;", "t"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
for start, end in [(0, 10), (4, None), (-10, None), (5, 3), (100, 200), (-100, 5), (10, -5)]:
    print(start, end, s.find("e", start, end), s.rfind("e", start, end), s.count("e", start, end),
          s.startswith("q", start, end), s.endswith("d", start, end))
print(s.index("quick"), s.rindex("the"))
for bad in ["cat", "xyz"]:
    try:
        s.index(bad)
    except ValueError as e:
        print("ValueError:", e)
    try:
        s.rindex(bad)
    except ValueError as e:
        print("ValueError:", e)
print(s.startswith(("a", "the")), s.endswith(("end", "x")), s.startswith(()), s.endswith("end", 0, 52))
print("".find(""), "".count(""), "abc".count(""), "aaaa".count("aa"), "abc".find("", 5), "abc".find("", 3))
print("abcabc".rfind("abc", 0, 5), "abcabc".rfind("", 2), "abc".rfind("", 10))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError:", e)
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)
try:
    1 in s
except TypeError as e:
    print("TypeError:", e)
print("ab" * 3, "ab" * 0, "ab" * -1, 3 * "xy")
