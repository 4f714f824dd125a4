"""Annotation of low-level code (ll helpers, the GC, runtime support): pointers to structs and
arrays, primitive low-level values, malloc/casts, llop.* operations and calls of C functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kit.annotator.description import CallArgs
from kit.annotator.model import (
    SomeAddress,
    SomeBool,
    SomeBuiltin,
    SomeFloat,
    SomeInteger,
    SomeLLPrimitive,
    SomeLLType,
    SomeObject,
    SomePtr,
    s_None,
)
from kit.rtyper import lltype
from kit.rtyper.llop import LLOpCallable

if TYPE_CHECKING:
    from kit.annotator.builtins import BuiltinRules
    from kit.annotator.rules import AnnOp


class SomeInteriorPtr(SomeObject):
    """`p.chars`: the array inlined at the end of a var-sized struct (only indexable / len())."""

    def __init__(self, ll_ptrtype: lltype.Ptr, fieldname: str) -> None:
        super().__init__()
        self.ll_ptrtype = ll_ptrtype
        self.fieldname = fieldname

    @property
    def array(self) -> lltype.Array:
        return self.ll_ptrtype.target.field_type(self.fieldname)  # type: ignore[union-attr, return-value]

    def describe(self) -> str:
        return f"low-level {self.ll_ptrtype!r}.{self.fieldname}"


def annotation_of_lltype(T: lltype.LowLevelType) -> SomeObject:
    if T in (lltype.Signed, lltype.Int32):
        return SomeInteger()
    if T is lltype.Unsigned or T == lltype.Unsigned:
        return SomeInteger(unsigned=True)
    if T == lltype.Bool:
        return SomeBool()
    if T == lltype.Float:
        return SomeFloat()
    if T in (lltype.Char, lltype.UniChar):
        return SomeLLPrimitive(T)
    if T == lltype.Address:
        return SomeAddress()
    if T == lltype.Void:
        return s_None
    if isinstance(T, lltype.Ptr):
        return SomePtr(T)
    raise TypeError(f"no annotation for the low-level type {T!r}")


def check_assignable(s_value: SomeObject, T: lltype.LowLevelType) -> bool:
    if T == lltype.Void:
        return s_value.is_constant() or s_value is s_None or type(s_value).__name__ == "SomeNone"
    if isinstance(T, lltype.Ptr):
        return isinstance(s_value, SomePtr) and s_value.ll_ptrtype == T or s_value is s_None \
            or (s_value.is_constant() and s_value.const is None)
    if T in (lltype.Signed, lltype.Int32):
        return isinstance(s_value, SomeInteger) and not s_value.unsigned
    if T == lltype.Unsigned:
        return isinstance(s_value, SomeInteger)
    if T == lltype.Bool:
        return isinstance(s_value, SomeInteger)
    if T == lltype.Float:
        return isinstance(s_value, SomeFloat)
    if T in (lltype.Char, lltype.UniChar):
        return isinstance(s_value, SomeLLPrimitive) and s_value.lltype == T
    if T == lltype.Address:
        return isinstance(s_value, SomeAddress)
    return False


class LLRules:
    def __init__(self, builtins: BuiltinRules) -> None:
        self.builtins = builtins

    def getattr(self, hop: AnnOp, s_ptr: SomePtr, name: str) -> SomeObject:
        T = s_ptr.ll_ptrtype.target
        if not isinstance(T, lltype.Struct):
            raise hop.error(f"{s_ptr.describe()} has no fields")
        owner: lltype.Struct | None = T
        while owner is not None and not owner.has_field(name):
            owner = owner.parent()
        if owner is None:
            raise hop.error(f"{T!r} has no field '{name}'")
        FIELD = owner.field_type(name)
        if isinstance(FIELD, lltype.Array):
            return SomeInteriorPtr(s_ptr.ll_ptrtype, name)
        if isinstance(FIELD, lltype.Struct):
            raise hop.error(f"reading the inlined struct field '{name}' is not supported")
        return annotation_of_lltype(FIELD)

    def setattr(self, hop: AnnOp, s_ptr: SomePtr, name: str, s_value: SomeObject) -> SomeObject:
        T = s_ptr.ll_ptrtype.target
        owner: Any = T
        while owner is not None and not owner.has_field(name):
            owner = owner.parent()
        if owner is None:
            raise hop.error(f"{T!r} has no field '{name}'")
        FIELD = owner.field_type(name)
        if not check_assignable(s_value, FIELD):
            raise hop.error(f"cannot store {s_value.describe()} in field '{name}' of type {FIELD!r}")
        return s_None

    def _item_type(self, hop: AnnOp, s_obj: SomeObject) -> lltype.LowLevelType:
        if isinstance(s_obj, SomeInteriorPtr):
            return s_obj.array.OF
        assert isinstance(s_obj, SomePtr)
        T = s_obj.ll_ptrtype.target
        if isinstance(T, lltype.Array | lltype.FixedSizeArray):
            return T.OF
        raise hop.error(f"{s_obj.describe()} is not an array")

    def getitem(self, hop: AnnOp, s_obj: SomeObject, s_index: SomeObject) -> SomeObject:
        if not isinstance(s_index, SomeInteger):
            raise hop.error("low-level array indices must be ints")
        return annotation_of_lltype(self._item_type(hop, s_obj))

    def setitem(self, hop: AnnOp, s_obj: SomeObject, s_index: SomeObject, s_value: SomeObject) -> SomeObject:
        OF = self._item_type(hop, s_obj)
        if not check_assignable(s_value, OF):
            raise hop.error(f"cannot store {s_value.describe()} in an array of {OF!r}")
        return s_None

    def call_lltype(self, hop: AnnOp, s_type: SomeLLType, args: CallArgs) -> SomeObject:
        raise hop.error(f"the low-level type {s_type.const!r} is not callable")

    def call_special(self, hop: AnnOp, s_builtin: SomeBuiltin, args: CallArgs) -> SomeObject:
        """Calls of lltype functions, llop.* and C functions (SomeBuiltin with the object as const)."""
        func = s_builtin.const if s_builtin.is_constant() else None
        from kit.rffi import CFunction
        if isinstance(func, LLOpCallable):
            s_type = args.positional[0]
            if not s_type.is_constant():
                raise hop.error(f"llop.{func.name}() needs the result type first")
            return annotation_of_lltype(s_type.const)
        if isinstance(func, lltype.LLFunction):
            return annotation_of_lltype(func.TYPE.RESULT)
        if isinstance(func, CFunction):
            if len(args.positional) != len(func.args):
                raise hop.error(f"{func.name}() takes {len(func.args)} arguments")
            for s, T in zip(args.positional, func.args, strict=True):
                if not check_assignable(s, T) and not (T == lltype.Int32 and isinstance(s, SomeInteger)):
                    raise hop.error(f"argument of {func.name}() must be {T!r}, not {s.describe()}")
            return annotation_of_lltype(func.result)
        if func is lltype.malloc:
            T = args.positional[0].const
            if isinstance(T, lltype.Struct) and T.varsize_array() is None or isinstance(T, lltype.FixedSizeArray):
                if len(args.positional) != 1:
                    raise hop.error(f"malloc({T!r}) takes no length")
            elif len(args.positional) != 2:
                raise hop.error(f"malloc({T!r}, n) needs a length")
            return SomePtr(lltype.Ptr(T))
        if func is lltype.cast_pointer or func is lltype.cast_opaque_ptr:
            PTR = args.positional[0].const
            return SomePtr(PTR)
        if func is lltype.cast_primitive:
            return annotation_of_lltype(args.positional[0].const)
        if func is lltype.nullptr:
            return SomePtr(args.positional[0].const)
        if func is lltype.typeOf_struct:
            s_ptr = args.positional[0]
            if not isinstance(s_ptr, SomePtr):
                raise hop.error("typeOf_struct() needs a pointer")
            return SomeLLType(s_ptr.ll_ptrtype.target)
        if func is lltype.default_of_item:
            s_ptr = args.positional[0]
            if not isinstance(s_ptr, SomePtr) or not isinstance(s_ptr.ll_ptrtype.target, lltype.Array):
                raise hop.error("default_of_item() needs a pointer to an array")
            return annotation_of_lltype(s_ptr.ll_ptrtype.target.OF)
        if func is lltype.typeOf_item:
            s_ptr = args.positional[0]
            T = s_ptr.ll_ptrtype.target if isinstance(s_ptr, SomePtr) else None
            if not isinstance(T, lltype.Struct) or T.varsize_array() is None:
                raise hop.error("typeOf_item() needs a pointer to a var-sized struct")
            return SomeLLType(T.varsize_array().OF)
        raise hop.error(f"{s_builtin.describe()} cannot be called in RPython")
