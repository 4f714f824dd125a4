"""An RPN calculator on kit.rlib.rbigint: every line of input is a program, its output the views of
the result. The tests feed the same lines to CPython's int (reference.py) and compare.

Words: integer literals (`-12`), `BASE:DIGITS` (parsed in that base), `f:FLOAT` (int of a float),
binary `+ - * // % divmod pow & | ^ << >> gcd cmp`, `+i -i *i //i %i &i |i ^i cmpi` (right operand a
machine int: the fast paths), unary `neg abs ~ isqrt bool`, ternary `powmod`; `/` writes a/b as a
float. The views of the top of the stack: decimal, bases 2/8/16/36, hash, float, bit_length, the
machine int or 'overflow', and whether parsing each base's text gives the value back.
"""

from kit.rlib import rfloat
from kit.rlib.rbigint import rbigint

BINARY = ["+", "-", "*", "//", "%", "pow", "&", "|", "^", "<<", ">>", "gcd", "cmp"]
WITH_INT = ["+i", "-i", "*i", "//i", "%i", "&i", "|i", "^i", "cmpi"]
UNARY = ["neg", "abs", "~", "isqrt", "bool"]


def literal(word: str) -> rbigint:
    colon = word.find(":")
    if colon < 0:
        return rbigint.fromstr(word, 10)
    if word[:colon] == "f":
        return rbigint.fromfloat(rfloat.string_to_float(word[colon + 1:]))
    return rbigint.fromstr(word[colon + 1:], int(word[:colon]))


def compare(a: rbigint, b: rbigint) -> rbigint:
    """All six comparisons packed as bits: lt le eq ne gt ge."""
    bits = 0
    for flag in [a.lt(b), a.le(b), a.eq(b), a.ne(b), a.gt(b), a.ge(b)]:
        bits = bits * 2 + (1 if flag else 0)
    return rbigint.fromint(bits)


def compare_int(a: rbigint, i: int) -> rbigint:
    bits = 0
    for flag in [a.int_lt(i), a.int_le(i), a.int_eq(i), a.int_ne(i), a.int_gt(i), a.int_ge(i)]:
        bits = bits * 2 + (1 if flag else 0)
    return rbigint.fromint(bits)


def binary(op: str, a: rbigint, b: rbigint) -> rbigint:
    if op == "+":
        return a.add(b)
    if op == "-":
        return a.sub(b)
    if op == "*":
        return a.mul(b)
    if op == "//":
        return a.floordiv(b)
    if op == "%":
        return a.mod(b)
    if op == "pow":
        return a.pow(b, None)
    if op == "&":
        return a.and_(b)
    if op == "|":
        return a.or_(b)
    if op == "^":
        return a.xor(b)
    if op == "<<":
        return a.lshift(b.toint())
    if op == ">>":
        return a.rshift(b.toint())
    if op == "gcd":
        return a.gcd(b)
    return compare(a, b)


def with_int(op: str, a: rbigint, i: int) -> rbigint:
    if op == "+i":
        return a.int_add(i)
    if op == "-i":
        return a.int_sub(i)
    if op == "*i":
        return a.int_mul(i)
    if op == "//i":
        return a.int_floordiv(i)
    if op == "%i":
        return a.int_mod(i)
    if op == "&i":
        return a.int_and_(i)
    if op == "|i":
        return a.int_or_(i)
    if op == "^i":
        return a.int_xor(i)
    return compare_int(a, i)


def unary(op: str, a: rbigint) -> rbigint:
    if op == "neg":
        return a.neg()
    if op == "abs":
        return a.abs()
    if op == "~":
        return a.invert()
    if op == "isqrt":
        return a.isqrt()
    return rbigint.frombool(a.tobool())


def views(v: rbigint) -> list[str]:
    out = [v.str()]
    round_trip = True
    for base in [2, 8, 16, 36]:
        text = v.format(base)
        out.append(text)
        if not rbigint.fromstr(text, base).eq(v):
            round_trip = False
    out.append("hash=%d" % v.hash())
    try:
        out.append("float=" + rfloat.float_repr(v.tofloat()))
    except OverflowError:
        out.append("float=OverflowError")
    out.append("bits=%d" % v.bit_length())
    if v.fits_int():
        out.append("int=%d" % v.toint())
    else:
        try:
            v.toint()
            out.append("int=missed-overflow")
        except OverflowError:
            out.append("int=overflow")
    out.append("roundtrip" if round_trip else "ROUNDTRIP-FAILED")
    return out


def run_line(line: str) -> str:
    stack: list[rbigint] = []
    out: list[str] = []
    try:
        for word in line.split(" "):
            if word == "":
                continue
            if word in BINARY:
                b = stack.pop()
                a = stack.pop()
                stack.append(binary(word, a, b))
            elif word in WITH_INT:
                b = stack.pop()
                a = stack.pop()
                stack.append(with_int(word, a, b.toint()))
            elif word in UNARY:
                stack.append(unary(word, stack.pop()))
            elif word == "divmod":
                b = stack.pop()
                a = stack.pop()
                q, r = a.divmod(b)
                stack.append(q)
                stack.append(r)
            elif word == "powmod":
                m = stack.pop()
                b = stack.pop()
                a = stack.pop()
                stack.append(a.pow(b, m))
            elif word == "/":
                b = stack.pop()
                a = stack.pop()
                out.append("quotient=" + rfloat.float_repr(a.truediv(b)))
            else:
                stack.append(literal(word))
    except ZeroDivisionError:
        out.append("error ZeroDivisionError")
        return " ".join(out)
    except OverflowError:
        out.append("error OverflowError")
        return " ".join(out)
    except ValueError:
        out.append("error ValueError")
        return " ".join(out)
    if len(stack) > 0:
        out += views(stack[len(stack) - 1])
    return " ".join(out)


def run(lines: list[str]) -> None:
    for line in lines:
        print(run_line(line))
