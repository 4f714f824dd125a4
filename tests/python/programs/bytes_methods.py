# ruff: noqa
# bytes: construction, indexing (ints), slicing, searching with ranges and int needles, split/strip/case, hex
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("héllo", "utf-8"), bytes(b"copy"), bytes(bytearray(b"ba")))
b = b"hello world, hello bytes"
print(b[0], b[-1], b[0:5], b[::-1][:5], b[::3], len(b), list(b[:3]), b"ell" in b, 104 in b, 300 in b if False else 0)
print(b.find(b"hello"), b.find(b"hello", 1), b.rfind(b"hello"), b.find(111), b.count(b"l"), b.count(b"l", 0, 10),
      b.index(b"world"), b.rindex(b"l"), b.startswith(b"hell"), b.endswith((b"x", b"bytes")), b.startswith(b"world", 6))
for bad in [lambda: b.index(b"zz"), lambda: b.find("str"), lambda: bytes("no encoding"), lambda: bytes([256]),
            lambda: bytes(-1), lambda: b"a" + "b", lambda: b[100], lambda: bytes(["x"])]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b.split(), b.split(b", "), b.split(b"l", 2), b.rsplit(b"l", 2), b"  a  b ".split(), b"a\nb\r\nc".splitlines())
print(b.partition(b" "), b.rpartition(b" "), b.replace(b"hello", b"bye"), b.replace(b"l", b"L", 2), b"".join([b"a", bytearray(b"b")]))
print(b"  pad  ".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip(), b"r  ".rstrip(), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"))
print(b"Hello World".upper(), b"Hello World".lower(), b"Hello World".swapcase(), b"hello world".title(), b"hELLO".capitalize())
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\xff".isascii())
print(b"\xe9t\xe9".isalpha(), b"\xc3\xa9".decode(), b"caf\xc3\xa9".decode("utf-8"), b"abc".decode("ascii"), b"\xe9".decode("latin-1"))
print(b"\x00\xff\x10".hex(), b"abcdef".hex(":"), b"abcdef".hex("-", 2), b"abcdef".hex(":", -4), bytes.fromhex("de ad be ef"), bytes.fromhex(""))
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason, e.encoding)
print(b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"))
print("é".encode(), "é".encode("latin-1"), "aé".encode("ascii", "replace"), "aé".encode("ascii", "ignore"), "€".encode("ascii", "xmlcharrefreplace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(b"a" * 3, 2 * b"xy", b"a" + b"b", b"abc" < b"abd", b"abc" == bytearray(b"abc"), b"" == b"", b"a" != "a", sorted([b"b", b"a", b"ab"]))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\\n\t\r\x00\x7f\x80"), str(b"s"), hash(b"x") == hash(b"x"))
print(b"a\tb".expandtabs(4), b"42".zfill(5), b"-7".zfill(4), b"prefix-x".removeprefix(b"prefix-"), b"x.py".removesuffix(b".py"))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"hello".translate(None, b"l"), b"abc".translate(t, b"b"), len(t))
print(list(b"abc"), [x for x in b"\x01\x02"], b"%s and %d" % (b"bytes", 5), b"%x" % 255, b"%5s|%-4c|" % (b"ab", 66))
print(bytes([1, 2]) + bytes(2), b"abc"[1:2], type(b"abc"[1]), b"abcabc".count(b""), b"a,b".split(b","), b"ab".endswith(b""))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), b"%s" % B(), b"%b" % b"bin", b"%a" % "é")
