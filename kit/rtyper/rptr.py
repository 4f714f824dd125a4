"""Low-level pointers in low-level code (ll helpers, the GC): field and item access map directly
to getfield/setfield/getarrayitem/...; `p.chars` of a var-sized struct is an interior pointer.
"""

from __future__ import annotations

from typing import Any

from kit.annotator.llrules import SomeInteriorPtr
from kit.rtyper import lltype
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, inputconst
from kit.rtyper.rprimitive import IntegerRepr, NoneRepr
from kit.rtyper.rtyper import conversion, pairop


def _owner_field(T: lltype.Struct, name: str) -> tuple[lltype.Struct, lltype.LowLevelType]:
    owner: lltype.Struct | None = T
    while owner is not None and not owner.has_field(name):
        owner = owner.parent()
    if owner is None:
        raise TyperError(f"{T!r} has no field {name}")
    return owner, owner.field_type(name)


class PtrRepr(Repr):
    def __init__(self, rtyper: Any, PTR: lltype.Ptr) -> None:
        super().__init__(rtyper)
        self.lowleveltype = PTR

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(self.lowleveltype)
        if isinstance(value, lltype.LLPointer):
            return value
        raise TyperError(f"not a low-level pointer: {value!r}")

    def cast_to_owner(self, llops: Any, v: Any, owner: lltype.Struct) -> Any:
        PTR = lltype.Ptr(owner)
        if PTR == self.lowleveltype:
            return v
        return llops.genop("cast_pointer", [inputconst(lltype.Void, PTR), v], PTR)

    def rtype_getattr(self, hop: HighLevelOp) -> Any:
        name = hop.args_s[1].const
        v = hop.inputarg(self, 0)
        hop.exception_cannot_occur()
        if isinstance(hop.s_result, SomeInteriorPtr):
            return v
        owner, FIELD = _owner_field(self.lowleveltype.target, name)  # type: ignore[arg-type]
        v = self.cast_to_owner(hop.llops, v, owner)
        return hop.genop("getfield", [v, inputconst(lltype.Void, name)], FIELD)

    def rtype_setattr(self, hop: HighLevelOp) -> Any:
        name = hop.args_s[1].const
        owner, FIELD = _owner_field(self.lowleveltype.target, name)  # type: ignore[arg-type]
        v = hop.inputarg(self, 0)
        v_value = hop.inputarg(hop.rtyper.primitive_repr(FIELD), 2)
        hop.exception_cannot_occur()
        v = self.cast_to_owner(hop.llops, v, owner)
        hop.genop("setfield", [v, inputconst(lltype.Void, name), v_value])

    def rtype_len(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("getarraysize", [v], lltype.Signed)

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("ptr_nonzero", [v], lltype.Bool)

    def rtype_getitem(self, hop: HighLevelOp) -> Any:
        v, v_index = hop.inputargs(self, lltype.Signed)
        hop.exception_cannot_occur()
        return hop.genop("getarrayitem", [v, v_index], self.lowleveltype.target.OF)  # type: ignore[union-attr]

    def rtype_setitem(self, hop: HighLevelOp) -> Any:
        OF = self.lowleveltype.target.OF  # type: ignore[union-attr]
        v, v_index, v_value = hop.inputargs(self, lltype.Signed, hop.rtyper.primitive_repr(OF))
        hop.exception_cannot_occur()
        hop.genop("setarrayitem", [v, v_index, v_value])


class InteriorPtrRepr(Repr):
    """`p.chars`: the array at the end of a var-sized struct, represented by `p` itself."""

    def __init__(self, rtyper: Any, PTR: lltype.Ptr, fieldname: str) -> None:
        super().__init__(rtyper)
        self.lowleveltype = PTR
        self.fieldname = fieldname
        self.OF = PTR.target.field_type(fieldname).OF  # type: ignore[union-attr]

    def rtype_len(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("getinteriorarraysize", [v, inputconst(lltype.Void, self.fieldname)], lltype.Signed)

    def rtype_getitem(self, hop: HighLevelOp) -> Any:
        v, v_index = hop.inputargs(self, lltype.Signed)
        hop.exception_cannot_occur()
        return hop.genop("getinteriorfield", [v, inputconst(lltype.Void, self.fieldname), v_index], self.OF)

    def rtype_setitem(self, hop: HighLevelOp) -> Any:
        v, v_index, v_value = hop.inputargs(self, lltype.Signed, hop.rtyper.primitive_repr(self.OF))
        hop.exception_cannot_occur()
        hop.genop("setinteriorfield", [v, inputconst(lltype.Void, self.fieldname), v_index, v_value])


@pairop(PtrRepr, PtrRepr, "eq", "is_")
def rtype_ptr_eq(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[0])
    return hop.genop("ptr_eq", [v1, v2], lltype.Bool)


@pairop(PtrRepr, PtrRepr, "ne")
def rtype_ptr_ne(hop: HighLevelOp) -> Any:
    v1, v2 = hop.inputargs(hop.args_r[0], hop.args_r[0])
    return hop.genop("ptr_ne", [v1, v2], lltype.Bool)


@pairop(PtrRepr, NoneRepr, "eq", "is_")
def rtype_ptr_is_none(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("ptr_iszero", [v], lltype.Bool)


@pairop(PtrRepr, NoneRepr, "ne")
def rtype_ptr_not_none(hop: HighLevelOp) -> Any:
    v = hop.inputarg(hop.args_r[0], 0)
    return hop.genop("ptr_nonzero", [v], lltype.Bool)


@pairop(PtrRepr, IntegerRepr, "getitem")
def rtype_ptr_getitem(hop: HighLevelOp) -> Any:
    return hop.args_r[0].rtype_getitem(hop)  # type: ignore[attr-defined]


@pairop(PtrRepr, IntegerRepr, "setitem")
def rtype_ptr_setitem(hop: HighLevelOp) -> Any:
    return hop.args_r[0].rtype_setitem(hop)  # type: ignore[attr-defined]


@pairop(InteriorPtrRepr, IntegerRepr, "getitem")
def rtype_interior_getitem(hop: HighLevelOp) -> Any:
    return hop.args_r[0].rtype_getitem(hop)  # type: ignore[attr-defined]


@pairop(InteriorPtrRepr, IntegerRepr, "setitem")
def rtype_interior_setitem(hop: HighLevelOp) -> Any:
    return hop.args_r[0].rtype_setitem(hop)  # type: ignore[attr-defined]


@conversion(NoneRepr, PtrRepr)
def convert_none_ptr(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    return inputconst(r_to.lowleveltype, lltype.nullptr(r_to.lowleveltype))


@conversion(Repr, PtrRepr)
def convert_to_ptr(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    """Between a high-level repr and the raw pointer type it uses (same low-level type)."""
    if r_from.lowleveltype == r_to.lowleveltype:
        return v
    if isinstance(r_from.lowleveltype, lltype.Ptr) and r_from.lowleveltype.is_gc() and r_to.lowleveltype.is_gc():
        return llops.genop("cast_pointer", [inputconst(lltype.Void, r_to.lowleveltype), v], r_to.lowleveltype)
    return NotImplemented


@conversion(PtrRepr, Repr)
def convert_from_ptr(rtyper: Any, r_from: Repr, r_to: Repr, v: Any, llops: Any) -> Any:
    if r_from.lowleveltype == r_to.lowleveltype:
        return v
    if isinstance(r_to.lowleveltype, lltype.Ptr) and r_from.lowleveltype.is_gc() and r_to.lowleveltype.is_gc():
        return llops.genop("cast_pointer", [inputconst(lltype.Void, r_to.lowleveltype), v], r_to.lowleveltype)
    return NotImplemented
