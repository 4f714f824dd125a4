"""The os functions of RPython programs, on top of the C library: failures raise OSError carrying
errno and CPython's message, as the os module does.
"""

from __future__ import annotations

from typing import Any

from kit.rffi import c_close, c_getenv, c_open, c_read, c_strerror, c_strlen, c_write, kit_errno
from kit.rtyper import lltype
from kit.rtyper.llop import llop
from kit.rtyper.llstr import BYTES, STR, ll_c_string, ll_decode_utf8
from kit.rtyper.lltype import cast_primitive, malloc


def _raise_oserror() -> None:
    errno = cast_primitive(lltype.Signed, kit_errno())
    message = ll_os_strerror(errno)
    raise OSError(errno, message)


def ll_os_write(fd: int, data: Any) -> int:
    n = len(data.chars)
    written = c_write(fd, llop.getinteriorarrayaddress(lltype.Address, data, "chars"), n)
    if written < 0:
        _raise_oserror()
    return written


def ll_os_read(fd: int, count: int) -> Any:
    if count < 0:
        raise ValueError("negative count")
    buf = malloc(BYTES, count)
    got = c_read(fd, llop.getinteriorarrayaddress(lltype.Address, buf, "chars"), count)
    if got < 0:
        _raise_oserror()
    if got == count:
        return buf
    result = malloc(BYTES, got)
    llop.interior_arraycopy(lltype.Void, buf, result, "chars", 0, 0, got)
    return result


def ll_os_open(path: Any, flags: int, mode: int) -> int:
    cpath = ll_c_string(path)
    fd = c_open(llop.getinteriorarrayaddress(lltype.Address, cpath, "chars"), flags, mode)
    if cast_primitive(lltype.Signed, fd) < 0:
        _raise_oserror()
    return cast_primitive(lltype.Signed, fd)


def ll_os_close(fd: int) -> None:
    if cast_primitive(lltype.Signed, c_close(fd)) < 0:
        _raise_oserror()


def ll_os_isatty(fd: int) -> bool:
    from kit.rffi import c_isatty
    return cast_primitive(lltype.Signed, c_isatty(fd)) == 1


def ll_os_getenv(name: Any, default: Any) -> Any:
    cname = ll_c_string(name)
    address = c_getenv(llop.getinteriorarrayaddress(lltype.Address, cname, "chars"))
    if llop.cast_adr_to_int(lltype.Signed, address) == 0:
        return default
    return _string_from_c(address)


def _string_from_c(address: Any) -> Any:
    n = cast_primitive(lltype.Signed, c_strlen(address))
    data = malloc(BYTES, n)
    i = 0
    while i < n:
        data.chars[i] = llop.raw_load(lltype.Char, address, i)
        i += 1
    return ll_decode_utf8(data, 3)


def ll_os_strerror(errno: int) -> Any:
    return _string_from_c(c_strerror(errno))


__all__ = ["STR"]
