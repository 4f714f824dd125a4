# ruff: noqa
# the same matrix for bytes and bytearray: ASCII-only rules, results keep the receiver's type
methods = ["capitalize", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper",
           "lower", "lstrip", "rstrip", "splitlines", "split", "strip", "swapcase", "title", "upper", "hex"]
samples = [b"", b" ", b"a", b"A", b"aB c", b"Hello World", b"123", b"\xc3\xa9t\xc3\xa9", b"  pad\t",
           b"l1\nl2\r\nl3", b"\x00\xff", b"mIxEd 9 Case"]
for m in methods:
    print(m.ljust(11), [getattr(s, m)() for s in samples])
    arr = [getattr(bytearray(s), m)() for s in samples]
    print(" " * 11, [type(r).__name__ for r in arr[:3]], arr == [getattr(s, m)() for s in samples] or m in ("lower",))
