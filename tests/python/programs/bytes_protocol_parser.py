# ruff: noqa
# a binary record format built and parsed with bytes and bytearray: int.to_bytes/from_bytes,
# slicing and indexing into ints, hex(), checksums, bytearray mutation, find/split/join on bytes,
# escapes in bytes reprs
MAGIC = b"KREC"


def encode(records):
    out = bytearray(MAGIC)
    out += len(records).to_bytes(2, "big")
    for name, value, flags in records:
        raw = name.encode("utf-8")
        out.append(len(raw))
        out.extend(raw)
        out += value.to_bytes(4, "little", signed=True)
        out.append(flags & 0xFF)
    checksum = sum(out) & 0xFFFF
    out += checksum.to_bytes(2, "big")
    return bytes(out)


def decode(blob):
    if blob[:4] != MAGIC:
        raise ValueError("bad magic %r" % blob[:4])
    body, check = blob[:-2], int.from_bytes(blob[-2:], "big")
    if sum(body) & 0xFFFF != check:
        raise ValueError("checksum mismatch: %d != %d" % (sum(body) & 0xFFFF, check))
    count = int.from_bytes(blob[4:6], "big")
    pos = 6
    records = []
    for _ in range(count):
        length = blob[pos]
        name = blob[pos + 1:pos + 1 + length].decode("utf-8")
        pos += 1 + length
        value = int.from_bytes(blob[pos:pos + 4], "little", signed=True)
        flags = blob[pos + 4]
        pos += 5
        records.append((name, value, flags))
    return records


records = [("alpha", 1, 0), ("βeta", -2, 3), ("", 2 ** 31 - 1, 255), ("zed", -(2 ** 31), 128)]
blob = encode(records)
print(len(blob), blob[:10], blob.hex()[:40], blob.hex(":", 4)[:35])
print(decode(blob) == records, decode(blob))
corrupt = bytearray(blob)
corrupt[8] ^= 0x20
try:
    decode(bytes(corrupt))
except ValueError as e:
    print("ValueError:", e)
try:
    decode(b"NOPE" + blob[4:])
except ValueError as e:
    print("ValueError:", e)
data = b"key1=val1;key2=val2;;key3=\x00\xff"
print(data.split(b";"), data.find(b"key2"), data.count(b"key"), data.replace(b";;", b";").rstrip(b"\xff"))
print(b"-".join([b"a", b"bc", bytes([100, 101])]), b"abc" * 2, b"x" in b"xyz", 120 in b"xyz", b"%d-%s" % (5, b"five"))
buf = bytearray(b"hello world")
buf[0] = ord("H")
buf[6:11] = b"WORLD!!"
del buf[-1]
buf.insert(5, 44)
print(buf, len(buf), buf.upper(), buf.decode(), bytes(buf[::2]), buf.pop(), buf.index(b"W"))
print(repr(b"\t\n\r\x7f\x80'\"\\"), repr(bytearray(b"it's")), bytes(range(0x41, 0x47)), bytes.fromhex("de ad be ef"))
print(list(b"AZ"), b"A"[0], b"ABC"[-1:], bytes(3), bytearray(2), b"abc" < b"abd", b"\x00".isalnum())
print(b"  strip me  ".strip(), b"Title Case".swapcase(), b"a,b,,c".split(b",", 2), b"12".zfill(5), b"ab".center(6, b"*"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start, e.end)
print(b"\xff\xfe".decode("utf-8", "replace"), b"caf\xc3\xa9".decode(), "naïve".encode("latin-1"), "€".encode())
