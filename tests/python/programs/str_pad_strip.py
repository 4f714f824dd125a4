# ruff: noqa
# str strip family, padding (center, ljust, rjust, zfill), expandtabs, removeprefix/removesuffix
s = "xxhello worldxx"
print(s.strip("x"), s.lstrip("x"), s.rstrip("x"), s.strip("xd"), s.strip(""), "  \t\n hi \r\n".strip())
print("  hi  ".lstrip(), "|", "  hi  ".rstrip(), "|", "abcba".strip("ab"), "www.example.com".strip("cmowz."))
print("hi".strip(None), "  hi ".rstrip(None))
for width in [0, 1, 2, 5, 6, 9, 10]:
    print(repr("abc".center(width)), repr("abc".center(width, "*")), repr("abcd".center(width, "-")),
          repr("abc".ljust(width, ".")), repr("abc".rjust(width, ".")))
for t in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0"]:
    print(repr(t.zfill(6)), repr(t.zfill(1)))
try:
    "abc".center(10, "ab")
except TypeError as e:
    print("TypeError:", e)
tabs = "a\tbc\tdef\tghij\tk\n12345678\t9"
print(repr(tabs.expandtabs()), repr(tabs.expandtabs(4)), repr(tabs.expandtabs(0)), repr(tabs.expandtabs(1)))
print(repr("\t".expandtabs(3)), repr("ab\r\tc".expandtabs(4)))
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("body"), "body.txt".removesuffix(".txt"),
      "body.txt".removesuffix(""), "".removeprefix("a"))
