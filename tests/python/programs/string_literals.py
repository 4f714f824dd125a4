# ruff: noqa
# string and bytes literals: escapes, raw strings, unicode names, triple quotes, implicit concatenation
print("tab\there", "newline\\n literal", 'single "double" inside', "double 'single' inside")
print("\x41\x42", "\u00e9\u4e2d", "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}\N{BULLET}", "\101\102\7".encode())
print(r"raw \n stays", R"RAW \t", r"\\", len(r"\n"), len("\n"), rb"\x00", Rb"\n", br"\t")
print(b"bytes \x00\xff", B"upper B", b"\n\t\\", b'\'quote\'', len(b"\x00\x01"))
print("""triple
quoted""", '''also
triple''')
print("implicit" " concatenation" ' mixed', "a" "b" "c", ("paren"
                                                         "thesized"))
print(f"f-string {1 + 1}", rf"raw f {2}\n", fr"{3}\t", F"{'upper'}", f'{"quotes"}')
print(repr("\a\b\f\v\0"), repr("\x7f\x80\xa0\xad"), repr("\u2028\u2029"), repr("\ufeff"), repr("\U0010ffff"))
print(repr('\''), repr("\""), repr("'\""), repr("\\"), repr("\r\n"))
s = "line1\
 continued"
print(s)
print(len("\N{LATIN SMALL LETTER E WITH ACUTE}"), "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "e\u0301" == "é")
print("\u0041" == "A", "\x41" == "A", chr(0x263A), "\t".isspace(), "\x00" != "")
print(b"abc" == "abc".encode(), bytes([65]) == b"A", b"\x41" == b"A", b"a" b"b")
print('''It's "fine"''', """She said "hi" and 'bye'""")
print(len("""
"""), """\
no leading newline""")
x = 42
print(f"{x!r:>6}", f"{x:#x}", f"{'nested {braces}'}", f"{{literal}}", f"{x}{x}")
