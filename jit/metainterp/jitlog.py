"""The counts behind KITLOG=jit's summary at exit: compiled loops and bridges, aborts with their
reasons, guard failures, and the time spent tracing and compiling (kept and printed by
kit/backend/llvm/jitglue.c).  Translated code only; each call is a cheap C call on a cold path.
"""

from __future__ import annotations

from kit.rffi import CFunction
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import Address, Float, Signed, Void

c_enable = CFunction("kit_jit_stats_enable", [Signed], Void)
c_compiled = CFunction("kit_jit_stats_compiled", [Signed, Float, Float], Void)
c_tracing = CFunction("kit_jit_stats_tracing", [Float], Void)
c_abort = CFunction("kit_jit_stats_abort", [Address], Void)
c_count = CFunction("kit_jit_stats_count", [Signed], Void)

LOOP = 0
BRIDGE = 1
NOT_COMPILED = 0
GUARD_FAILURE = 1
BLACKHOLE = 2


class JitLog:
    """Forwards to the C side once `enable` was called (KITLOG names jit); silent otherwise."""

    def __init__(self) -> None:
        self.enabled = False

    def enable(self, fd: int) -> None:
        """Print the summary at exit into file descriptor fd (the log's)."""
        self.enabled = True
        c_enable(fd)

    def compiled(self, kind: int, seconds: float, backend_seconds: float) -> None:
        if self.enabled:
            c_compiled(kind, seconds, backend_seconds)

    def traced(self, seconds: float) -> None:
        if self.enabled:
            c_tracing(seconds)

    def aborted(self, reason: str) -> None:
        if self.enabled:
            text = _c_string(reason)
            c_abort(text)
            llop.raw_free(Void, text)

    def count(self, what: int) -> None:
        if self.enabled:
            c_count(what)


def _c_string(text: str) -> Address:
    """A NUL-terminated copy of text in raw memory, non-ASCII as '?' (the caller frees it)."""
    n = len(text)
    buf = llop.raw_malloc(Address, n + 1)
    i = 0
    while i < n:
        code = ord(text[i])
        if code > 127 or code == 0:
            code = 63
        llop.raw_store(Void, lltype.Char, buf, i, lltype.cast_primitive(lltype.Char, code))
        i += 1
    llop.raw_store(Void, lltype.Char, buf, n, lltype.cast_primitive(lltype.Char, 0))
    return buf


JITLOG = JitLog()
