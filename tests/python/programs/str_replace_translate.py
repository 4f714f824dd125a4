# ruff: noqa
# str replace with counts, translate, maketrans (all three forms)
s = "one two one three one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""),
      "aaaa".replace("aa", "b"))
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc-abc".translate(table))
table2 = str.maketrans("ab", "AB", "c")
print("abcabc".translate(table2))
table3 = str.maketrans({"a": "1", "b": None, ord("c"): "33", "d": 100})
print(sorted(table3.items()), "abcd".translate(table3))
print("hello".translate({ord("l"): None}), "hello".translate({104: 72}), "hello".translate({}))
class Upper:
    def __getitem__(self, c):
        if c == ord("e"):
            raise LookupError
        return c - 32
print("hello".translate(Upper()))
try:
    str.maketrans("ab", "c")
except ValueError as e:
    print("ValueError:", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError:", e)
try:
    "x".translate({120: 1.5})
except TypeError as e:
    print("TypeError:", e)
