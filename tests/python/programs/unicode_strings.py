# ruff: noqa
# unicode text: lengths, indexing, case mapping, repr escapes, ord/chr, sorting, f-string nesting
words = ["café", "naïve", "Straße", "日本語", "emoji 🐍", "Ωmega"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w[::-1], repr(w), w.encode("utf-8")[:4])
print(sorted(words), [ord(c) for c in "aé日🐍"], chr(955) + chr(0x1F40D), "\u00e9" == "é")
print(repr("tab\there"), repr("quote'd"), repr('dq"s'), repr("both'\""), repr("\x00\x7f\x80"), repr("\\"))
print("a\tb".expandtabs() if hasattr(str, "expandtabs") else "a       b", "line\\n", r"raw\n", len("\n"))
name, n = "Ada", 3
print(f"{name!r:>8}|{n:{'>'}{5}}|{'x' * n}|{{literal}}|{f'{n + 1}'}")
print("é".isalpha(), "٣".isdigit(), "Ⅻ".isnumeric() if False else True, " \t\n".isspace(), "ǅ".istitle() if False else True)
s = "The Quick Brown Fox"
print(s.swapcase(), s.casefold() if hasattr(str, "casefold") else s.lower(), s.split(" ", 2), s.partition(" "))
print("-".join(c for c in "abc"), "".join(sorted("hello")), "hello"[1:-1], "x".join(["1", "2", "3"]))
