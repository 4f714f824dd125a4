"""print(): text goes through a buffer flushed when it fills and at exit, like CPython's stdout
when it is not a terminal (line by line when it is), so print and os.write interleave as there.
"""

from __future__ import annotations

from typing import Any

from kit.rffi import c_write
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.llstr import BYTES, ll_encode_utf8
from kit.rtyper.lltype import cast_primitive, malloc

BUFFER_SIZE = 8192
PRINTBUF = lltype.GcStruct("printbuf", ("data", lltype.Ptr(lltype.GcArray(lltype.Char))),
                           ("used", lltype.Signed), ("mode", lltype.Signed))
# mode: 0 unknown yet, 1 block-buffered (pipe, file), 2 line-buffered (terminal)
_STDOUT = lltype.LLStruct(PRINTBUF)
_STDOUT.setfield("data", lltype.LLPointer(lltype.Ptr(lltype.GcArray(lltype.Char)),
                                          lltype.LLArray(lltype.GcArray(lltype.Char), BUFFER_SIZE)))
STDOUT = lltype.LLPointer(lltype.Ptr(PRINTBUF), _STDOUT)


def ll_print_str(s: Any) -> None:
    data = ll_encode_utf8(s, 3)
    buf = STDOUT
    if buf.mode == 0:
        from kit.rtyper.ros import ll_os_isatty
        buf.mode = 2 if ll_os_isatty(1) else 1
    n = len(data.chars)
    if buf.used + n > BUFFER_SIZE:
        ll_flush_stdout()
    if n > BUFFER_SIZE:
        _write_all(llop.getinteriorarrayaddress(lltype.Address, data, "chars"), n)
        return
    i = 0
    target = buf.data
    used = buf.used
    while i < n:
        target[used + i] = data.chars[i]
        i += 1
    buf.used = used + n
    if buf.mode == 2 and n > 0 and cast_primitive(lltype.Signed, data.chars[n - 1]) == 10:
        ll_flush_stdout()


def ll_flush_stdout() -> None:
    buf = STDOUT
    if buf.used > 0:
        _write_all(llop.getarrayaddress(lltype.Address, buf.data), buf.used)
        buf.used = 0


def _write_all(address: Any, n: int) -> None:
    done = 0
    while done < n:
        written = c_write(1, address + done, n - done)
        if written <= 0:
            return
        done += written


__all__ = ["ll_print_str", "ll_flush_stdout", "BYTES", "malloc"]
