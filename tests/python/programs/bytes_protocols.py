# ruff: noqa
# binary data by hand: packing integers with to_bytes/from_bytes, a tiny length-prefixed protocol, checksums, hexdump
def pack_message(kind, payload):
    body = kind.to_bytes(1, "big") + len(payload).to_bytes(2, "big") + payload
    checksum = sum(body) % 256
    return body + bytes([checksum])
def unpack_messages(stream):
    i = 0
    while i < len(stream):
        kind = stream[i]
        length = int.from_bytes(stream[i + 1:i + 3], "big")
        payload = stream[i + 3:i + 3 + length]
        checksum = stream[i + 3 + length]
        ok = sum(stream[i:i + 3 + length]) % 256 == checksum
        yield kind, payload, ok
        i += 4 + length
stream = pack_message(1, b"hello") + pack_message(2, "héllo".encode()) + pack_message(3, b"")
corrupt = bytearray(stream)
corrupt[5] ^= 0xFF
print(stream.hex(" "), len(stream))
print(list(unpack_messages(stream)))
print([(k, ok) for k, _, ok in unpack_messages(bytes(corrupt))])
def hexdump(data, width=8):
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexpart = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print("%04x  %-*s  %s" % (offset, width * 3 - 1, hexpart, text))
hexdump(b"Binary\x00data\xff with some text\n\x01\x02")
values = [0, 1, 127, 128, 255, 256, 65535, -1, -32768]
encoded = b"".join(v.to_bytes(4, "little", signed=True) for v in values)
decoded = [int.from_bytes(encoded[i:i + 4], "little", signed=True) for i in range(0, len(encoded), 4)]
print(decoded == values, encoded[:8], len(encoded))
def varint(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
print([varint(n).hex() for n in [0, 1, 127, 128, 300, 16384, 2 ** 35]])
crc = 0xFFFF
for b in b"123456789":
    crc ^= b << 8
    for _ in range(8):
        crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
print(hex(crc), bytes(range(65, 71)), bytes(reversed(b"abc")), b"%c%c" % (104, 105))
