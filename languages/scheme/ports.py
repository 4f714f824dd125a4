"""Ports: textual and binary, input and output, over strings, bytevectors and file descriptors.

File-descriptor ports use os.open/os.read/os.write with their own UTF-8 coding, so that they
work the same untranslated and translated; output is buffered and flushed on demand and at exit.
"""

from __future__ import annotations

import os

from languages.scheme.objects import W_Object, kind_error, make_string, scheme_error


class W_Port(W_Object):
    def __init__(self, is_input: bool, is_textual: bool) -> None:
        self.is_input = is_input
        self.is_textual = is_textual
        self.is_open = True

    def close(self) -> None:
        self.is_open = False

    def type_name(self) -> str:
        return "port"


# ---- UTF-8 --------------------------------------------------------------------------------------

def utf8_encode(text: str) -> bytes:
    return text.encode("utf-8")


def utf8_sequence_length(lead: int) -> int:
    if lead < 0x80:
        return 1
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def utf8_decode(data: list[int], start: int, end: int, final: bool) -> tuple[str, int]:
    """Decode data[start:end]; returns the text and where decoding stopped (an incomplete
    sequence at the end is left for later unless `final`). Bad bytes become U+FFFD."""
    out: list[str] = []
    i = start
    while i < end:
        lead = data[i]
        n = utf8_sequence_length(lead)
        if n == 1:
            out.append(chr(lead))
            i += 1
            continue
        if n == 0:
            out.append("\ufffd")
            i += 1
            continue
        if i + n > end:
            if not final:
                break
            out.append("\ufffd")
            i += 1
            continue
        code = lead & (0xFF >> (n + 1))
        ok = True
        for k in range(1, n):
            b = data[i + k]
            if b & 0xC0 != 0x80:
                ok = False
                break
            code = (code << 6) | (b & 0x3F)
        if not ok or code > 0x10FFFF or (0xD800 <= code <= 0xDFFF) or \
                (n == 3 and code < 0x800) or (n == 4 and code < 0x10000):
            out.append("\ufffd")
            i += 1
            continue
        out.append(chr(code))
        i += n
    return "".join(out), i


def bytes_of(data: list[int]) -> bytes:
    # bytes(list) is not RPython; latin-1 maps code points 0..255 to the same byte values
    return "".join([chr(b) for b in data]).encode("latin-1")


# ---- textual input ------------------------------------------------------------------------------

class W_TextInputPort(W_Port):
    """Text in `buffer` from `index` on; `fill` appends more when the source has it."""

    def __init__(self, text: str) -> None:
        W_Port.__init__(self, True, True)
        self.buffer = text
        self.index = 0

    def fill(self) -> bool:
        """Read more text into the buffer; False at end of input."""
        return False

    def ensure(self, n: int) -> bool:
        while len(self.buffer) - self.index < n:
            if not self.fill():
                return False
        return True

    def read_char(self) -> int:
        if not self.ensure(1):
            return -1
        c = self.buffer[self.index]
        self.index += 1
        return ord(c)

    def peek_char(self) -> int:
        if not self.ensure(1):
            return -1
        return ord(self.buffer[self.index])

    def read_line(self) -> str | None:
        while True:
            newline = self.buffer.find("\n", self.index)
            if newline >= 0:
                line = self.buffer[self.index:newline]
                self.index = newline + 1
                if line.endswith("\r"):
                    line = line[:len(line) - 1]
                return line
            if not self.fill():
                if self.index >= len(self.buffer):
                    return None
                line = self.buffer[self.index:]
                self.index = len(self.buffer)
                return line

    def read_string(self, k: int) -> str | None:
        self.ensure(k)
        available = len(self.buffer) - self.index
        if available <= 0 and k > 0:
            return None
        n = min(k, available)
        text = self.buffer[self.index:self.index + n]
        self.index += n
        return text

    def char_ready(self) -> bool:
        return True

    def rest(self) -> str:
        """All remaining text (reads to end of input)."""
        while self.fill():
            pass
        return self.buffer[self.index:]

    def type_name(self) -> str:
        return "input-port"


class W_FdTextInputPort(W_TextInputPort):
    def __init__(self, fd: int, interactive: bool) -> None:
        W_TextInputPort.__init__(self, "")
        self.fd = fd
        self.interactive = interactive
        self.pending: list[int] = []
        self.at_eof = False

    def fill(self) -> bool:
        if self.at_eof or not self.is_open:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            chunk = b""
        if len(chunk) == 0:
            self.at_eof = True
            if len(self.pending) > 0:
                text, _ = utf8_decode(self.pending, 0, len(self.pending), True)
                self.pending = []
                self.append_text(text)
                return True
            return False
        for b in chunk:
            self.pending.append(b)
        text, used = utf8_decode(self.pending, 0, len(self.pending), False)
        self.pending = self.pending[used:]
        self.append_text(text)
        return True

    def append_text(self, text: str) -> None:
        if self.index > 65536:
            # drop consumed text so long streams do not accumulate
            self.buffer = self.buffer[self.index:]
            self.index = 0
        self.buffer = self.buffer + text

    def char_ready(self) -> bool:
        if self.index < len(self.buffer) or self.at_eof:
            return True
        if self.interactive:
            return False
        return self.ensure(1) or self.at_eof

    def close(self) -> None:
        if self.is_open and self.fd > 2:
            try:
                os.close(self.fd)
            except OSError:
                pass
        self.is_open = False


# ---- textual output -----------------------------------------------------------------------------

class W_TextOutputPort(W_Port):
    def __init__(self) -> None:
        W_Port.__init__(self, False, True)
        self.column = 0

    def write(self, text: str) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        pass

    def type_name(self) -> str:
        return "output-port"


class W_StringOutputPort(W_TextOutputPort):
    def __init__(self) -> None:
        W_TextOutputPort.__init__(self)
        self.chunks: list[str] = []

    def write(self, text: str) -> None:
        self.chunks.append(text)

    def contents(self) -> str:
        text = "".join(self.chunks)
        self.chunks = [text]
        return text


class W_FdTextOutputPort(W_TextOutputPort):
    def __init__(self, fd: int, buffered: bool) -> None:
        W_TextOutputPort.__init__(self)
        self.fd = fd
        self.buffered = buffered
        self.pending: list[str] = []
        self.pending_size = 0

    def write(self, text: str) -> None:
        if not self.is_open:
            raise scheme_error("write: the port is closed", [])
        self.pending.append(text)
        self.pending_size += len(text)
        if not self.buffered or self.pending_size > 8192:
            self.flush()

    def flush(self) -> None:
        if len(self.pending) == 0:
            return
        data = utf8_encode("".join(self.pending))
        self.pending = []
        self.pending_size = 0
        write_all(self.fd, data)

    def close(self) -> None:
        if self.is_open:
            self.flush()
            if self.fd > 2:
                try:
                    os.close(self.fd)
                except OSError:
                    pass
        self.is_open = False


def write_all(fd: int, data: bytes) -> None:
    while len(data) > 0:
        try:
            written = os.write(fd, data)
        except OSError:
            return
        if written <= 0:
            return
        data = data[written:]


# ---- binary ports -------------------------------------------------------------------------------

class W_BinaryInputPort(W_Port):
    def __init__(self, data: list[int], fd: int) -> None:
        W_Port.__init__(self, True, False)
        self.data = data
        self.index = 0
        self.fd = fd             # -1 for a bytevector port
        self.at_eof = fd < 0

    def fill(self) -> bool:
        if self.at_eof or not self.is_open:
            return False
        try:
            chunk = os.read(self.fd, 65536)
        except OSError:
            chunk = b""
        if len(chunk) == 0:
            self.at_eof = True
            return False
        if self.index > 65536:
            self.data = self.data[self.index:]
            self.index = 0
        for b in chunk:
            self.data.append(b)
        return True

    def ensure(self, n: int) -> bool:
        while len(self.data) - self.index < n:
            if not self.fill():
                return False
        return True

    def read_byte(self) -> int:
        if not self.ensure(1):
            return -1
        b = self.data[self.index]
        self.index += 1
        return b

    def peek_byte(self) -> int:
        if not self.ensure(1):
            return -1
        return self.data[self.index]

    def read_bytes(self, k: int) -> list[int]:
        self.ensure(k)
        n = min(k, len(self.data) - self.index)
        result = self.data[self.index:self.index + n]
        self.index += n
        return result

    def close(self) -> None:
        if self.is_open and self.fd > 2:
            try:
                os.close(self.fd)
            except OSError:
                pass
        self.is_open = False

    def type_name(self) -> str:
        return "input-port"


class W_BinaryOutputPort(W_Port):
    def __init__(self, fd: int) -> None:
        W_Port.__init__(self, False, False)
        self.data: list[int] = []
        self.fd = fd             # -1 for a bytevector port

    def write_byte(self, b: int) -> None:
        if not self.is_open:
            raise scheme_error("write-u8: the port is closed", [])
        self.data.append(b)
        if self.fd >= 0 and len(self.data) > 8192:
            self.flush()

    def flush(self) -> None:
        if self.fd >= 0 and len(self.data) > 0:
            write_all(self.fd, bytes_of(self.data))
            self.data = []

    def close(self) -> None:
        if self.is_open:
            self.flush()
            if self.fd > 2:
                try:
                    os.close(self.fd)
                except OSError:
                    pass
        self.is_open = False

    def type_name(self) -> str:
        return "output-port"


# ---- files --------------------------------------------------------------------------------------

def open_file_fd(path: str, output: bool) -> int:
    try:
        if output:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        return os.open(path, os.O_RDONLY, 0)
    except OSError:
        verb = "write" if output else "read"
        raise kind_error("file", "cannot open file for %s:" % verb, [make_path_string(path)]) from None


def make_path_string(path: str) -> W_Object:
    return make_string(path)


def read_file_text(path: str) -> str | None:
    """The whole file decoded as UTF-8, or None when it cannot be read."""
    try:
        fd = os.open(path, os.O_RDONLY, 0)
    except OSError:
        return None
    data: list[int] = []
    try:
        while True:
            chunk = os.read(fd, 65536)
            if len(chunk) == 0:
                break
            for b in chunk:
                data.append(b)
    except OSError:
        os.close(fd)
        return None
    os.close(fd)
    text, _ = utf8_decode(data, 0, len(data), True)
    return text
