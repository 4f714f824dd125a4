"""One translated program for kit.rlib's translated tests: `target MODE FILE` runs MODE over the lines
of FILE (bigint, float, text, parsing) or `target helpers`; tests/rlib/test_ztranslated.py compares
its output with the same program untranslated and with CPython.
"""

import os

from kit.rlib.rio import flush_stdout
from tests.rlib.translated import bigint_calc, float_lines, helpers, parsing_lines, text_lines, unicode_table
from tests.rlib.translated.io_lines import read_lines

USAGE = b"usage: target (bigint|float|text|parsing|unicode) FILE | target helpers\n"


MODES = {"bigint": bigint_calc.run, "float": float_lines.run, "text": text_lines.run,
         "parsing": parsing_lines.run, "unicode": unicode_table.run}


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[1] == "helpers":
        helpers.run()
        return 0
    if len(argv) != 3 or argv[1] not in MODES:
        os.write(2, USAGE)
        return 2
    try:
        lines = read_lines(argv[2])
    except OSError:
        os.write(2, ("target: cannot read %s\n" % argv[2]).encode())
        return 1
    MODES[argv[1]](lines)
    return 0


def entry_point(argv: list[str]) -> int:
    status = main(argv)
    flush_stdout()
    return status
