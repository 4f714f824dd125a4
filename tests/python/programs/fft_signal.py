# ruff: noqa
# signal processing with complex numbers: recursive and iterative FFT, inverse FFT, polynomial
# multiplication by convolution, DFT check, a spectrum of a synthetic signal, cmath-free exponentials
import math
def cexp(theta):
    return complex(math.cos(theta), math.sin(theta))
def fft_recursive(a, invert=False):
    n = len(a)
    if n == 1:
        return list(a)
    even = fft_recursive(a[0::2], invert)
    odd = fft_recursive(a[1::2], invert)
    sign = 1 if invert else -1
    out = [0j] * n
    for k in range(n // 2):
        t = cexp(sign * 2 * math.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out
def fft_iterative(a, invert=False):
    n = len(a)
    a = list(a)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j ^= bit
        if i < j:
            a[i], a[j] = a[j], a[i]
    length = 2
    while length <= n:
        ang = 2 * math.pi / length * (1 if invert else -1)
        wl = cexp(ang)
        for start in range(0, n, length):
            w = 1 + 0j
            for k in range(length // 2):
                u = a[start + k]
                v = a[start + k + length // 2] * w
                a[start + k] = u + v
                a[start + k + length // 2] = u - v
                w *= wl
        length <<= 1
    if invert:
        a = [x / n for x in a]
    return a
def dft(a):
    n = len(a)
    return [sum(a[t] * cexp(-2 * math.pi * k * t / n) for t in range(n)) for k in range(n)]
def fmt(z, digits=3):
    re = round(z.real, digits) + 0.0
    im = round(z.imag, digits) + 0.0
    return "%g%+gj" % (re, im)
signal = [1, 2, 3, 4, 0, 0, 0, 0]
f1 = fft_recursive([complex(v) for v in signal])
f2 = fft_iterative(signal)
f3 = dft(signal)
print([fmt(z) for z in f1])
print(all(abs(a - b) < 1e-9 for a, b in zip(f1, f2)), all(abs(a - b) < 1e-9 for a, b in zip(f1, f3)))
back = fft_iterative(f2, invert=True)
print([round(z.real, 9) + 0.0 for z in back], max(abs(z.imag) for z in back) < 1e-12)
# polynomial multiplication via FFT
def poly_mul(p, q):
    size = 1
    while size < len(p) + len(q) - 1:
        size <<= 1
    fp = fft_iterative(p + [0] * (size - len(p)))
    fq = fft_iterative(q + [0] * (size - len(q)))
    prod = fft_iterative([x * y for x, y in zip(fp, fq)], invert=True)
    return [round(z.real) for z in prod[:len(p) + len(q) - 1]]
def poly_mul_naive(p, q):
    out = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        for j, b in enumerate(q):
            out[i + j] += a * b
    return out
p = [3, 0, 2, 5, 1]
q = [1, 4, 0, 0, 7, 2]
print(poly_mul(p, q), poly_mul(p, q) == poly_mul_naive(p, q))
# big integer multiplication by FFT on decimal digits
def big_mul(x, y):
    xs = [int(c) for c in reversed(str(x))]
    ys = [int(c) for c in reversed(str(y))]
    digits = poly_mul(xs, ys)
    carry = 0
    out = []
    for d in digits:
        carry += d
        out.append(carry % 10)
        carry //= 10
    while carry:
        out.append(carry % 10)
        carry //= 10
    return int("".join(map(str, reversed(out))))
a, b = 123456789123456789, 987654321987654321
print(big_mul(a, b), big_mul(a, b) == a * b)
# spectrum of a synthetic signal: two tones plus DC
N = 64
sig = [0.5 + math.sin(2 * math.pi * 5 * t / N) + 0.25 * math.cos(2 * math.pi * 12 * t / N) for t in range(N)]
spec = fft_iterative(sig)
mags = [abs(z) / N for z in spec[:N // 2]]
peaks = [(k, round(m, 4)) for k, m in enumerate(mags) if m > 0.05]
print(peaks)
# convolution smoothing with a kernel, circular
kernel = [0.25, 0.5, 0.25] + [0] * (N - 3)
fk = fft_iterative(kernel)
smooth = fft_iterative([x * y for x, y in zip(spec, fk)], invert=True)
print([round(z.real, 3) for z in smooth[:6]])
# complex number arithmetic sanity checks
z = 3 + 4j
print(abs(z), z.conjugate(), z * z.conjugate(), z / (1 - 1j), (1j) ** 2, (1 + 1j) ** 8, complex("2-3j"), z == complex(3, 4))
print([fmt(cexp(2 * math.pi * k / 6)) for k in range(6)])
roots = [cexp(2 * math.pi * k / 5) for k in range(5)]
print(fmt(sum(roots)), fmt(math.prod(roots) if hasattr(math, "prod") else 0))
