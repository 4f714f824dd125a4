"""Talking to the garbage collector from RPython: `collect()` runs a full collection now.

Untranslated it calls CPython's collector; translated it calls the collector woven into the program.
"""

from __future__ import annotations

import gc as _host_gc


def collect() -> None:
    """A full (major) collection: every unreachable object is freed before this returns."""
    _host_gc.collect()
