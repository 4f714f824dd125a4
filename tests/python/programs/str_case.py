# ruff: noqa
# str case mapping: upper, lower, casefold, capitalize, title, swapcase, and the is* predicates on case
words = ["hello", "HELLO", "Hello World", "hELLO wORLD", "ß straße", "ǅungla", "123abc", "abc123def",
         "they're bill's friends", "", "  mixed Case  ", "ÉCOLE", "ﬁsh", "İstanbul", "ΣΑΣ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.casefold(), w.capitalize(), w.title(), w.swapcase(), sep=" | ")
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle())
print("Hello World".istitle(), "Hello world".istitle(), "HELLO".istitle(), "A".istitle(), "1A".istitle())
print("abc".upper().lower() == "abc", "Straße".upper(), len("Straße".upper()))
print("hello-world_foo bar".title(), "o'neil mc-donald".title())
print("123".upper(), "123".isupper(), "A1".isupper(), "a1".islower())
