"""kit.rlib.unicodedb over whole ranges of code points: every input line is `START END`; the output
is one checksum of the properties and single case mappings of each code point in [START, END), so
that all of Unicode can be compared with CPython's unicodedata in a few lines.
"""

from kit.rlib import unicodedb

MODULUS = (1 << 31) - 1      # keeps every product below 2**63


def properties(cp: int) -> int:
    bits = 0
    for flag in [unicodedb.isalpha(cp), unicodedb.isdecimal(cp), unicodedb.isdigit(cp), unicodedb.isnumeric(cp),
                 unicodedb.isspace(cp), unicodedb.isupper(cp), unicodedb.islower(cp), unicodedb.istitle(cp),
                 unicodedb.isprintable(cp), unicodedb.isxid_start(cp), unicodedb.isxid_continue(cp)]:
        bits = bits * 2 + (1 if flag else 0)
    return bits


def mapping(text: str) -> int:
    value = len(text)
    for ch in text:
        value = value * 1114112 + ord(ch)
        value = value % MODULUS
    return value


def checksum(start: int, end: int) -> int:
    total = 0
    for cp in range(start, end):
        item = properties(cp)
        item = (item * 1000003 + mapping(unicodedb.upper_of(cp))) % MODULUS
        item = (item * 1000003 + mapping(unicodedb.lower_of(cp))) % MODULUS
        item = (item * 1000003 + mapping(unicodedb.title_of(cp))) % MODULUS
        item = (item * 1000003 + unicodedb.decimal_value(cp) + 1) % MODULUS
        total = (total * 31 + item) % MODULUS
    return total


def run(lines: list[str]) -> None:
    for line in lines:
        parts = line.split(" ")
        start = int(parts[0])
        end = int(parts[1])
        print("%d-%d %d" % (start, end, checksum(start, end)))
