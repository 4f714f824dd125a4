"""Talking to the garbage collector from RPython: `collect()` runs a full collection now.

Untranslated it calls CPython's collector; translated it calls the collector woven into the program.
"""

from __future__ import annotations

import gc as _host_gc


def collect() -> None:
    """A full (major) collection: every unreachable object is freed before this returns."""
    _host_gc.collect()


def cast_instance_to_gcref(instance: object) -> object:
    """An instance of one of the program's classes as a GCREF (an untyped GC pointer, what the JIT
    handles); untranslated, the instance itself."""
    return instance


def cast_gcref_to_instance(cls: type, gcref: object) -> object:
    """Back from a GCREF to an instance of `cls` (the caller knows it is one)."""
    assert gcref is None or isinstance(gcref, cls)
    return gcref
