"""Buffered standard output and unbuffered standard error for SOM programs.

Output is collected and written in large pieces; anything written to standard error (and the
end of the program) flushes standard output first, so the two streams interleave sensibly.
"""

import os

FLUSH_THRESHOLD = 16384


class Output:
    def __init__(self) -> None:
        self.pending = []
        self.pending_size = 0

    def write(self, text: str) -> None:
        self.pending.append(text)
        self.pending_size += len(text)
        if self.pending_size >= FLUSH_THRESHOLD:
            self.flush()

    def flush(self) -> None:
        if self.pending_size == 0 and len(self.pending) == 0:
            return
        data = "".join(self.pending)
        self.pending = []
        self.pending_size = 0
        write_all(1, data)

    def write_error(self, text: str) -> None:
        self.flush()
        write_all(2, text)


def write_all(fd: int, text: str) -> None:
    data = text.encode("utf-8")
    while len(data) > 0:
        try:
            written = os.write(fd, data)
        except OSError:
            return  # nowhere to report a broken pipe; the program goes on like CPython's print
        if written <= 0:
            return
        data = data[written:]


output = Output()
