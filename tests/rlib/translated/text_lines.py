"""kit.rlib's text helpers on many inputs: every input line is the hex of some bytes (UTF-8 or not);
the output line shows the UTF-8 decodings with each error handler, the case mappings and the
classifications of the text, its re-encodings and a StringBuilder copy. reference.py does the same
with CPython's str and bytes.
"""

from kit.rlib import runicode, unicodetext
from kit.rlib.rstring import BytesBuilder, StringBuilder

HEX = "0123456789abcdef"


def unhex(text: str) -> bytes:
    out = BytesBuilder()
    i = 0
    while i + 1 < len(text):
        out.append_byte(HEX.find(text[i]) * 16 + HEX.find(text[i + 1]))
        i += 2
    return out.build()


def decodings(data: bytes) -> list[str]:
    out: list[str] = []
    for errors in ["strict", "replace", "ignore", "surrogateescape", "surrogatepass", "backslashreplace"]:
        try:
            out.append(unicodetext.repr_str(runicode.decode_utf_8(data, errors)))
        except runicode.RUnicodeDecodeError as error:
            out.append("error@%d-%d" % (error.start, error.end))
    return out


def flags(s: str) -> str:
    tests = [unicodetext.isalpha(s), unicodetext.isdigit(s), unicodetext.isdecimal(s), unicodetext.isnumeric(s),
             unicodetext.isalnum(s), unicodetext.isspace(s), unicodetext.isupper(s), unicodetext.islower(s),
             unicodetext.istitle(s), unicodetext.isidentifier(s), unicodetext.isprintable(s),
             unicodetext.isascii(s)]
    sb = StringBuilder()
    for flag in tests:
        sb.append_char("1" if flag else "0")
    return sb.build()


def cases(s: str) -> list[str]:
    return [unicodetext.repr_str(unicodetext.upper(s)), unicodetext.repr_str(unicodetext.lower(s)),
            unicodetext.repr_str(unicodetext.title(s)), unicodetext.repr_str(unicodetext.swapcase(s)),
            unicodetext.repr_str(unicodetext.casefold(s)), unicodetext.repr_str(unicodetext.capitalize(s))]


def encodings(s: str) -> list[str]:
    out: list[str] = []
    for errors in ["strict", "surrogateescape", "surrogatepass", "replace", "ignore", "backslashreplace",
                   "xmlcharrefreplace"]:
        try:
            out.append("%d" % len(runicode.encode_utf_8(s, errors)))
        except runicode.RUnicodeEncodeError as error:
            out.append("error@%d-%d" % (error.start, error.end))
    try:
        out.append("latin1=%d" % len(runicode.encode_latin_1(s, "strict")))
    except runicode.RUnicodeEncodeError as error:
        out.append("latin1-error@%d-%d" % (error.start, error.end))
    return out


def copy(s: str) -> str:
    sb = StringBuilder(4)
    sb.append_slice(s, 0, len(s) // 2)
    sb.append(s[len(s) // 2:])
    sb.append_multiple_char("!", 2)
    return "%d:%d" % (sb.getlength(), len(sb.build()))


def run_line(line: str) -> str:
    data = unhex(line)
    s = runicode.decode_utf_8(data, "surrogateescape")
    out = decodings(data)
    out.append(flags(s))
    out += cases(s)
    out += encodings(s)
    out.append(copy(s))
    out.append("lines=%d" % len(unicodetext.splitlines(s, False)))
    return " ".join(out)


def run(lines: list[str]) -> None:
    for line in lines:
        print(run_line(line))
