"""rlib_selftest.py's output computed with CPython's own int, float and str."""


from rlib_selftest import Random


def bigint_lines(rng, out):
    for _ in range(25):
        a = int(rng.digits(1 + rng.next() % 120))
        b = int(rng.digits(1 + rng.next() % 60))
        if rng.next() % 2:
            a = -a
        if rng.next() % 3 == 0:
            b = -b
        q, r = divmod(a, b)
        out.append("add %d" % (a + b))
        out.append("mul %d" % (a * b))
        out.append("divmod %d %d" % (q, r))
        out.append("pow %d" % pow(a, 3, b))
        out.append("bits %d %s %d" % (a & b, format(a ^ b, "x"), a >> 7))
        out.append("hash %d %d" % (hash(a), hash(b)))
        out.append("float %r %r" % (float(a), a / b))


def float_lines(rng, out):
    for _ in range(40):
        text = "%s.%se%d" % (rng.digits(1 + rng.next() % 9), rng.digits(1 + rng.next() % 12),
                             rng.next() % 80 - 40)
        x = float(text)
        out.append("parse %s %r" % (text, x))
        out.append("fmt %.5e %.3f %.12g" % (x, x, x))
        out.append("round %r %r" % (round(x, 2), x % 7.25))


def text_lines(out):
    samples = ["stra\u00dfe", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3", "hello wORLD", "\u01c6ungla",
               "caf\u00e9 \u20ac1", "x\udcff"]
    for s in samples:
        out.append("case %r" % ("%s|%s|%s|%s" % (s.upper(), s.lower(), s.title(), s.swapcase())))
        data = s.encode("utf-8", "surrogateescape")
        out.append("utf8 %d %r" % (len(data), data.decode("utf-8", "replace")))


def main():
    rng = Random(20261124)
    out = []
    bigint_lines(rng, out)
    float_lines(rng, out)
    text_lines(out)
    print("\n".join(out))


if __name__ == "__main__":
    main()
