"""Temporary patches to kit's translator, applied only by test_ztranslate.py, for two kit bugs the
parser runs into (reported to the kit maintainers; delete this file when kit fixes them):

1. The annotator creates an attribute on the class through which it is first read, so a method
   defined in a base class and first called on a subclass instance reads as impossible
   ("`getattr` has no possible value yet") unless the base class is instantiated too.
2. The rtyper cannot convert a variable that is always None (NoneRepr, Void) into a nullable
   instance (InstanceRepr) on a link, e.g. `x: Node | None = None` later assigned a Node.
"""

from __future__ import annotations

from kit.annotator.classdef import ClassDef
from kit.rtyper.rmodel import Repr, inputconst
from kit.rtyper.rprimitive import NoneRepr
from kit.rtyper.rtyper import CONVERSIONS

_original_locate_attribute = ClassDef.locate_attribute


def _locate_attribute(self: ClassDef, name: str) -> ClassDef:
    for cdef in self.getmro():
        if name in cdef.attrs:
            return cdef
    owner = self
    for cdef in self.getmro():
        if cdef.class_value(name)[0]:
            owner = cdef  # the highest class whose body defines the name owns the attribute
    return _original_locate_attribute(owner, name)


def _none_to_pointer(rtyper, r_from, r_to, v, llops):  # type: ignore[no-untyped-def]
    try:
        return inputconst(r_to, None)
    except Exception:
        return NotImplemented


def apply() -> None:
    ClassDef.locate_attribute = _locate_attribute  # type: ignore[method-assign]
    CONVERSIONS[(NoneRepr, Repr)] = _none_to_pointer
