"""What a program may ask of the collector (RPython): `collect()` runs a full collection when
translated and does nothing on CPython.  (Meant to be re-exported as kit.rlib.rgc.)
"""

from __future__ import annotations

from kit.rlib.objectmodel import we_are_translated
from kit.rtyper import lltype
from kit.rtyper.llop import llop


def collect() -> None:
    """A full (major) collection now."""
    if we_are_translated():
        llop.gc_collect(lltype.Void)
