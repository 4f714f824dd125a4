"""A target exercising kit.rlib: its output must equal rlib_selftest_reference.py's (CPython builtins).

Inputs come from a small linear congruential generator, so both programs see the same values;
run it untranslated (`kit run`) or translated and compare with the reference.
"""

from kit.rlib import rfloat, runicode, unicodetext
from kit.rlib.rbigint import rbigint
from kit.rlib.rstring import StringBuilder


class Random:
    """The generator shared with the reference (64-bit LCG, top bits used)."""

    def __init__(self, seed: int) -> None:
        self.state = seed

    def next(self) -> int:
        # state = (state * A + C) mod 2**62, done on 31-bit halves so nothing overflows
        lo = self.state & 0x7FFFFFFF
        hi = self.state >> 31
        a_lo = 0x4C957F2D
        a_hi = 0x2BF8F5E1
        low = lo * a_lo + 12345
        mid = (hi * a_lo + lo * a_hi + (low >> 31)) & 0x7FFFFFFF
        self.state = (mid << 31) | (low & 0x7FFFFFFF)
        return self.state >> 30        # 32 random bits

    def digits(self, count: int) -> str:
        sb = StringBuilder()
        sb.append_char(chr(49 + self.next() % 9))
        for _ in range(count - 1):
            sb.append_char(chr(48 + self.next() % 10))
        return sb.build()


def bigint_lines(rng: Random, out: list[str]) -> None:
    for _ in range(25):
        a = rbigint.fromstr(rng.digits(1 + rng.next() % 120))
        b = rbigint.fromstr(rng.digits(1 + rng.next() % 60))
        if rng.next() % 2:
            a = a.neg()
        if rng.next() % 3 == 0:
            b = b.neg()
        q, r = a.divmod(b)
        out.append("add %s" % a.add(b).str())
        out.append("mul %s" % a.mul(b).str())
        out.append("divmod %s %s" % (q.str(), r.str()))
        out.append("pow %s" % a.pow(rbigint.fromint(3), b).str())
        out.append("bits %s %s %s" % (a.and_(b).str(), a.xor(b).format(16), a.rshift(7).str()))
        out.append("hash %d %d" % (a.hash(), b.hash()))
        out.append("float %s %s" % (rfloat.float_repr(a.tofloat()), rfloat.float_repr(a.truediv(b))))


def float_lines(rng: Random, out: list[str]) -> None:
    for _ in range(40):
        text = "%s.%se%d" % (rng.digits(1 + rng.next() % 9), rng.digits(1 + rng.next() % 12),
                             rng.next() % 80 - 40)
        x = rfloat.string_to_float(text)
        out.append("parse %s %s" % (text, rfloat.float_repr(x)))
        out.append("fmt %s %s %s" % (rfloat.format_float(x, "e", 5), rfloat.format_float(x, "f", 3),
                                     rfloat.format_float(x, "g", 12)))
        out.append("round %s %s" % (rfloat.float_repr(rfloat.round_double(x, 2)),
                                    rfloat.float_repr(rfloat.float_mod(x, 7.25))))


def text_lines(out: list[str]) -> None:
    samples = ["stra\u00dfe", "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3", "hello wORLD", "\u01c6ungla",
               "caf\u00e9 \u20ac1", "x\udcff"]
    for s in samples:
        cased = "%s|%s|%s|%s" % (unicodetext.upper(s), unicodetext.lower(s), unicodetext.title(s),
                                 unicodetext.swapcase(s))
        out.append("case " + unicodetext.repr_str(cased))
        data = runicode.encode_utf_8(s, "surrogateescape")
        out.append("utf8 %d %s" % (len(data), unicodetext.repr_str(runicode.decode_utf_8(data, "replace"))))


def entry_point(argv: list[str]) -> int:
    rng = Random(20261124)
    out: list[str] = []
    bigint_lines(rng, out)
    float_lines(rng, out)
    text_lines(out)
    for line in out:
        print(line)
    return 0
