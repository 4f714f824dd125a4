# ruff: noqa
# lossless transforms and codecs on bytes: run-length encoding, Burrows-Wheeler transform and inverse,
# move-to-front, LZ77 with a sliding window, variable-length integer (LEB128) coding, base85-like packing,
# bit-level writer/reader with Elias gamma codes, all verified by round trips
def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes((j - i, data[i]))
        i = j
    return bytes(out)
def rle_decode(data: bytes) -> bytes:
    out = bytearray()
    for i in range(0, len(data), 2):
        out += bytes([data[i + 1]]) * data[i]
    return bytes(out)
def bwt(s: bytes):
    s = s + b"\x00"
    rotations = sorted(range(len(s)), key=lambda i: s[i:] + s[:i])
    return bytes(s[i - 1] for i in rotations), rotations.index(0)
def ibwt(last: bytes, idx: int) -> bytes:
    n = len(last)
    order = sorted(range(n), key=lambda i: (last[i], i))
    out = bytearray()
    row = idx
    for _ in range(n):
        row = order[row]
        out.append(last[row])
    return bytes(out[:-1]) if out and out[-1] == 0 else bytes(out)
def mtf_encode(data: bytes):
    table = list(range(256))
    out = []
    for b in data:
        i = table.index(b)
        out.append(i)
        table.insert(0, table.pop(i))
    return out
def mtf_decode(codes):
    table = list(range(256))
    out = bytearray()
    for i in codes:
        b = table.pop(i)
        out.append(b)
        table.insert(0, b)
    return bytes(out)
def lz77_encode(data: bytes, window=255, lookahead=15):
    i = 0
    out = []
    while i < len(data):
        best_len, best_off = 0, 0
        for j in range(max(0, i - window), i):
            length = 0
            while length < lookahead and i + length < len(data) and data[j + length] == data[i + length]:
                length += 1
            if length > best_len:
                best_len, best_off = length, i - j
        if best_len >= 3:
            out.append((best_off, best_len, None))
            i += best_len
        else:
            out.append((0, 0, data[i]))
            i += 1
    return out
def lz77_decode(tokens) -> bytes:
    out = bytearray()
    for off, length, literal in tokens:
        if literal is not None:
            out.append(literal)
        else:
            for _ in range(length):
                out.append(out[-off])
    return bytes(out)
def leb128(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)
def unleb128(data: bytes, pos=0):
    result = shift = 0
    while True:
        b = data[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, pos
class BitWriter:
    def __init__(self):
        self.bits = []
    def write(self, value, count):
        for i in range(count - 1, -1, -1):
            self.bits.append((value >> i) & 1)
    def gamma(self, n):
        length = n.bit_length()
        self.write(0, length - 1)
        self.write(n, length)
    def getvalue(self):
        padded = self.bits + [0] * (-len(self.bits) % 8)
        return bytes(int("".join(map(str, padded[i:i + 8])), 2) for i in range(0, len(padded), 8))
class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def bit(self):
        b = (self.data[self.pos // 8] >> (7 - self.pos % 8)) & 1
        self.pos += 1
        return b
    def read(self, count):
        v = 0
        for _ in range(count):
            v = (v << 1) | self.bit()
        return v
    def gamma(self):
        zeros = 0
        while self.bit() == 0:
            zeros += 1
        return (1 << zeros) | self.read(zeros)
def pack85(data: bytes) -> str:
    out = []
    padded = data + b"\0" * (-len(data) % 4)
    for i in range(0, len(padded), 4):
        n = int.from_bytes(padded[i:i + 4], "big")
        chunk = []
        for _ in range(5):
            n, r = divmod(n, 85)
            chunk.append(chr(33 + r))
        out.append("".join(reversed(chunk)))
    text = "".join(out)
    return text[:len(text) - (-len(data) % 4)]
def unpack85(text: str) -> bytes:
    pad = -len(text) % 5
    text += "u" * pad
    out = bytearray()
    for i in range(0, len(text), 5):
        n = 0
        for ch in text[i:i + 5]:
            n = n * 85 + ord(ch) - 33
        out += n.to_bytes(4, "big")
    return bytes(out[:len(out) - pad])
samples = [b"", b"a", b"aaaaaaaabbbbbbbbbbbbcccd", b"banana", b"abracadabra abracadabra abracadabra",
           "sch\u00f6ne gr\u00fc\u00dfe \u2603".encode(), bytes(range(40)) * 3, b"TOBEORNOTTOBEORTOBEORNOT#"]
for s in samples:
    r = rle_encode(s)
    last, idx = bwt(s)
    m = mtf_encode(last)
    lz = lz77_encode(s)
    p85 = pack85(s)
    ok = (rle_decode(r) == s, ibwt(last, idx) == s, mtf_decode(m) == last, lz77_decode(lz) == s, unpack85(p85) == s)
    print(len(s), len(r), last[:12], idx, m[:10], len(lz), p85[:15], ok)
print(bwt(b"banana"), mtf_encode(b"bananaaa"))
print(lz77_encode(b"abcabcabcabcx"))
nums = [0, 1, 127, 128, 300, 16384, 2 ** 32, 2 ** 63 + 5]
encoded = b"".join(leb128(n) for n in nums)
print(encoded.hex())
pos, decoded = 0, []
while pos < len(encoded):
    v, pos = unleb128(encoded, pos)
    decoded.append(v)
print(decoded == nums)
w = BitWriter()
values = [1, 2, 3, 4, 5, 17, 100, 1000, 1]
for v in values:
    w.gamma(v)
blob = w.getvalue()
rd = BitReader(blob)
print(blob.hex(), len(w.bits), [rd.gamma() for _ in values] == values)
