# ruff: noqa
# unicode text: code points beyond BMP, combining marks, case mapping edge cases, sorting by code point, encode sizes
samples = ["naïve café", "Ωμέγα", "日本語テキスト", "emoji 😀🎉", "ﬀ ligature", "İı", "straße", "ǈ titlecase"]
for s in samples:
    print(s, len(s), s.upper(), s.lower(), s.title(), s.casefold(), len(s.encode("utf-8")), s[::-1])
print(sorted(["b", "a", "B", "é", "e", "z", "Z", "ä"]), sorted(["b", "a", "B", "é"], key=str.casefold))
print([hex(ord(c)) for c in "a€😀"], "\U0001F600" == "😀", len("😀"), "😀".encode("utf-8"), chr(0x1F600))
print("é" == "e\u0301", len("e\u0301"), "e\u0301".upper(), "ﬁ".upper(), "ΣΑΣ".lower(), "ΌΣΟΣ".lower())
print("ß".upper(), "ß".casefold(), "ß".swapcase(), "ǅ".swapcase(), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
print("Hello Wörld".encode("utf-8").decode("utf-8"), "ascii only".encode("ascii"), "Ä".encode("latin-1"))
print("日本".center(8, "・"), "x".join("日本語"), "日本語"[1], "日本語".find("語"), "日本語".replace("本", "ほん"))
text = "The Ünïcödé Stríng"
print(text.isascii(), text.encode("ascii", "replace"), text.encode("ascii", "ignore"), text.encode("ascii", "backslashreplace"))
print("١٢٣".isdigit(), int("١٢٣"), "Ⅻ".isnumeric(), "Ⅻ".isdigit(), "½".isnumeric(), float("٣.٥"))
print("\u00a0".isspace(), " \u2003x\u3000 ".strip(), "a\u2029b".splitlines(), "tab\u000bsep".split())
print(ascii("naïve 😀"), repr("naïve 😀"), "%r" % "é", "%a" % "é", f"{'é'!a}")
