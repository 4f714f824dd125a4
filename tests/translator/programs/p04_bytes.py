"""bytes: indexing gives ints, slicing, concatenation, encode/decode."""


def entry_point(argv):
    b = b"abc,def"
    print(len(b), b[0], b[-1], b[1:3], b + b"!", b * 2, b"c" in b, 99 in b)
    print(b.split(b","), b.upper(), b.find(b"d"), b.startswith(b"ab"), b.replace(b",", b";"))
    text = "héllo wörld ✓"
    data = text.encode()
    print(len(text), len(data), data, data.decode() == text)
    print("abc".encode("ascii"), b"\xff".decode("utf-8", "replace"), b"ok".decode("latin-1"))
    total = 0
    for byte in b:
        total += byte
    print(total)
    try:
        b"\xff\xfe".decode()
    except UnicodeDecodeError:
        print("decode error")
    return 0
