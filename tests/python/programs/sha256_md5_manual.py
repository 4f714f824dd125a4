# ruff: noqa
# SHA-256, MD5, CRC-32 and Adler-32 implemented with ints and bytes; checked against known digests
import math
def rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & 0xFFFFFFFF
def rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xFFFFFFFF
def first_primes(n):
    primes = []
    candidate = 2
    while len(primes) < n:
        if all(candidate % p for p in primes if p * p <= candidate):
            primes.append(candidate)
        candidate += 1
    return primes
def frac_bits(value):
    return int((value - int(value)) * (1 << 32)) & 0xFFFFFFFF
def icbrt(n):
    lo, hi = 0, 1 << 60
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid ** 3 <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
PRIMES = first_primes(64)
K = [icbrt(p << 96) & 0xFFFFFFFF for p in PRIMES]
H0 = [math.isqrt(p << 64) & 0xFFFFFFFF for p in PRIMES[:8]]
def sha256(message: bytes) -> str:
    data = bytearray(message)
    bit_len = len(message) * 8
    data.append(0x80)
    while len(data) % 64 != 56:
        data.append(0)
    data += bit_len.to_bytes(8, "big")
    h = list(H0)
    for start in range(0, len(data), 64):
        chunk = data[start:start + 64]
        w = [int.from_bytes(chunk[i:i + 4], "big") for i in range(0, 64, 4)]
        for i in range(16, 64):
            s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & 0xFFFFFFFF)
        a, b, c, d, e, f, g, hh = h
        for i in range(64):
            S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (hh + S1 + ch + K[i] + w[i]) & 0xFFFFFFFF
            S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & 0xFFFFFFFF
            hh, g, f, e, d, c, b, a = g, f, e, (d + t1) & 0xFFFFFFFF, c, b, a, (t1 + t2) & 0xFFFFFFFF
        h = [(x + y) & 0xFFFFFFFF for x, y in zip(h, [a, b, c, d, e, f, g, hh])]
    return "".join("%08x" % v for v in h)
S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4
MD5_K = [int(abs(math.sin(i + 1)) * 2 ** 32) & 0xFFFFFFFF for i in range(64)]
def md5(message: bytes) -> str:
    data = bytearray(message)
    bit_len = (len(message) * 8) & 0xFFFFFFFFFFFFFFFF
    data.append(0x80)
    while len(data) % 64 != 56:
        data.append(0)
    data += bit_len.to_bytes(8, "little")
    a0, b0, c0, d0 = 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476
    for start in range(0, len(data), 64):
        m = [int.from_bytes(data[start + i:start + i + 4], "little") for i in range(0, 64, 4)]
        a, b, c, d = a0, b0, c0, d0
        for i in range(64):
            if i < 16:
                f, g = (b & c) | (~b & d), i
            elif i < 32:
                f, g = (d & b) | (~d & c), (5 * i + 1) % 16
            elif i < 48:
                f, g = b ^ c ^ d, (3 * i + 5) % 16
            else:
                f, g = c ^ (b | ~d), (7 * i) % 16
            f = (f + a + MD5_K[i] + m[g]) & 0xFFFFFFFF
            a, d, c = d, c, b
            b = (b + rotl(f, S[i])) & 0xFFFFFFFF
        a0, b0, c0, d0 = [(x + y) & 0xFFFFFFFF for x, y in zip((a0, b0, c0, d0), (a, b, c, d))]
    return b"".join(v.to_bytes(4, "little") for v in (a0, b0, c0, d0)).hex()
def crc32(data: bytes) -> int:
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    crc = 0xFFFFFFFF
    for byte in data:
        crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
def adler32(data: bytes) -> int:
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
messages = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 100,
            "h\u00e9llo w\u00f6rld".encode(), bytes(range(256))]
for msg in messages:
    print(len(msg), sha256(msg))
    print("   md5", md5(msg), "crc32 %08x" % crc32(msg), "adler32 %08x" % adler32(msg))
print(sha256(b"abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
print(md5(b"") == "d41d8cd98f00b204e9800998ecf8427e", crc32(b"123456789") == 0xCBF43926)
print([hex(k) for k in K[:4]], [hex(v) for v in H0[:2]], hex(MD5_K[0]), hex(MD5_K[63]))
# HMAC-SHA256 built on the manual digest
def hmac_sha256(key: bytes, msg: bytes) -> str:
    if len(key) > 64:
        key = bytes.fromhex(sha256(key))
    key = key.ljust(64, b"\0")
    inner = bytes(k ^ 0x36 for k in key) + msg
    outer = bytes(k ^ 0x5C for k in key) + bytes.fromhex(sha256(inner))
    return sha256(outer)
print(hmac_sha256(b"key", b"The quick brown fox jumps over the lazy dog"))
