"""The os functions of RPython programs, on top of the C library: failures raise OSError carrying
errno and CPython's message, as the os module does.
"""

from __future__ import annotations

from typing import Any

from kit.rffi import (
    c_chdir,
    c_close,
    c_free,
    c_getenv,
    c_getpid,
    c_lseek,
    c_mkdir,
    c_open,
    c_read,
    c_rename,
    c_rmdir,
    c_strerror,
    c_strlen,
    c_unlink,
    c_write,
    kit_errno,
    kit_getcwd,
    kit_path_kind,
)
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


def _c_path(path: Any) -> Any:
    return llop.getinteriorarrayaddress(lltype.Address, ll_c_string(path), "chars")


def _check_status(status: Any) -> None:
    if cast_primitive(lltype.Signed, status) < 0:
        _raise_oserror()


def ll_os_unlink(path: Any) -> None:
    _check_status(c_unlink(_c_path(path)))


def ll_os_rmdir(path: Any) -> None:
    _check_status(c_rmdir(_c_path(path)))


def ll_os_mkdir(path: Any, mode: int) -> None:
    _check_status(c_mkdir(_c_path(path), mode))


def ll_os_rename(src: Any, dst: Any) -> None:
    # Both C strings must exist before either address is taken: the second allocation may collect,
    # and a collection frees or moves the first string.
    c_src = ll_c_string(src)
    c_dst = ll_c_string(dst)
    _check_status(c_rename(llop.getinteriorarrayaddress(lltype.Address, c_src, "chars"),
                           llop.getinteriorarrayaddress(lltype.Address, c_dst, "chars")))


def ll_os_chdir(path: Any) -> None:
    _check_status(c_chdir(_c_path(path)))


def ll_os_getpid() -> int:
    return cast_primitive(lltype.Signed, c_getpid())


def ll_os_lseek(fd: int, position: int, how: int) -> int:
    result = c_lseek(fd, position, how)
    if result < 0:
        _raise_oserror()
    return result


def ll_os_getcwd() -> Any:
    address = kit_getcwd()
    if llop.cast_adr_to_int(lltype.Signed, address) == 0:
        _raise_oserror()
    result = _string_from_c(address)
    c_free(address)
    return result


def ll_os_path_exists(path: Any) -> bool:
    return kit_path_kind(_c_path(path)) != 0


def ll_os_path_isfile(path: Any) -> bool:
    return kit_path_kind(_c_path(path)) == 1


def ll_os_path_isdir(path: Any) -> bool:
    return kit_path_kind(_c_path(path)) == 2


ll_os_remove = ll_os_unlink
