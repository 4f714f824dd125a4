# ruff: noqa
# bytes: literals, items, slices, concatenation, encode/decode, errors
b = b"hello"
print(b, len(b), b[0], b[1:3], list(b[:2]), b + b"!", b * 2, b"ell" in b, 104 in b)
print(b.decode(), "héllo".encode(), "héllo".encode("utf-8").decode("utf-8"), b.hex(), bytes([65, 66, 67]))
print(bytes(3), bytes("abc", "ascii"), b"a,b".replace(b",", b"-"), b"-".join([b"x", b"y"]), b == b"hello")
print(repr(b"it's"), b'"q"', b"\x00\xff\n", b.upper(), sorted([b"b", b"a"]), {b"k": 1}[b"k"])
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError")
try:
    b"\xff".decode()
except UnicodeDecodeError:
    print("UnicodeDecodeError")
