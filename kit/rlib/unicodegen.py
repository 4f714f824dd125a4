"""Import-time generation of the Unicode tables of kit.rlib.unicodedb (not translated itself).

Every code point's properties are read from the host's unicodedata and str methods, deduplicated
into records and packed into two-level tables; the result is cached under __pycache__, keyed by this
file's source and the Python and Unicode versions (generating takes about 0.3 s).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import unicodedata

from kit.rlib.objectmodel import not_rpython
from kit.rlib.unicodeflags import (
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

UNIDATA_VERSION = unicodedata.unidata_version

# ---- generation ------------------------------------------------------------------------

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
def _flags_file() -> str:
    from kit.rlib import unicodeflags
    return unicodeflags.__file__


@not_rpython
def _cache_path() -> str:
    """A cache file named after everything the tables depend on: this module's source, the
    Python version and its Unicode database version."""
    source = b""
    for name in (__file__, _flags_file()):
        with open(name, "rb") as f:
            source += f.read()
    key = hashlib.sha256(source + sys.version.encode() + UNIDATA_VERSION.encode()).hexdigest()[:20]
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__",
                        "unicodedb-%s.marshal" % key)


@not_rpython
def load_tables() -> tuple:
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
