"""Sets of code points as sorted lists of inclusive ranges: the alphabet of the lexer's regexes.

Import time only. A set is a list of (low, high) pairs, sorted, non-overlapping and not adjacent.
"""

from __future__ import annotations

import bisect

from kit.rlib.objectmodel import not_rpython

MAX_CODE_POINT = 0x10FFFF

Ranges = list[tuple[int, int]]


@not_rpython
def normalize(ranges: Ranges) -> Ranges:
    """Sort the ranges and merge those that overlap or touch."""
    merged: Ranges = []
    for low, high in sorted(ranges):
        if merged and low <= merged[-1][1] + 1:
            if high > merged[-1][1]:
                merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    return merged


@not_rpython
def single(code_point: int) -> Ranges:
    return [(code_point, code_point)]


@not_rpython
def union(*sets: Ranges) -> Ranges:
    combined: Ranges = []
    for ranges in sets:
        combined.extend(ranges)
    return normalize(combined)


@not_rpython
def complement(ranges: Ranges) -> Ranges:
    """Every code point not in `ranges` (which must be normalised)."""
    result: Ranges = []
    next_low = 0
    for low, high in ranges:
        if low > next_low:
            result.append((next_low, low - 1))
        next_low = high + 1
    if next_low <= MAX_CODE_POINT:
        result.append((next_low, MAX_CODE_POINT))
    return result


@not_rpython
def contains(ranges: Ranges, code_point: int) -> bool:
    """Whether a code point lies in a normalised set (a binary search)."""
    index = bisect.bisect_right(ranges, (code_point, MAX_CODE_POINT + 1)) - 1
    return index >= 0 and ranges[index][0] <= code_point <= ranges[index][1]


# By default the escapes \d \w \s have their ASCII meaning (like Python's re.ASCII): a lexer for a
# programming language should not accept, say, Devanagari digits as a number unless its author asks
# for them (LexerGenerator(unicode=True) does, with Python's re meanings: see unicode_class below).
DIGITS: Ranges = [(ord("0"), ord("9"))]
WORD: Ranges = normalize([(ord("0"), ord("9")), (ord("A"), ord("Z")), (ord("_"), ord("_")), (ord("a"), ord("z"))])
SPACE: Ranges = normalize([(ord(c), ord(c)) for c in " \t\n\r\f\v"])
ANY_BUT_NEWLINE: Ranges = complement(single(ord("\n")))


_unicode_classes: dict[str, Ranges] = {}


@not_rpython
def unicode_class(letter: str) -> Ranges:
    """The Unicode meaning of \\d, \\w or \\s as in Python's re for str patterns: decimal digits,
    alphanumerics plus `_`, whitespace (str.isdecimal / isalnum / isspace). Computed once, when first needed."""
    if letter not in _unicode_classes:
        if letter == "d":
            test = str.isdecimal
        elif letter == "w":
            def test(char: str) -> bool:
                return char.isalnum() or char == "_"
        else:
            test = str.isspace
        ranges: Ranges = []
        start = -1
        for code_point in range(MAX_CODE_POINT + 1):
            if test(chr(code_point)):
                if start < 0:
                    start = code_point
            elif start >= 0:
                ranges.append((start, code_point - 1))
                start = -1
        if start >= 0:
            ranges.append((start, MAX_CODE_POINT))
        _unicode_classes[letter] = ranges
    return _unicode_classes[letter]
