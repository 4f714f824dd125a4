# ruff: noqa
# repr/str/ascii of strings and bytes: quote choice, escapes for control and non-printable characters,
# unicode escapes, raw strings, nested containers, escape sequences in literals
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "nul\x00", "bell\a",
           "back\\slash", "\x7f del", "\x80 c1", "caf\u00e9", "\u2603 snowman", "\U0001F600 emoji", "\u200b zero width",
           "\ufeff bom", "\ud7ff", "\xa0 nbsp", "\u00ad soft hyphen", "\u0378 unassigned", "\U000e0001 tag", ""]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(str(samples[:3]), repr(tuple(samples[3:5])), {"k'": "v\""}, {samples[11]: samples[12]})
byte_samples = [b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", bytes(range(30, 40)), b""]
for b in byte_samples:
    print(repr(b), str(b), len(b))
print(repr(bytearray(b"x'y")), bytearray(b"\x00q"), [bytearray(b"a\"b'")])
# escape sequences in literals
print("\x41\101\u0041\U00000041\N{LATIN CAPITAL LETTER A}", "\N{BULLET}", len("\N{GREEK SMALL LETTER ALPHA}"))
print(r"raw \n \t \x41", R"\\", r"\"", rb"\x00", len(r"\n"), br"\d+".decode())
print("a" "b" 'c' """d""" '''e''', "line1\
continued")
print("""triple "quoted" with 'both'""", '''and "more"''')
# string escapes: octal limits, unknown escapes kept (no warning for valid ones)
print("\0", repr("\0"), repr("\1"), repr("\77"), repr("\101"), repr("\x7e"), repr("\\d"))
# str() vs repr() in containers and formatting
class Thing:
    def __repr__(self):
        return "Thing<'r'>"
    def __str__(self):
        return "Thing(s)"
t = Thing()
print(t, str(t), repr(t), [t], (t,), {1: t}, {t} == {t}, f"{t} {t!r} {t!s} {t!a}", "%s %r %a" % (t, t, t))
print(f"{'caf' + chr(233)!a}", f"{'x'!r:>6}", f"{b'q'!r}", format(repr("z"), "*^9"))
# repr of special floats and numbers inside containers
print([1.0, -0.0, float("inf"), float("nan"), 1e100, 10 ** 20, True, None, ...], repr(1j), repr(-1j), repr(complex(0, -0.0)))
# recursion-safe repr of self-containing containers
a = [1, 2]
a.append(a)
d = {"self": None}
d["self"] = d
print(a, d, repr(a) == str(a))
s = [a, d]
print(s)
# str.isprintable, and characters that repr escapes
print([c for c in "a\tb\x00c\u2028d\u00a0e" if not c.isprintable()], "\u2028".isprintable(), repr("\u2028\u2029"))
# encode escapes
print("caf\u00e9 \u2603".encode("ascii", "backslashreplace"), "caf\u00e9".encode("unicode_escape") if False else "-",
      "\u00e9".encode("utf-8"), "\u00e9".encode("latin-1"), "x\u00e9".encode("ascii", "replace"), "x\u00e9".encode("ascii", "ignore"))
print(b"caf\xc3\xa9".decode("utf-8"), b"caf\xe9".decode("latin-1"), b"a\xffb".decode("utf-8", "replace"),
      b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("utf-8", "backslashreplace"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "\u2603".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
