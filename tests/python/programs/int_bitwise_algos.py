# ruff: noqa
# integer bit tricks: popcount, lowest set bit, power of two tests, bit reversal, gray codes, subsets via masks
def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count
print([popcount(n) for n in [0, 1, 7, 255, 2 ** 64 - 1, 12345]], [n.bit_count() for n in [0, 1, 7, 255]])
print([n & -n for n in [12, 40, 1, 96]], [(n & (n - 1)) == 0 for n in [1, 2, 3, 64, 100, 1024]])
def reverse_bits(n, width):
    out = 0
    for _ in range(width):
        out = (out << 1) | (n & 1)
        n >>= 1
    return out
print([bin(reverse_bits(n, 8)) for n in [1, 6, 0b10110000]], reverse_bits(0xDEADBEEF, 32) == int(bin(0xDEADBEEF)[2:].zfill(32)[::-1], 2))
gray = [n ^ (n >> 1) for n in range(8)]
print(gray, [format(g, "03b") for g in gray])
items = ["a", "b", "c"]
print([[items[i] for i in range(3) if mask >> i & 1] for mask in range(8)])
print(~0 & 0xFF, -1 & 0xFFFFFFFF, (-5) >> 1, -5 // 2, (-1) << 70, 1 << 70 >> 69, -(2 ** 70) >> 68)
x = 0b1011_0110
print(x | 0b1, x & ~0b110, x ^ 0xFF, x << 3, x >> 2, bin(x)[2:].count("1"), x.bit_length())
def swap(a, b):
    a ^= b
    b ^= a
    a ^= b
    return a, b
print(swap(12, 34), swap(-7, 2 ** 65))
flags = {"read": 4, "write": 2, "exec": 1}
perm = flags["read"] | flags["exec"]
print({name: bool(perm & bit) for name, bit in flags.items()}, oct(0o755 & ~0o022))
big = (1 << 200) - 1
print(big.bit_length(), big.bit_count(), (big >> 190), big & 0xFFFF, hex(big ^ (big >> 100))[:20])
