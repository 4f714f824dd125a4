"""The code around a program's entry_point: the C argv becomes a list of str, uncaught exceptions
are reported as CPython reports them ("Fatal RPython error: Class: message", status 1), and the
print buffer is flushed at exit.
"""

from __future__ import annotations

import os
from typing import Any

from kit.rlib.rio import flush_stdout
from kit.rtyper import lllist, lltype
from kit.rtyper.llop import llop
from kit.rtyper.ros import _string_from_c


def make_entry_wrapper(entry_point: Any) -> Any:
    def kit_entry(argv: list) -> int:
        try:
            status = entry_point(argv)
        except Exception as e:
            flush_stdout()
            message = str(e)
            text = "Fatal RPython error: " + type(e).__name__
            if message:
                text += ": " + message
            os.write(2, (text + "\n").encode())
            return 1
        flush_stdout()
        return status

    return kit_entry


def make_ll_main(LIST: Any, ITEMS: Any, entry: lltype.LLFunction) -> Any:
    def ll_kit_main(argc: int, argv: Any) -> int:
        args = lllist.ll_newlist(LIST, ITEMS, 0)
        i = 0
        while i < argc:
            lllist.ll_append(args, _string_from_c(llop.raw_load(lltype.Address, argv, i * 8)))
            i += 1
        return entry(args)

    return ll_kit_main
