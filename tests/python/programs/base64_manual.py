# ruff: noqa
# base64, base32 and hex encodings written by hand over bytes, checked by round trips
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b"\x00" * (3 - len(chunk)), "big")
        chars = [ALPHABET[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            chars[len(chunk) + 1:] = "=" * (3 - len(chunk))
        out.extend(chars)
    return "".join(out)
def b64decode(text):
    text = text.rstrip("=")
    bits = "".join(format(ALPHABET.index(c), "06b") for c in text)
    return bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits) - len(bits) % 8, 8))
for sample in [b"", b"f", b"fo", b"foo", b"foobar", "héllo wörld".encode(), bytes(range(10))]:
    enc = b64encode(sample)
    print(repr(sample)[:24], enc, b64decode(enc) == sample)
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
def b32encode(data):
    bits = "".join(format(b, "08b") for b in data)
    bits += "0" * (-len(bits) % 5)
    out = "".join(B32[int(bits[i:i + 5], 2)] for i in range(0, len(bits), 5))
    return out + "=" * (-len(out) % 8)
print(b32encode(b"hello"), b32encode(b"f"), b32encode(b""))
print(bytes.fromhex(b"python".hex()), "".join("%02X" % b for b in b"\x00\xab\xff"))
