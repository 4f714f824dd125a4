"""The Unicode facts the tokenizer needs: identifier characters, printability, NFKC normalisation
of identifiers and `\\N{...}` character names; tables built at import time from `unicodedata`.

Limitation: `\\N{...}` knows the character names and the algorithmic CJK/Hangul names, but not the
formal name aliases (the host's unicodedata does not list them).
"""

from __future__ import annotations

import unicodedata

from kit.rlib.objectmodel import not_rpython

# ---- import-time table construction ----------------------------------------------------------


@not_rpython
def _ranges(codepoints: list[int]) -> list[int]:
    """Sorted code points -> flat [start0, end0, start1, end1, ...] of inclusive ranges."""
    flat: list[int] = []
    for cp in codepoints:
        if flat and flat[-1] == cp - 1:
            flat[-1] = cp
        else:
            flat.append(cp)
            flat.append(cp)
    return flat


@not_rpython
def _build_tables() -> tuple:
    xid_start: list[int] = []
    xid_continue: list[int] = []
    not_printable: list[int] = []
    cjk: list[int] = []
    names: dict[str, int] = {}
    decompositions: dict[int, str] = {}
    combining: dict[int, int] = {}
    compositions: dict[str, str] = {}
    for cp in range(0x110000):
        ch = chr(cp)
        if not ch.isprintable():
            not_printable.append(cp)
        name = unicodedata.name(ch, "")
        if name.startswith("CJK UNIFIED IDEOGRAPH-"):
            cjk.append(cp)
        elif name:
            names[name] = cp
        if cp < 0x80:
            continue
        if ch.isidentifier():
            xid_start.append(cp)
            xid_continue.append(cp)
        elif ("a" + ch).isidentifier():
            xid_continue.append(cp)
        nfkd = unicodedata.normalize("NFKD", ch)
        if nfkd != ch:
            decompositions[cp] = nfkd
        ccc = unicodedata.combining(ch)
        if ccc:
            combining[cp] = ccc
        decomposition = unicodedata.decomposition(ch)
        if decomposition and not decomposition.startswith("<"):
            parts = decomposition.split()
            if len(parts) == 2:
                pair = chr(int(parts[0], 16)) + chr(int(parts[1], 16))
                # primary composites only: composition exclusions do not recompose
                if unicodedata.normalize("NFC", pair) == ch:
                    compositions[pair] = ch
    return (_ranges(xid_start), _ranges(xid_continue), _ranges(not_printable), _ranges(cjk), names,
            decompositions, combining, compositions)


(XID_START_RANGES, XID_CONTINUE_RANGES, NOT_PRINTABLE_RANGES, CJK_RANGES, NAMES, DECOMPOSITIONS,
 COMBINING, COMPOSITIONS) = _build_tables()

HANGUL_BASE = 0xAC00
HANGUL_L_BASE = 0x1100
HANGUL_V_BASE = 0x1161
HANGUL_T_BASE = 0x11A7
HANGUL_L_COUNT = 19
HANGUL_V_COUNT = 21
HANGUL_T_COUNT = 28
HANGUL_COUNT = HANGUL_L_COUNT * HANGUL_V_COUNT * HANGUL_T_COUNT

# ---- run-time queries --------------------------------------------------------------------------


def in_ranges(ranges: list[int], cp: int) -> bool:
    """Binary search in a flat list of inclusive [start, end] pairs."""
    lo = 0
    hi = len(ranges) // 2
    while lo < hi:
        mid = (lo + hi) // 2
        if cp < ranges[2 * mid]:
            hi = mid
        elif cp > ranges[2 * mid + 1]:
            lo = mid + 1
        else:
            return True
    return False


def is_identifier_start(cp: int) -> bool:
    if cp < 0x80:
        return (ord("a") <= cp <= ord("z")) or (ord("A") <= cp <= ord("Z")) or cp == ord("_")
    return in_ranges(XID_START_RANGES, cp)


def is_identifier_continue(cp: int) -> bool:
    if cp < 0x80:
        return ((ord("a") <= cp <= ord("z")) or (ord("A") <= cp <= ord("Z")) or cp == ord("_")
                or (ord("0") <= cp <= ord("9")))
    return in_ranges(XID_CONTINUE_RANGES, cp)


def is_printable(cp: int) -> bool:
    return not in_ranges(NOT_PRINTABLE_RANGES, cp)


def lookup_name(name: str) -> int:
    """The code point named `name` (case-insensitive), or -1."""
    upper = name.upper()
    cp = NAMES.get(upper, -1)
    if cp >= 0:
        return cp
    prefix = "CJK UNIFIED IDEOGRAPH-"
    if upper.startswith(prefix):
        digits = upper[len(prefix):]
        if len(digits) != 4 and len(digits) != 5:
            return -1
        value = 0
        for ch in digits:
            if "0" <= ch <= "9":
                value = value * 16 + ord(ch) - ord("0")
            elif "A" <= ch <= "F":
                value = value * 16 + ord(ch) - ord("A") + 10
            else:
                return -1
        if in_ranges(CJK_RANGES, value):
            return value
    return -1


def _compose_pair(first: str, second: str) -> str:
    """The primary composite of two characters, or '' if there is none."""
    a = ord(first)
    b = ord(second)
    if HANGUL_L_BASE <= a < HANGUL_L_BASE + HANGUL_L_COUNT and HANGUL_V_BASE <= b < HANGUL_V_BASE + HANGUL_V_COUNT:
        return chr(HANGUL_BASE + ((a - HANGUL_L_BASE) * HANGUL_V_COUNT + (b - HANGUL_V_BASE)) * HANGUL_T_COUNT)
    if (HANGUL_BASE <= a < HANGUL_BASE + HANGUL_COUNT and (a - HANGUL_BASE) % HANGUL_T_COUNT == 0
            and HANGUL_T_BASE < b < HANGUL_T_BASE + HANGUL_T_COUNT):
        return chr(a + (b - HANGUL_T_BASE))
    return COMPOSITIONS.get(first + second, "")


def nfkc(text: str) -> str:
    """Unicode normalisation form KC (what CPython applies to non-ASCII identifiers)."""
    # 1. full compatibility decomposition
    chars: list[str] = []
    for ch in text:
        decomposed = DECOMPOSITIONS.get(ord(ch), "")
        if decomposed:
            for part in decomposed:
                chars.append(part)
        else:
            chars.append(ch)
    # 2. canonical ordering: stable sort of each run of non-starters by combining class
    i = 1
    while i < len(chars):
        cc = COMBINING.get(ord(chars[i]), 0)
        j = i
        while j > 0 and cc != 0:
            prev_cc = COMBINING.get(ord(chars[j - 1]), 0)
            if prev_cc <= cc:
                break
            chars[j - 1], chars[j] = chars[j], chars[j - 1]
            j -= 1
        i += 1
    # 3. canonical composition
    result: list[str] = []
    starter = -1
    last_cc = -1  # class of the last character kept after the starter; -1: none yet
    for ch in chars:
        cc = COMBINING.get(ord(ch), 0)
        if starter >= 0 and (last_cc == -1 or (last_cc != 0 and last_cc < cc)):
            composite = _compose_pair(result[starter], ch)
            if composite:
                result[starter] = composite
                continue
        if cc == 0:
            starter = len(result)
            last_cc = -1
        else:
            last_cc = cc
        result.append(ch)
    return "".join(result)
