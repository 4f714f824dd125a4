"""Reading and writing through the operating system (os.open/os.read/os.write, real external calls
when translated): whole files, all of standard input, lines of standard input for the REPL.
"""

from __future__ import annotations

import os

from kit.rlib.rio import flush_stdout

CHUNK = 65536


class FileError(Exception):
    """A file could not be read: `message` says why, in words for the user."""

    def __init__(self, message: str) -> None:
        self.message = message


def read_all(fd: int) -> bytes:
    """Everything left to read on a file descriptor."""
    chunks = []
    while True:
        data = os.read(fd, CHUNK)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def decode_source(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise FileError("cannot read %s: not UTF-8 text" % path) from None


def read_file(path: str, stdin_fd: int = 0) -> str:
    """The text of a UTF-8 file; `-` is standard input. Raises FileError with a clear message."""
    if path == "-":
        return decode_source(read_all(stdin_fd), "standard input")
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError as error:
        raise FileError("cannot read %s: %s" % (path, error.strerror)) from None
    try:
        data = read_all(fd)
    except OSError as error:
        os.close(fd)
        raise FileError("cannot read %s: %s" % (path, error.strerror)) from None
    os.close(fd)
    return decode_source(data, path)


def write_all(fd: int, text: str) -> None:
    """Write all of `text` (UTF-8) to fd, however many os.write calls that takes."""
    data = text.encode("utf-8")
    while data:
        written = os.write(fd, data)
        data = data[written:]


def write_error(text: str) -> None:
    """A line for the user on standard error, after what the program printed so far."""
    flush_stdout()
    write_all(2, text + "\n")


class LineReader:
    """Standard input line by line, read in chunks with os.read (works on terminals and pipes)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self.buffer = b""
        self.at_end = False

    def read_line(self) -> str | None:
        """The next line without its newline, or None at the end of the input."""
        while True:
            newline = self.buffer.find(b"\n")
            if newline >= 0:
                line = self.buffer[:newline]
                self.buffer = self.buffer[newline + 1:]
                return line.decode("utf-8", "replace")
            if self.at_end:
                if not self.buffer:
                    return None
                line = self.buffer
                self.buffer = b""
                return line.decode("utf-8", "replace")
            data = os.read(self.fd, CHUNK)
            if not data:
                self.at_end = True
            else:
                self.buffer = self.buffer + data
