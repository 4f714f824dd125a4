"""Python's str classification and case-mapping methods for whole strings, in RPython.

Built on the per-code-point tables of kit.rlib.unicodedb, following CPython's rules: full
(multi-character) mappings, the final-sigma rule of lower(), word starts for title().
"""

from __future__ import annotations

from kit.rlib import unicodedb as db

CAPITAL_SIGMA = 0x03A3
SMALL_SIGMA = "\u03c3"
FINAL_SIGMA = "\u03c2"


# ---- classification --------------------------------------------------------------------------------

def _all_have(s: str, mask: int) -> bool:
    """Non-empty and every character has one of the flags in mask."""
    if len(s) == 0:
        return False
    for ch in s:
        if db.flags(ord(ch)) & mask == 0:
            return False
    return True


def isalpha(s: str) -> bool:
    return _all_have(s, db.ALPHA)


def isdecimal(s: str) -> bool:
    return _all_have(s, db.DECIMAL)


def isdigit(s: str) -> bool:
    return _all_have(s, db.DIGIT)


def isnumeric(s: str) -> bool:
    return _all_have(s, db.NUMERIC)


def isalnum(s: str) -> bool:
    return _all_have(s, db.ALPHA | db.DECIMAL | db.DIGIT | db.NUMERIC)


def isspace(s: str) -> bool:
    return _all_have(s, db.SPACE)


def isprintable(s: str) -> bool:
    """Every character is printable (True for the empty string)."""
    for ch in s:
        if db.flags(ord(ch)) & db.PRINTABLE == 0:
            return False
    return True


def isupper(s: str) -> bool:
    """No lowercase or titlecase character and at least one uppercase one."""
    cased = False
    for ch in s:
        f = db.flags(ord(ch))
        if f & (db.LOWER | db.TITLE):
            return False
        if f & db.UPPER:
            cased = True
    return cased


def islower(s: str) -> bool:
    cased = False
    for ch in s:
        f = db.flags(ord(ch))
        if f & (db.UPPER | db.TITLE):
            return False
        if f & db.LOWER:
            cased = True
    return cased


def istitle(s: str) -> bool:
    """Uppercase/titlecase characters only after uncased ones, lowercase only after cased ones."""
    cased = False
    previous_is_cased = False
    for ch in s:
        f = db.flags(ord(ch))
        if f & (db.UPPER | db.TITLE):
            if previous_is_cased:
                return False
            previous_is_cased = True
            cased = True
        elif f & db.LOWER:
            if not previous_is_cased:
                return False
            previous_is_cased = True
            cased = True
        else:
            previous_is_cased = False
    return cased


def isidentifier(s: str) -> bool:
    if len(s) == 0:
        return False
    first = ord(s[0])
    if first != 95 and not db.isxid_start(first):         # 95 is '_'
        return False
    for i in range(1, len(s)):
        if not db.isxid_continue(ord(s[i])):
            return False
    return True


def isascii(s: str) -> bool:
    for ch in s:
        if ord(ch) >= 128:
            return False
    return True


# ---- case mapping ------------------------------------------------------------------------------------

def _final_sigma(s: str, i: int) -> bool:
    """Whether the capital sigma at s[i] ends a word: a cased letter before it and none after it,
    skipping case-ignorable characters on both sides."""
    j = i - 1
    while j >= 0 and db.iscaseignorable(ord(s[j])):
        j -= 1
    if j < 0 or not db.iscased(ord(s[j])):
        return False
    j = i + 1
    while j < len(s) and db.iscaseignorable(ord(s[j])):
        j += 1
    return j == len(s) or not db.iscased(ord(s[j]))


def _lower_at(s: str, i: int) -> str:
    cp = ord(s[i])
    if cp == CAPITAL_SIGMA:
        return FINAL_SIGMA if _final_sigma(s, i) else SMALL_SIGMA
    return db.lower_of(cp)


def _ascii_shift_case(s: str, lo: str, hi: str, delta: int) -> str:
    """For ASCII text: characters in [lo, hi] moved by delta (a fast path of upper/lower)."""
    chars = [""] * len(s)
    for i in range(len(s)):
        ch = s[i]
        if lo <= ch <= hi:
            ch = chr(ord(ch) + delta)
        chars[i] = ch
    return "".join(chars)


def upper(s: str) -> str:
    if isascii(s):
        return _ascii_shift_case(s, "a", "z", -32)
    parts = [""] * len(s)
    for i in range(len(s)):
        parts[i] = db.upper_of(ord(s[i]))
    return "".join(parts)


def lower(s: str) -> str:
    if isascii(s):
        return _ascii_shift_case(s, "A", "Z", 32)
    parts = [""] * len(s)
    for i in range(len(s)):
        parts[i] = _lower_at(s, i)
    return "".join(parts)


def casefold(s: str) -> str:
    parts = [""] * len(s)
    for i in range(len(s)):
        parts[i] = db.casefold_of(ord(s[i]))
    return "".join(parts)


def swapcase(s: str) -> str:
    parts = [""] * len(s)
    for i in range(len(s)):
        cp = ord(s[i])
        f = db.flags(cp)
        if f & db.UPPER:
            parts[i] = _lower_at(s, i)
        elif f & db.LOWER:
            parts[i] = db.upper_of(cp)
        else:
            parts[i] = s[i]
    return "".join(parts)


def title(s: str) -> str:
    """Titlecase after an uncased character, lowercase after a cased one."""
    parts = [""] * len(s)
    previous_is_cased = False
    for i in range(len(s)):
        cp = ord(s[i])
        if previous_is_cased:
            parts[i] = _lower_at(s, i)
        else:
            parts[i] = db.title_of(cp)
        previous_is_cased = db.iscased(cp)
    return "".join(parts)


def capitalize(s: str) -> str:
    """The first character titlecased, the rest lowercased."""
    parts = [""] * len(s)
    for i in range(len(s)):
        if i == 0:
            parts[i] = db.title_of(ord(s[0]))
        else:
            parts[i] = _lower_at(s, i)
    return "".join(parts)


# ---- single code points --------------------------------------------------------------------------------

def char_upper(cp: int) -> str:
    """chr(cp).upper()."""
    return db.upper_of(cp)


def char_lower(cp: int) -> str:
    """chr(cp).lower() (a lone capital sigma has no word before it: small sigma)."""
    return db.lower_of(cp)


def char_title(cp: int) -> str:
    return db.title_of(cp)


def char_casefold(cp: int) -> str:
    return db.casefold_of(cp)


def char_swapcase(cp: int) -> str:
    f = db.flags(cp)
    if f & db.UPPER:
        return db.lower_of(cp)
    if f & db.LOWER:
        return db.upper_of(cp)
    return chr(cp)


# ---- repr ----------------------------------------------------------------------------------------------

HEX = "0123456789abcdef"


def _hex_escape(prefix: str, cp: int, width: int) -> str:
    chars = [prefix]
    shift = 4 * (width - 1)
    while shift >= 0:
        chars.append(HEX[(cp >> shift) & 0xF])
        shift -= 4
    return "".join(chars)


def repr_str(s: str) -> str:
    """CPython's repr() of a str: quotes chosen to avoid escaping, non-printables escaped."""
    quote = "'"
    if "'" in s and '"' not in s:
        quote = '"'
    parts = [quote]
    for ch in s:
        cp = ord(ch)
        if ch == quote or ch == "\\":
            parts.append("\\" + ch)
        elif ch == "\t":
            parts.append("\\t")
        elif ch == "\n":
            parts.append("\\n")
        elif ch == "\r":
            parts.append("\\r")
        elif cp < 0x20 or cp == 0x7F:
            parts.append(_hex_escape("\\x", cp, 2))
        elif cp < 0x7F or db.isprintable(cp):
            parts.append(ch)
        elif cp <= 0xFF:
            parts.append(_hex_escape("\\x", cp, 2))
        elif cp <= 0xFFFF:
            parts.append(_hex_escape("\\u", cp, 4))
        else:
            parts.append(_hex_escape("\\U", cp, 8))
    parts.append(quote)
    return "".join(parts)


# ---- lines -----------------------------------------------------------------------------------------------

def splitlines(s: str, keepends: bool = False) -> list[str]:
    """str.splitlines: breaks at \\n, \\r, \\r\\n, \\v, \\f, \\x1c-\\x1e, \\x85, \\u2028, \\u2029."""
    lines: list[str] = []
    i = 0
    n = len(s)
    start = 0
    while i < n:
        cp = ord(s[i])
        if db.islinebreak(cp):
            eol = i + 1
            if cp == 13 and eol < n and s[eol] == "\n":
                eol += 1
            lines.append(s[start:eol] if keepends else s[start:i])
            start = eol
            i = eol
        else:
            i += 1
    if start < n:
        lines.append(s[start:n])
    return lines
