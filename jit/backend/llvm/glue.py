"""The C functions of kit/backend/llvm/jitglue.c as the translated JIT sees them, and the raw memory
helpers around them (C strings, the jitframe).  Translated code only.
"""

from __future__ import annotations

from kit.rffi import CFunction
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.lltype import Address, Signed

c_llvm_load = CFunction("kit_jit_llvm_load", [Address, Signed], Signed)
c_llvm_compile = CFunction("kit_jit_llvm_compile", [Address, Address, Signed], Signed)
c_stats_recompiled = CFunction("kit_jit_stats_recompiled", [lltype.Float], lltype.Void)
c_llvm_error = CFunction("kit_jit_llvm_error", [], Address)
# compiled code calls back into the program (residual calls, allocation): it may raise and collect
c_jit_call = CFunction("kit_jit_call", [Signed, Address], Signed, canraise=True, cancollect=True)
c_global_address = CFunction("kit_jit_global_address", [Signed], Signed)

GLOBAL_EXC_TYPE = 0
GLOBAL_EXC_VALUE = 1
GLOBAL_ROOT_STACK_TOP = 2
GLOBAL_NURSERY = 3


def int_to_adr(value: int) -> Address:
    return llop.cast_int_to_adr(Address, value)


def c_string(text: str) -> Address:
    """A NUL-terminated copy of ASCII text in raw memory (the caller frees it with free_raw).
    Eight characters go in one store: the IR of a trace is tens of kilobytes, copied per trace."""
    n = len(text)
    buf = llop.raw_malloc(Address, n + 1)
    i = 0
    while i + 8 <= n:
        word = ((ord(text[i]) & 0x7F) | (ord(text[i + 1]) & 0x7F) << 8 | (ord(text[i + 2]) & 0x7F) << 16
                | (ord(text[i + 3]) & 0x7F) << 24 | (ord(text[i + 4]) & 0x7F) << 32
                | (ord(text[i + 5]) & 0x7F) << 40 | (ord(text[i + 6]) & 0x7F) << 48
                | (ord(text[i + 7]) & 0x7F) << 56)
        llop.raw_store(lltype.Void, Signed, buf, i, word)
        i += 8
    while i < n:
        llop.raw_store(lltype.Void, lltype.Char, buf, i, lltype.cast_primitive(lltype.Char, ord(text[i]) & 0x7F))
        i += 1
    llop.raw_store(lltype.Void, lltype.Char, buf, n, lltype.cast_primitive(lltype.Char, 0))
    return buf


def free_raw(buf: Address) -> None:
    llop.raw_free(lltype.Void, buf)


def string_from_c(buf: Address) -> str:
    chars: list[str] = []
    i = 0
    while True:
        code = lltype.cast_primitive(Signed, llop.raw_load(lltype.Char, buf, i))
        if code == 0:
            break
        chars.append(chr(code))
        i += 1
    return "".join(chars)


def last_error() -> str:
    return string_from_c(c_llvm_error())
