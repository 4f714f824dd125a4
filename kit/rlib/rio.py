"""Output helpers for RPython programs: flushing what print() buffered."""

from __future__ import annotations

import sys


def flush_stdout() -> None:
    """Write out what print() has buffered (translated programs buffer stdout like CPython)."""
    sys.stdout.flush()
