"""Inputs for the translated rlib tests (test-time code): fixed edge cases and seeded random lines
for every mode of target.py, and the hypothesis strategies of the differential properties.
"""

import random
import struct

from hypothesis import strategies as st

EDGE_INTS = [0, 1, -1, 2, -2, 7, 10, (1 << 31) - 1, 1 << 31, (1 << 62) - 1, 1 << 62, (1 << 63) - 1, 1 << 63,
             -(1 << 63), -(1 << 63) - 1, (1 << 64) - 1, 1 << 64, -(1 << 64), 10 ** 18, 10 ** 19, 10 ** 40 + 7,
             -(10 ** 40) - 7, (1 << 200) - 1, 3 ** 300, -(5 ** 250)]


def big(rng: random.Random, max_bits: int) -> int:
    value = rng.getrandbits(rng.randint(1, max_bits))
    return -value if rng.random() < 0.4 else value


def bigint_lines() -> list[str]:
    rng = random.Random(5)
    lines = []
    pairs = [(a, b) for a in EDGE_INTS[::2] for b in EDGE_INTS[1::3]]
    pairs += [(big(rng, 300), big(rng, 200)) for _ in range(60)]
    # operands of thousands of bits: the Karatsuba range of multiplication and long division
    pairs += [(big(rng, 9000), big(rng, 5000)) for _ in range(6)]
    for a, b in pairs:
        for op in ["+", "-", "*", "//", "%", "divmod", "&", "|", "^", "gcd", "cmp", "/"]:
            lines.append("%d %d %s" % (a, b, op))
        lines.append("%d %d %d powmod" % (a, abs(b) % 1000, b))
        lines.append("%d -1 %d powmod" % (a, b))                   # modular inverse, or ValueError
        lines.append("%d %d pow" % (a, abs(b) % 40 if a.bit_length() < 400 else 3))
        lines.append("%d %d <<" % (a, abs(b) % 300))
        lines.append("%d %d >>" % (a, abs(b) % 300))
        lines.append("%d %d -1 * <<" % (a, abs(b) % 300 + 1))      # negative shift count
        for op in ["~", "neg", "abs", "isqrt", "bool"]:
            lines.append("%d %s" % (a, op))
        small = b % 1000003 - 500001
        for op in ["+i", "-i", "*i", "//i", "%i", "&i", "|i", "^i", "cmpi"]:
            lines.append("%d %d %s" % (a, small, op))
        lines.append("%d %d *i" % (a, b))                         # the int may not fit: OverflowError
    for base in [2, 3, 7, 8, 10, 16, 36]:
        for value in EDGE_INTS + [big(rng, 400) for _ in range(5)]:
            lines.append("%d:%s" % (base, _in_base(value, base, rng)))
    for text in ["0.0", "-0.0", "1.5", "-2.5", "1e300", "-1e300", "123456789012345678901234.0", "4.9e-324",
                 "9007199254740993.0", "inf", "-inf", "nan"]:
        lines.append("f:" + text)
    lines += ["12 0 //", "12 0 %", "12 0 divmod", "12 0 /", "12 0 //i", "5 3 0 powmod", "2 -1 pow",
              "-4 isqrt", "1 %d <<" % (1 << 62), "%d 1 /" % (1 << 1100), "1 %d /" % (1 << 1100)]
    return lines


def _in_base(value: int, base: int, rng: random.Random) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    n = abs(value)
    text = ""
    while True:
        n, d = divmod(n, base)
        text = digits[d] + text
        if n == 0:
            break
    if rng.random() < 0.5:
        text = text.upper()
    return ("-" if value < 0 else "") + text


def float_lines() -> list[str]:
    rng = random.Random(7)
    texts = ["0", "-0.0", "1", "0.1", "-2.5", "1e16", "1e22", "1e23", "123456.789", "5e-324", "2.2250738585072014e-308",
             "1.7976931348623157e308", "1.8e308", "-1e400", "1e-400", "inf", "-Infinity", "nan", "-nan", "  3.25  ",
             "1_000.5", "0.5e1_0", "1__0", "", "abc", "1e", ".5", "5.", "0x10", "12.5e-3", "100.0", "2.675", "0.125",
             "1.5", "2.5", "-0.5", "999999999999999999999.5", "9.999999999999999e22", "4.35", "0.000123456789"]
    for _ in range(150):
        bits = rng.getrandbits(64)
        texts.append(repr(struct.unpack("<d", struct.pack("<Q", bits))[0]))
    for _ in range(60):
        texts.append("%d.%de%d" % (rng.getrandbits(40), rng.getrandbits(30), rng.randint(-330, 310)))
    for _ in range(40):
        texts.append(repr(rng.randint(-10 ** 6, 10 ** 6) / 8))
    return texts


TEXT_SAMPLES = ["", "hello", "Hello World", "ǅungla", "straße", "ΟΔΥΣΣΕΥΣ", "ﬁne", "İstanbul", "café €1", "٣٤٥",
                "½²", "  \t\n", "a\u2028b\r\nc", "x_1", "1x", "Ǆ", "ß", "\u0345", "𝔘𝔫𝔦", "😀 ok", "ÿ", "Ā"]


def text_lines() -> list[str]:
    rng = random.Random(11)
    lines = [s.encode("utf-8").hex() for s in TEXT_SAMPLES]
    bad = [b"\xff", b"\xc3", b"a\xc3(", b"\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98", b"\xf4\x90\x80\x80",
           b"\xc0\xaf", b"\x80abc", b"ok\xf0\x9f\x98\x80\xfe"]
    lines += [b.hex() for b in bad]
    for _ in range(80):
        lines.append(bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 12))).hex())
    for _ in range(80):
        s = "".join(chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0x7FF), rng.randint(0x800, 0xFFFF),
                                    rng.randint(0x10000, 0x10FFFF)])) for _ in range(rng.randint(0, 8)))
        lines.append(s.encode("utf-8", "surrogatepass").hex())
    return lines


PARSING_PROGRAMS = ["", "1;", "let x = 1 + 2 * 3;", "-x * (y - 2) / 4;", "f();", "f(1, [2, \"three\"], g(x));",
                    "if a then b else c + 1;", "let naïve = \"a\\\"b\";\\nnaïve;", "-- comment\\nlet ζ = 0x1F;",
                    "1 +;", "let = 3;", "f(1,);", "[1, 2", "\"unterminated", "1 $ 2;", "1.5e3 * 2E-2;",
                    "let x = 1\\n  + 2;\\n\\nx;", "if 1 then 2;", "x y;", "((((1))));", "a - - b;", "€;",
                    "letter = 1;", "let if = 2;", "1;\\n2;\\n3 4;"]


@st.composite
def bigint_expression(draw, depth: int = 3) -> str:
    """A random RPN line for bigint_calc: literals of up to 400 bits and every operation."""
    if depth == 0 or draw(st.integers(0, 3)) == 0:
        value = draw(st.one_of(st.integers(-300, 300), st.integers(-(1 << 400), 1 << 400),
                               st.sampled_from(EDGE_INTS)))
        base = draw(st.sampled_from([10, 10, 2, 16, 36]))
        if base == 10:
            return str(value)
        return "%d:%s" % (base, _in_base(value, base, random.Random(value)))
    kind = draw(st.integers(0, 5))
    left = draw(bigint_expression(depth - 1))
    if kind == 0:
        return "%s %s" % (left, draw(st.sampled_from(["neg", "abs", "~", "bool"])))
    if kind == 1:
        return "%s %d %s" % (left, draw(st.integers(0, 200)), draw(st.sampled_from(["<<", ">>"])))
    if kind == 2:
        return "%s %d pow" % (left, draw(st.integers(0, 12)))
    if kind == 3:
        return "%s %s %s powmod" % (left, draw(bigint_expression(depth - 1)), draw(bigint_expression(depth - 1)))
    if kind == 4:
        op = draw(st.sampled_from(["+i", "-i", "*i", "//i", "%i", "&i", "|i", "^i", "cmpi"]))
        return "%s %d %s" % (left, draw(st.integers(-(1 << 63), (1 << 63) - 1)), op)
    op = draw(st.sampled_from(["+", "-", "*", "//", "%", "divmod", "&", "|", "^", "gcd", "cmp"]))
    return "%s %s %s" % (left, draw(bigint_expression(depth - 1)), op)


# a line: an expression, or the float quotient of two (`/` leaves nothing on the stack)
bigint_line = st.one_of(bigint_expression(),
                        st.tuples(bigint_expression(), bigint_expression()).map(lambda t: "%s %s /" % t))


def _float_text(bits: int) -> str:
    return repr(struct.unpack("<d", struct.pack("<Q", bits))[0])


float_text = st.one_of(st.integers(0, (1 << 64) - 1).map(_float_text),
                       st.floats(allow_nan=True, allow_infinity=True).map(repr),
                       st.tuples(st.integers(0, 10 ** 20), st.integers(0, 10 ** 12), st.integers(-340, 320))
                       .map(lambda t: "%d.%de%d" % t))

text_hex = st.one_of(st.binary(max_size=16), st.text(max_size=10).map(lambda s: s.encode("utf-8", "surrogatepass")))
