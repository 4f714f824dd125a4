"""What the translated rlib test program must print, computed with CPython's int, float and str
(test-time code, any Python). Each function mirrors the `run_line` of one mode of target.py.
"""

import math
import sys
import unicodedata

INT_MIN = -(1 << 63)
INT_MAX = (1 << 63) - 1
DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


# ---- bigint_calc -------------------------------------------------------------------------------------

def to_base(v: int, base: int) -> str:
    if base in (2, 8, 16):
        return format(v, {2: "b", 8: "o", 16: "x"}[base])
    if v == 0:
        return "0"
    text = []
    n = abs(v)
    while n:
        n, d = divmod(n, base)
        text.append(DIGITS36[d])
    return ("-" if v < 0 else "") + "".join(reversed(text))


def machine_int(v: int) -> int:
    if not INT_MIN <= v <= INT_MAX:
        raise OverflowError
    return v


def compare_bits(a: int, b: int) -> int:
    bits = 0
    for flag in (a < b, a <= b, a == b, a != b, a > b, a >= b):
        bits = bits * 2 + flag
    return bits


def bigint_binary(op: str, a: int, b: int) -> int:
    if op in ("<<", ">>"):
        n = machine_int(b)
        if n < 0:
            raise ValueError
        try:
            return a << n if op == "<<" else a >> n
        except MemoryError:
            raise OverflowError from None     # rbigint refuses results over its size limit up front
    if op == "pow":
        if b < 0:
            raise ValueError      # rbigint.pow: a negative exponent needs a modulus (no float result)
        return a ** b
    if op == "cmp":
        return compare_bits(a, b)
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "//": lambda: a // b,
            "%": lambda: a % b, "&": lambda: a & b, "|": lambda: a | b, "^": lambda: a ^ b,
            "gcd": lambda: math.gcd(a, b)}[op]()


def bigint_literal(word: str) -> int:
    if ":" not in word:
        return int(word)
    prefix, text = word.split(":", 1)
    if prefix == "f":
        return int(float(text))
    return int(text, int(prefix))


def bigint_views(v: int) -> list[str]:
    out = [str(v), to_base(v, 2), to_base(v, 8), to_base(v, 16), to_base(v, 36), "hash=%d" % hash(v)]
    try:
        out.append("float=" + repr(float(v)))
    except OverflowError:
        out.append("float=OverflowError")
    out.append("bits=%d" % v.bit_length())
    out.append("int=%d" % v if INT_MIN <= v <= INT_MAX else "int=overflow")
    out.append("roundtrip")
    return out


def bigint_line(line: str) -> str:
    stack: list[int] = []
    out: list[str] = []
    try:
        for word in line.split():
            if word in ("+", "-", "*", "//", "%", "pow", "&", "|", "^", "<<", ">>", "gcd", "cmp"):
                b = stack.pop()
                a = stack.pop()
                stack.append(bigint_binary(word, a, b))
            elif word in ("+i", "-i", "*i", "//i", "%i", "&i", "|i", "^i", "cmpi"):
                b = machine_int(stack.pop())
                a = stack.pop()
                stack.append(bigint_binary(word[:-1] if word != "cmpi" else "cmp", a, b))
            elif word in ("neg", "abs", "~", "isqrt", "bool"):
                unary = {"neg": lambda a: -a, "abs": abs, "~": lambda a: ~a, "isqrt": math.isqrt,
                         "bool": lambda a: int(bool(a))}[word]
                stack.append(unary(stack.pop()))
            elif word == "divmod":
                b = stack.pop()
                a = stack.pop()
                stack.extend(divmod(a, b))
            elif word == "powmod":
                m = stack.pop()
                b = stack.pop()
                a = stack.pop()
                stack.append(pow(a, b, m))
            elif word == "/":
                b = stack.pop()
                a = stack.pop()
                out.append("quotient=" + repr(a / b))
            else:
                stack.append(bigint_literal(word))
    except (ZeroDivisionError, OverflowError, ValueError) as error:
        out.append("error " + type(error).__name__)
        return " ".join(out)
    if stack:
        out += bigint_views(stack[-1])
    return " ".join(out)


# ---- float_lines ---------------------------------------------------------------------------------------

def c_rounding(function, x: float) -> float:
    """floor/ceil/trunc with C's float result (keeps -0.0, inf and nan)."""
    if not math.isfinite(x):
        return x
    r = float(function(x))
    return math.copysign(0.0, x) if r == 0.0 else r


def float_line(text: str) -> str:
    try:
        x = float(text)
    except ValueError:
        return "ValueError"
    out = [repr(x), str(x)]
    for code in "efg":
        for precision in (0, 1, 3, 6, 12, 17):
            out.append(f"%.*{code}" % (precision, x))
    out += ["%+.4E" % x, "%#.3G" % x, "% .2F" % x]
    for ndigits in (0, 2, -2, 5, -20, 300):
        try:
            out.append(repr(round(x, ndigits)))
        except OverflowError:
            out.append("OverflowError")
    try:
        out.append(str(int(x)))
        out.append("%d/%d" % x.as_integer_ratio())
    except (OverflowError, ValueError) as error:
        out.append(type(error).__name__)
    out.append("hash=%d" % (0 if math.isnan(x) else hash(x)))      # CPython hashes NaN by identity
    out.append("is_integer=%s" % x.is_integer())
    for y in (7.25, -0.5, 3.0):
        out.append(repr(math.fmod(x, y)) if math.isfinite(x) else "nan")
        out.append(repr(x % y))
        out.append("%r,%r" % divmod(x, y))
    out.append(repr(math.copysign(1.5, x)))
    out.append("inf" if math.isinf(x) else "nan" if math.isnan(x) else "finite")
    if math.isfinite(x):
        out += [repr(c_rounding(f, x)) for f in (math.floor, math.ceil, math.trunc)]
        mantissa, exponent = math.frexp(x)
        out.append("%r*2**%d" % (mantissa, exponent))
        out.append(repr(math.ldexp(mantissa, exponent)))
        out.append(repr(math.sqrt(abs(x))))
        if abs(x) < 700.0:
            out.append(repr(math.exp(x)))
        if x > 0.0:
            out.append(repr(math.log(x)))
        if abs(x) < 1e6:
            out.append(repr(math.sin(x)) + "," + repr(math.cos(x)))
        out.append(repr(math.atan2(x, 2.0)))
    return " ".join(out)


# ---- text_lines ------------------------------------------------------------------------------------

def text_line(line: str) -> str:
    data = bytes.fromhex(line)
    s = data.decode("utf-8", "surrogateescape")
    out = []
    for errors in ("strict", "replace", "ignore", "surrogateescape", "surrogatepass", "backslashreplace"):
        try:
            out.append(repr(data.decode("utf-8", errors)))
        except UnicodeDecodeError as error:
            out.append("error@%d-%d" % (error.start, error.end))
    flags = (s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isupper(),
             s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
    out.append("".join("1" if flag else "0" for flag in flags))
    out += [repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()),
            repr(s.capitalize())]
    for errors in ("strict", "surrogateescape", "surrogatepass", "replace", "ignore", "backslashreplace",
                   "xmlcharrefreplace"):
        try:
            out.append("%d" % len(s.encode("utf-8", errors)))
        except UnicodeEncodeError as error:
            out.append("error@%d-%d" % (error.start, error.end))
    try:
        out.append("latin1=%d" % len(s.encode("latin-1")))
    except UnicodeEncodeError as error:
        out.append("latin1-error@%d-%d" % (error.start, error.end))
    out.append("%d:%d" % (len(s) + 2, len(s) + 2))
    out.append("lines=%d" % len(s.splitlines()))
    return " ".join(out)


# ---- unicode_table ---------------------------------------------------------------------------------

MODULUS = (1 << 31) - 1


def _mapping(text: str) -> int:
    value = len(text)
    for ch in text:
        value = (value * 1114112 + ord(ch)) % MODULUS
    return value


def _properties(ch: str) -> int:
    bits = 0
    for flag in (ch.isalpha(), ch.isdecimal(), ch.isdigit(), ch.isnumeric(), ch.isspace(), ch.isupper(),
                 ch.islower(), unicodedata.category(ch) == "Lt", ch.isprintable(), ch.isidentifier() and ch != "_",
                 ("a" + ch).isidentifier()):
        bits = bits * 2 + flag
    return bits


def unicode_line(line: str) -> str:
    start, end = map(int, line.split())
    total = 0
    for cp in range(start, end):
        ch = chr(cp)
        item = _properties(ch)
        item = (item * 1000003 + _mapping(ch.upper())) % MODULUS
        item = (item * 1000003 + _mapping(ch.lower())) % MODULUS
        item = (item * 1000003 + _mapping(ch.title())) % MODULUS
        item = (item * 1000003 + unicodedata.decimal(ch, -1) + 1) % MODULUS
        total = (total * 31 + item) % MODULUS
    return "%d-%d %d" % (start, end, total)


REFERENCE = {"bigint": bigint_line, "float": float_line, "text": text_line, "unicode": unicode_line}


def expected_output(mode: str, lines: list[str]) -> str:
    # rbigint has no limit on the digits it converts; lift CPython's for this call only (it is
    # process-wide state that other tests rely on)
    limit = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return "".join(REFERENCE[mode](line) + "\n" for line in lines)
    finally:
        sys.set_int_max_str_digits(limit)
