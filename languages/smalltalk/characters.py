"""Character classes of SOM strings (`isLetters`, `isDigits`, `isWhiteSpace`) for every code point,
from the kit's Unicode tables (kit.rlib.unicodedb), so the VM answers alike untranslated and translated.

Letters are Unicode alphabetic characters, digits the decimal digits (category Nd, like Java's
Character.isDigit, which the other SOM VMs use), white space as in Python's str.isspace.
"""

from kit.rlib import unicodedb


def _all_have(text: str, mask: int) -> bool:
    """Non-empty and every code point has one of the flags in mask."""
    if len(text) == 0:
        return False
    for ch in text:
        if unicodedb.flags(ord(ch)) & mask == 0:
            return False
    return True


# One ASCII character (what `charAt:` answers, the usual receiver) is classified by comparisons,
# which a trace keeps inline; anything else goes through the tables (a call in a trace).

# (by code: comparing one-character strings, `"0" <= ch`, is a call of the string comparison)

def code_is_letter(code: int) -> bool:
    """An ASCII code (below 128) of a letter."""
    return (97 <= code and code <= 122) or (65 <= code and code <= 90)


def code_is_digit(code: int) -> bool:
    """An ASCII code (below 128) of a digit."""
    return 48 <= code and code <= 57


def code_is_white_space(code: int) -> bool:
    """A code below 256 of white space: Python's isspace, tab to carriage return, the separators
    0x1c to 0x1f, space, and in Latin-1 0x85 and the no-break space 0xa0."""
    return (9 <= code and code <= 13) or (28 <= code and code <= 32) or code == 0x85 or code == 0xa0


def all_letters(text: str) -> bool:
    if len(text) == 1 and ord(text[0]) < 128:
        return code_is_letter(ord(text[0]))
    return _all_have(text, unicodedb.ALPHA)


def all_digits(text: str) -> bool:
    if len(text) == 1 and ord(text[0]) < 128:
        return code_is_digit(ord(text[0]))
    return _all_have(text, unicodedb.DECIMAL)


def all_white_space(text: str) -> bool:
    if len(text) == 1 and ord(text[0]) < 256:
        return code_is_white_space(ord(text[0]))
    return _all_have(text, unicodedb.SPACE)
