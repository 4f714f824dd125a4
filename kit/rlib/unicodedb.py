"""Unicode properties of single code points: classification flags and full case mappings.

The tables are generated at import time (kit.rlib.unicodegen) from the host's unicodedata and str
methods, so they match CPython exactly; they are two-level (block index, then record index) and
packed into lists of ints, which become compact prebuilt constants in a translated program.
"""

from __future__ import annotations

from kit.rlib.unicodeflags import (  # noqa: F401  (the flags are part of this module's interface)
    ALPHA,
    CASE_IGNORABLE,
    CASED,
    DECIMAL,
    DIGIT,
    LINEBREAK,
    LOWER,
    MAX_CODE_POINT,
    NUMERIC,
    PRINTABLE,
    SPACE,
    SPECIAL_MAPPING_BIT,
    TITLE,
    UPPER,
    XID_CONTINUE,
    XID_START,
)
from kit.rlib.unicodegen import UNIDATA_VERSION, load_tables  # noqa: F401

(SPECIAL_MAPPINGS, _records, BLOCK_SHIFT, STAGE1, STAGE1_BITS, STAGE1_LOG,
 STAGE2, STAGE2_BITS, STAGE2_LOG) = load_tables()
SPECIAL_MAPPINGS = list(SPECIAL_MAPPINGS)
STAGE1 = list(STAGE1)
STAGE2 = list(STAGE2)
BLOCK_MASK = (1 << BLOCK_SHIFT) - 1
STAGE1_MASK = (1 << STAGE1_BITS) - 1
STAGE2_MASK = (1 << STAGE2_BITS) - 1
REC_FLAGS = [r[0] for r in _records]
REC_UPPER = [r[1] for r in _records]
REC_LOWER = [r[2] for r in _records]
REC_TITLE = [r[3] for r in _records]
REC_FOLD = [r[4] for r in _records]
REC_DECIMAL = [r[5] for r in _records]
del _records


# ---- lookups (run time) ----------------------------------------------------------------------------------

def record_index(cp: int) -> int:
    """The record of code point cp (out-of-range values get the empty record 0)."""
    if cp < 0 or cp > MAX_CODE_POINT:
        return 0
    i = cp >> BLOCK_SHIFT
    block = (STAGE1[i >> STAGE1_LOG] >> ((i & ((1 << STAGE1_LOG) - 1)) * STAGE1_BITS)) & STAGE1_MASK
    j = (block << BLOCK_SHIFT) | (cp & BLOCK_MASK)
    return (STAGE2[j >> STAGE2_LOG] >> ((j & ((1 << STAGE2_LOG) - 1)) * STAGE2_BITS)) & STAGE2_MASK


def flags(cp: int) -> int:
    return REC_FLAGS[record_index(cp)]


def isalpha(cp: int) -> bool:
    return flags(cp) & ALPHA != 0


def isdecimal(cp: int) -> bool:
    return flags(cp) & DECIMAL != 0


def isdigit(cp: int) -> bool:
    return flags(cp) & DIGIT != 0


def isnumeric(cp: int) -> bool:
    return flags(cp) & NUMERIC != 0


def isalnum(cp: int) -> bool:
    return flags(cp) & (ALPHA | DECIMAL | DIGIT | NUMERIC) != 0


def isspace(cp: int) -> bool:
    return flags(cp) & SPACE != 0


def isupper(cp: int) -> bool:
    return flags(cp) & UPPER != 0


def islower(cp: int) -> bool:
    return flags(cp) & LOWER != 0


def istitle(cp: int) -> bool:
    """True for titlecase letters (category Lt), like CPython's Py_UNICODE_ISTITLE."""
    return flags(cp) & TITLE != 0


def iscased(cp: int) -> bool:
    return flags(cp) & CASED != 0


def iscaseignorable(cp: int) -> bool:
    return flags(cp) & CASE_IGNORABLE != 0


def isprintable(cp: int) -> bool:
    return flags(cp) & PRINTABLE != 0


def isxid_start(cp: int) -> bool:
    """May start an identifier (XID_Start; '_' is handled by the caller, as in CPython)."""
    return flags(cp) & XID_START != 0


def isxid_continue(cp: int) -> bool:
    return flags(cp) & XID_CONTINUE != 0


def islinebreak(cp: int) -> bool:
    return flags(cp) & LINEBREAK != 0


def decimal_value(cp: int) -> int:
    """The decimal digit value of cp (0-9), or -1."""
    return REC_DECIMAL[record_index(cp)]


def _mapped(cp: int, code: int) -> str:
    if code & SPECIAL_MAPPING_BIT:
        return SPECIAL_MAPPINGS[code >> 1]
    return chr(cp + (code >> 1))


def _mapped_single(cp: int, code: int) -> int:
    """The single code point of a mapping, or -1 if it maps to several."""
    if code & SPECIAL_MAPPING_BIT:
        return -1
    return cp + (code >> 1)


def upper_of(cp: int) -> str:
    """The full uppercase mapping of cp (may be several characters: 'ß' -> 'SS')."""
    return _mapped(cp, REC_UPPER[record_index(cp)])


def lower_of(cp: int) -> str:
    """The full lowercase mapping (without the final-sigma context rule)."""
    return _mapped(cp, REC_LOWER[record_index(cp)])


def title_of(cp: int) -> str:
    return _mapped(cp, REC_TITLE[record_index(cp)])


def casefold_of(cp: int) -> str:
    return _mapped(cp, REC_FOLD[record_index(cp)])


def upper_single(cp: int) -> int:
    """The uppercase code point when the mapping is one character, else -1."""
    return _mapped_single(cp, REC_UPPER[record_index(cp)])


def lower_single(cp: int) -> int:
    return _mapped_single(cp, REC_LOWER[record_index(cp)])


def transform_decimal_and_space(s: str) -> str:
    """Unicode decimal digits to ASCII digits and non-ASCII whitespace to ' ' (what int() and
    float() do before parsing); other characters are kept."""
    ascii_only = True
    for ch in s:
        if ord(ch) >= 128:
            ascii_only = False
            break
    if ascii_only:
        return s
    chars = [" "] * len(s)
    for i in range(len(s)):
        ch = s[i]
        cp = ord(ch)
        if cp >= 128:
            rec = record_index(cp)
            if REC_FLAGS[rec] & SPACE:
                ch = " "
            elif REC_DECIMAL[rec] >= 0:
                ch = chr(48 + REC_DECIMAL[rec])
        chars[i] = ch
    return "".join(chars)
