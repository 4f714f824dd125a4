"""Character classes and case mapping for all of Unicode, from the generated unicode_tables.py.

Translated code cannot rely on str.upper()/isalpha() beyond ASCII, so the VM uses these.
"""

from __future__ import annotations

from languages.scheme.unicode_tables import (
    ALPHABETIC,
    DIGIT_ZEROS,
    FOLD_MAP,
    LOWER_MAP,
    LOWERCASE,
    UPPER_MAP,
    UPPERCASE,
    WHITE_SPACE,
)

CAPITAL_SIGMA = 0x3A3
FINAL_SIGMA = "\u03c2"


def in_ranges(code: int, ranges: list[int]) -> bool:
    """Is code in one of the [start, end) pairs of the sorted, flattened `ranges`?"""
    low = 0
    high = len(ranges) // 2
    while low < high:
        middle = (low + high) // 2
        if code < ranges[2 * middle]:
            high = middle
        elif code >= ranges[2 * middle + 1]:
            low = middle + 1
        else:
            return True
    return False


def is_alphabetic(code: int) -> bool:
    return in_ranges(code, ALPHABETIC)


def is_upper_case(code: int) -> bool:
    return in_ranges(code, UPPERCASE)


def is_lower_case(code: int) -> bool:
    return in_ranges(code, LOWERCASE)


def is_white_space(code: int) -> bool:
    for space in WHITE_SPACE:
        if space == code:
            return True
    return False


def digit_value(code: int) -> int:
    """The value of a decimal digit (any script), or -1."""
    if 48 <= code <= 57:
        return code - 48
    for zero in DIGIT_ZEROS:
        if zero <= code < zero + 10:
            return code - zero
    return -1


def single(table: dict[int, str], code: int) -> int:
    """The one-character mapping of code, or code itself when the mapping is longer or absent."""
    mapped = table.get(code, "")
    if len(mapped) == 1:
        return ord(mapped)
    return code


def char_upcase(code: int) -> int:
    return single(UPPER_MAP, code)


def char_downcase(code: int) -> int:
    return single(LOWER_MAP, code)


def char_foldcase(code: int) -> int:
    return single(FOLD_MAP, code)


def map_string(table: dict[int, str], text: str) -> str:
    out: list[str] = []
    for c in text:
        mapped = table.get(ord(c), "")
        if mapped == "":
            out.append(c)
        else:
            out.append(mapped)
    return "".join(out)


def upcase_string(text: str) -> str:
    return map_string(UPPER_MAP, text)


def foldcase_string(text: str) -> str:
    return map_string(FOLD_MAP, text)


def downcase_string(text: str) -> str:
    """Full lowercase mapping, with the final-sigma rule: a capital sigma that ends a word
    (a letter before it, none after it) becomes final sigma."""
    out: list[str] = []
    n = len(text)
    for i in range(n):
        code = ord(text[i])
        if code == CAPITAL_SIGMA and i > 0 and is_alphabetic(ord(text[i - 1])) and \
                (i + 1 == n or not is_alphabetic(ord(text[i + 1]))):
            out.append(FINAL_SIGMA)
            continue
        mapped = LOWER_MAP.get(code, "")
        if mapped == "":
            out.append(text[i])
        else:
            out.append(mapped)
    return "".join(out)
