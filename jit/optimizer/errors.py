"""The optimizer's one exception: the trace cannot be optimized into valid code (a guard that
always fails, contradictory facts).  The caller does not compile such a trace.
"""

from __future__ import annotations


class InvalidLoop(Exception):
    """Raised when the optimizer proves that the trace would fail a guard every time it runs (for
    a peeled loop body: every second iteration), so compiling it is pointless."""

    def __init__(self, message: str) -> None:
        self.message = message
