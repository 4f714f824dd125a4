"""The flag bits and mapping encoding shared by kit.rlib.unicodedb and its table generator.

(Constants only, so that the generator and the run-time lookups agree on them.)
"""

MAX_CODE_POINT = 0x10FFFF

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
