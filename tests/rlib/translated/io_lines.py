"""Reading the input file of a translated rlib test program: its lines, with no libc stdio.

Run time code (RPython): os.open/os.read only, the file is UTF-8 text.
"""

import os

from kit.rlib import runicode


def read_lines(path: str) -> list[str]:
    """The lines of the UTF-8 file at PATH, without their newlines (no empty last line)."""
    fd = os.open(path, os.O_RDONLY, 0)
    chunks: list[bytes] = []
    while True:
        chunk = os.read(fd, 65536)
        if len(chunk) == 0:
            break
        chunks.append(chunk)
    os.close(fd)
    text = runicode.decode_utf_8(b"".join(chunks), "strict")
    lines = text.split("\n")
    if len(lines) > 0 and lines[len(lines) - 1] == "":
        lines.pop()
    return lines
