"""Unicode properties of single code points: classification flags and full case mappings.

The tables are generated at import time from the host's unicodedata and str methods, so they match
CPython exactly; they are two-level (block index, then record index) and packed into lists of ints,
which become compact prebuilt constants in a translated program.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import unicodedata

from kit.rlib.objectmodel import not_rpython

MAX_CODE_POINT = 0x10FFFF
UNIDATA_VERSION = unicodedata.unidata_version

# record flags
ALPHA = 1 << 0
DECIMAL = 1 << 1
DIGIT = 1 << 2
NUMERIC = 1 << 3
SPACE = 1 << 4
UPPER = 1 << 5            # the Uppercase property (str.isupper on one character)
LOWER = 1 << 6            # the Lowercase property
TITLE = 1 << 7            # titlecase letters (category Lt)
CASED = 1 << 8
CASE_IGNORABLE = 1 << 9
PRINTABLE = 1 << 10
XID_START = 1 << 11
XID_CONTINUE = 1 << 12
LINEBREAK = 1 << 13       # a line boundary for str.splitlines

# A case mapping is stored as (delta << 1) for a single code point cp + delta, or
# (index << 1) | 1 for SPECIAL_MAPPINGS[index], a string of several code points.
SPECIAL_MAPPING_BIT = 1


# ---- generation (import time) ------------------------------------------------------------------------

class _TableBuilder:
    """Collects per-code-point records into deduplicated tables."""

    @not_rpython
    def __init__(self) -> None:
        self.record_ids: dict[tuple, int] = {}
        self.records: list[tuple] = []
        self.special_ids: dict[str, int] = {}
        self.specials: list[str] = []

    @not_rpython
    def mapping(self, cp: int, mapped: str) -> int:
        if len(mapped) == 1:
            return (ord(mapped) - cp) << 1
        index = self.special_ids.get(mapped)
        if index is None:
            index = len(self.specials)
            self.special_ids[mapped] = index
            self.specials.append(mapped)
        return (index << 1) | SPECIAL_MAPPING_BIT

    @not_rpython
    def record(self, rec: tuple) -> int:
        index = self.record_ids.get(rec)
        if index is None:
            index = len(self.records)
            self.record_ids[rec] = index
            self.records.append(rec)
        return index


@not_rpython
def _flags_of(ch: str) -> int:
    flags = 0
    if ch.isalpha():
        flags |= ALPHA
    if ch.isdecimal():
        flags |= DECIMAL
    if ch.isdigit():
        flags |= DIGIT
    if ch.isnumeric():
        flags |= NUMERIC
    if ch.isspace():
        flags |= SPACE
    if ch.isupper():
        flags |= UPPER
    if ch.islower():
        flags |= LOWER
    if ch.istitle() and not ch.isupper():
        flags |= TITLE
    # Cased: a following letter is lowercased by title(); Case_Ignorable: transparent to the
    # final-sigma rule of lower() (probed through CPython's own behaviour)
    if (ch + "a").title()[-1] == "a":
        flags |= CASED
    if ("A" + ch + "\u03a3").lower()[-1] == "\u03c2" and (ch + "\u03a3").lower()[-1] != "\u03c2":
        flags |= CASE_IGNORABLE
    if ch.isprintable():
        flags |= PRINTABLE
    if ch.isidentifier() and ch != "_":
        flags |= XID_START
    if ("a" + ch).isidentifier():
        flags |= XID_CONTINUE
    if len(("a" + ch + "b").splitlines()) == 2:
        flags |= LINEBREAK
    return flags


@not_rpython
def _record_of(builder: _TableBuilder, cp: int) -> tuple:
    ch = chr(cp)
    return (_flags_of(ch),
            builder.mapping(cp, ch.upper()), builder.mapping(cp, ch.lower()),
            builder.mapping(cp, ch.title()), builder.mapping(cp, ch.casefold()),
            unicodedata.decimal(ch, -1))


# code points of these categories have no properties at all (all flags clear, identity mappings)
_PROPERTYLESS = ("Cn", "Co", "Cs")


@not_rpython
def _generate() -> tuple[list[int], list[tuple], list[str]]:
    builder = _TableBuilder()
    empty = builder.record((0, 0, 0, 0, 0, -1))
    per_code_point = [empty] * (MAX_CODE_POINT + 1)
    category = unicodedata.category
    for cp in range(MAX_CODE_POINT + 1):
        if category(chr(cp)) not in _PROPERTYLESS:
            per_code_point[cp] = builder.record(_record_of(builder, cp))
    return per_code_point, builder.records, builder.specials


@not_rpython
def _two_level(values: list[int], shift: int) -> tuple[list[int], list[int]]:
    """Split values into blocks of 2**shift; equal blocks are stored once."""
    size = 1 << shift
    block_ids: dict[tuple, int] = {}
    stage1: list[int] = []
    stage2: list[int] = []
    for start in range(0, len(values), size):
        block = tuple(values[start:start + size])
        bid = block_ids.get(block)
        if bid is None:
            bid = len(block_ids)
            block_ids[block] = bid
            stage2.extend(block)
        stage1.append(bid)
    return stage1, stage2


@not_rpython
def _packing_for(values: list[int]) -> tuple[int, int]:
    """(bits per entry, log2 of entries per word) so that a word stays below 2**63."""
    need = max(values).bit_length()
    for bits, log in ((7, 3), (15, 2), (31, 1)):
        if need <= bits:
            return bits, log
    return 63, 0


@not_rpython
def _pack(values: list[int], bits: int, log: int) -> list[int]:
    per_word = 1 << log
    words = [0] * ((len(values) + per_word - 1) // per_word)
    for i, v in enumerate(values):
        words[i >> log] |= v << ((i & (per_word - 1)) * bits)
    return words


@not_rpython
def _best_layout(values: list[int]) -> tuple[int, list[int], int, int, list[int], int, int]:
    best = None
    for shift in range(5, 11):
        stage1, stage2 = _two_level(values, shift)
        b1, l1 = _packing_for(stage1)
        b2, l2 = _packing_for(stage2)
        packed1 = _pack(stage1, b1, l1)
        packed2 = _pack(stage2, b2, l2)
        size = len(packed1) + len(packed2)
        if best is None or size < best[0]:
            best = (size, (shift, packed1, b1, l1, packed2, b2, l2))
    assert best is not None
    return best[1]


@not_rpython
def _generate_tables() -> tuple:
    per_code_point, records, specials = _generate()
    return (specials, records) + _best_layout(per_code_point)


@not_rpython
def _cache_path() -> str:
    """A cache file named after everything the tables depend on: this module's source, the
    Python version and its Unicode database version."""
    with open(__file__, "rb") as f:
        source = f.read()
    key = hashlib.sha256(source + sys.version.encode() + UNIDATA_VERSION.encode()).hexdigest()[:20]
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__",
                        "unicodedb-%s.marshal" % key)


@not_rpython
def _load_tables() -> tuple:
    """The generated tables, from the cache when it is there (generation takes ~0.3 s)."""
    try:
        path = _cache_path()
    except OSError:
        return _generate_tables()
    try:
        with open(path, "rb") as f:
            cached = marshal.load(f)
        if isinstance(cached, tuple) and len(cached) == 9:
            return cached
    except (OSError, EOFError, ValueError, TypeError):
        pass
    tables = _generate_tables()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temp = "%s.%d.tmp" % (path, os.getpid())
        with open(temp, "wb") as f:
            marshal.dump(tables, f)
        os.replace(temp, path)
    except OSError:
        pass
    return tables


(SPECIAL_MAPPINGS, _records, BLOCK_SHIFT, STAGE1, STAGE1_BITS, STAGE1_LOG,
 STAGE2, STAGE2_BITS, STAGE2_LOG) = _load_tables()
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
