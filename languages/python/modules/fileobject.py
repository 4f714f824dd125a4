"""open() and file objects: text and binary files over os.open/os.read/os.write, read whole or by
lines, written through; usable with `with` and as an iterator of lines."""

from __future__ import annotations

import os

from kit.rlib.objectmodel import not_rpython
from languages.python.objspace import errors, exceptions, intobject, listobject, ops, strobject
from languages.python.objspace.bytesobject import W_BytesObject
from languages.python.objspace.gateway import function, method
from languages.python.objspace.iterobject import W_AbstractIterator
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object

FUNCTIONS: list = []


class W_File(W_AbstractIterator):
    """An open file; `buffer` holds what was read from the descriptor but not yet consumed."""

    def __init__(self, fd: int, name: str, mode: str, binary: bool, writable: bool) -> None:
        self.fd = fd
        self.name = name
        self.mode = mode
        self.binary = binary
        self.writable = writable
        self.closed = False
        self.buffer = ""
        self.at_eof = False

    def next_w(self) -> W_Root | None:
        line = read_line(self)
        if line == "":
            return None
        return wrap_data(self, line)


w_file = make_builtin_type("TextIOWrapper", w_object, base_ok=False)
set_static_type(W_File, w_file)


class StandardInput:
    """Holds the one sys.stdin file, which input() reads through too (so they share a buffer)."""

    def __init__(self) -> None:
        self.w_file: W_File | None = None


STDIN = StandardInput()


def stdin_file() -> W_File:
    w_f = STDIN.w_file
    if w_f is None:
        w_f = W_File(0, "<stdin>", "r", False, False)
        STDIN.w_file = w_f
    return w_f


def wrap_data(w_f: W_File, data: str) -> W_Root:
    if w_f.binary:
        return W_BytesObject(data)
    return strobject.newstr(data)


def check_open(w_f: W_File) -> None:
    if w_f.closed:
        raise errors.value_error("I/O operation on closed file.")


def fill(w_f: W_File) -> bool:
    """Read one more chunk into the buffer; False at the end of the file."""
    if w_f.at_eof:
        return False
    data = os.read(w_f.fd, 65536)
    if len(data) == 0:
        w_f.at_eof = True
        return False
    if w_f.binary:
        w_f.buffer += data.decode("latin-1")
    else:
        w_f.buffer += data.decode("utf-8")
    return True


def read_line(w_f: W_File) -> str:
    check_open(w_f)
    while True:
        newline = w_f.buffer.find("\n")
        if newline >= 0:
            line = w_f.buffer[:newline + 1]
            w_f.buffer = w_f.buffer[newline + 1:]
            return line
        if not fill(w_f):
            line = w_f.buffer
            w_f.buffer = ""
            return line


def self_file(args_w: list[W_Root | None]) -> W_File:
    w_self = args_w[0]
    assert isinstance(w_self, W_File)
    return w_self


@function(FUNCTIONS, "open", "file, mode=None, buffering=None, encoding=None, errors=None, newline=None")
def builtin_open(args_w: list[W_Root | None]) -> W_Root:
    name = ops.text_w(args_w[0], "open() argument 'file'")
    mode = "r"
    if args_w[1] is not None:
        mode = ops.text_w(args_w[1], "open() argument 'mode'")
    binary = mode.find("b") >= 0
    if mode.find("w") >= 0:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
        writable = True
    elif mode.find("a") >= 0:
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        writable = True
    elif mode.find("r") >= 0:
        flags = os.O_RDONLY
        writable = False
    else:
        raise errors.value_error("invalid mode: '%s'" % mode)
    try:
        fd = os.open(name, flags, 0o666)
    except OSError as e:
        raise errors.os_error(e.errno, os.strerror(e.errno), name) from None
    return W_File(fd, name, mode, binary, writable)


@method(w_file, "read", "self, size=None, /")
def file_read(args_w: list[W_Root | None]) -> W_Root:
    w_f = self_file(args_w)
    check_open(w_f)
    size = -1
    if args_w[1] is not None and args_w[1] is not w_None:
        size = ops.int_w(args_w[1])
    while (size < 0 or len(w_f.buffer) < size) and fill(w_f):
        pass
    if size < 0 or size >= len(w_f.buffer):
        data = w_f.buffer
        w_f.buffer = ""
    else:
        data = w_f.buffer[:size]
        w_f.buffer = w_f.buffer[size:]
    return wrap_data(w_f, data)


@method(w_file, "readline", "self")
def file_readline(args_w: list[W_Root | None]) -> W_Root:
    w_f = self_file(args_w)
    return wrap_data(w_f, read_line(w_f))


@method(w_file, "readlines", "self")
def file_readlines(args_w: list[W_Root | None]) -> W_Root:
    w_f = self_file(args_w)
    lines_w: list[W_Root] = []
    while True:
        line = read_line(w_f)
        if line == "":
            return listobject.W_ListObject(lines_w)
        lines_w.append(wrap_data(w_f, line))


@method(w_file, "write", "self, data, /")
def file_write(args_w: list[W_Root | None]) -> W_Root:
    w_f = self_file(args_w)
    check_open(w_f)
    if not w_f.writable:
        raise errors.oper_error(exceptions.w_OSError, "not writable")
    w_data = args_w[1]
    if w_f.binary:
        if not isinstance(w_data, W_BytesObject):
            raise errors.type_error("a bytes-like object is required, not '%s'" % ops.type_name(w_data))
        data = w_data.value.encode("latin-1")
        count = len(w_data.value)
    else:
        text = ops.text_w(w_data, "write() argument")
        data = text.encode("utf-8")
        count = len(text)
    while len(data) > 0:
        written = os.write(w_f.fd, data)
        data = data[written:]
    return intobject.newint(count)


@method(w_file, "close", "self")
def file_close(args_w: list[W_Root | None]) -> W_Root:
    w_f = self_file(args_w)
    if not w_f.closed:
        w_f.closed = True
        os.close(w_f.fd)
    return w_None


@method(w_file, "__enter__", "self")
def file_enter(args_w: list[W_Root | None]) -> W_Root:
    return self_file(args_w)


@method(w_file, "__exit__", "self, *args")
def file_exit(args_w: list[W_Root | None]) -> W_Root:
    file_close(args_w)
    return w_None


@method(w_file, "__iter__", "self")
def file_iter(args_w: list[W_Root | None]) -> W_Root:
    return self_file(args_w)


@method(w_file, "__next__", "self")
def file_next(args_w: list[W_Root | None]) -> W_Root:
    w_f = self_file(args_w)
    line = read_line(w_f)
    if line == "":
        raise errors.stop_iteration(None)
    return wrap_data(w_f, line)


def file_name(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_File)
    return strobject.newstr(w_obj.name)


def file_mode(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_File)
    return strobject.newstr(w_obj.mode)


def file_closed(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_File)
    return ops.newbool(w_obj.closed)


@not_rpython
def install_file_attributes() -> None:
    from languages.python.objspace.descriptors import getset
    getset(w_file, "name", file_name)
    getset(w_file, "mode", file_mode)
    getset(w_file, "closed", file_closed)


install_file_attributes()
