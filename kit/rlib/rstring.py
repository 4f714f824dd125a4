"""Builders that assemble text (str) or bytes piece by piece in linear time.

`StringBuilder` and `BytesBuilder` keep a list of pieces and join them once in build(); the
translator may give them a buffer-based implementation, so use only the methods below.
"""

from __future__ import annotations

# one-byte bytes objects for every byte value, prebuilt: appending a byte allocates nothing
BYTE_CHARS = [bytes([i]) for i in range(256)]


class StringBuilder:
    """Accumulates str pieces: append(s), append_slice(s, start, end), append_multiple_char(c, n)."""

    def __init__(self, size_hint: int = 0) -> None:
        self._pieces: list[str] = []
        self._length = 0

    def append(self, s: str) -> None:
        self._pieces.append(s)
        self._length += len(s)

    def append_char(self, c: str) -> None:
        self._pieces.append(c)
        self._length += 1

    def append_slice(self, s: str, start: int, end: int) -> None:
        """Append s[start:end] (0 <= start <= end <= len(s))."""
        assert 0 <= start <= end <= len(s)
        if start < end:
            self._pieces.append(s[start:end])
            self._length += end - start

    def append_multiple_char(self, c: str, n: int) -> None:
        """Append the one-character string c, n times."""
        if n > 0:
            self._pieces.append(c * n)
            self._length += n

    def getlength(self) -> int:
        return self._length

    def build(self) -> str:
        """The text so far; the builder stays usable."""
        if len(self._pieces) == 1:
            return self._pieces[0]
        result = "".join(self._pieces)
        self._pieces = [result]
        return result


class BytesBuilder:
    """Accumulates bytes: append(b), append_byte(i), append_slice, append_multiple_char(c, n)."""

    def __init__(self, size_hint: int = 0) -> None:
        self._pieces: list[bytes] = []
        self._length = 0

    def append(self, b: bytes) -> None:
        self._pieces.append(b)
        self._length += len(b)

    def append_byte(self, value: int) -> None:
        """Append one byte given as an int 0..255."""
        self._pieces.append(BYTE_CHARS[value & 0xFF])
        self._length += 1

    def append_slice(self, b: bytes, start: int, end: int) -> None:
        assert 0 <= start <= end <= len(b)
        if start < end:
            self._pieces.append(b[start:end])
            self._length += end - start

    def append_multiple_char(self, c: bytes, n: int) -> None:
        """Append the one-byte bytes c, n times."""
        if n > 0:
            self._pieces.append(c * n)
            self._length += n

    def getlength(self) -> int:
        return self._length

    def build(self) -> bytes:
        if len(self._pieces) == 1:
            return self._pieces[0]
        result = b"".join(self._pieces)
        self._pieces = [result]
        return result
