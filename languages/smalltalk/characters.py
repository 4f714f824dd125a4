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


def all_letters(text: str) -> bool:
    return _all_have(text, unicodedb.ALPHA)


def all_digits(text: str) -> bool:
    return _all_have(text, unicodedb.DECIMAL)


def all_white_space(text: str) -> bool:
    return _all_have(text, unicodedb.SPACE)
