"""Making descrs from the program's low-level types: one FieldDescr per (struct, field), one
ArrayDescr per array (or var-sized struct), one SizeDescr per struct, one CallDescr per signature
and effect; each gets an index in the list the jitcodes refer to.
"""

from __future__ import annotations

from typing import Any

from jit.backend.callstub import signature_index
from jit.metainterp.descr import (
    EF_CAN_RAISE,
    EF_CANNOT_RAISE,
    EF_ELIDABLE,
    EF_LOOPINVARIANT,
    ArrayDescr,
    CallDescr,
    FieldDescr,
    SizeDescr,
)
from jit.metainterp.history import FLOAT, INT, REF, VOID, AbstractDescr
from kit.rtyper import layout, lltype

_INT_TYPES = ("Signed", "Unsigned", "Bool", "Char", "UniChar", "Int32")
# exact machine types of call arguments and results, for the call stubs (kit/backend/llvm)
_SIG_CODES = {"Signed": "l", "Unsigned": "l", "Bool": "b", "Char": "c", "UniChar": "u", "Int32": "s",
              "Float": "f", "Address": "a", "Void": "v"}


def kind_of(T: lltype.LowLevelType) -> str:
    """The register kind of a low-level type: i (words, bools, chars, raw pointers), r (GC
    pointers), f (floats), v (nothing)."""
    if T == lltype.Void:
        return VOID
    if T == lltype.Float:
        return FLOAT
    if isinstance(T, lltype.Ptr):
        return REF if T.is_gc() else INT
    if isinstance(T, lltype.Primitive):
        return INT
    raise TypeError(f"no register kind for {T!r}")


def sig_code(T: lltype.LowLevelType) -> str:
    if isinstance(T, lltype.Ptr):
        return "r" if T.is_gc() else "a"
    return _SIG_CODES[T.name]


def is_signed(T: lltype.LowLevelType) -> bool:
    return T in (lltype.Signed, lltype.Int32)


class DescrFactory:
    def __init__(self, type_registry: Any) -> None:
        self.registry = type_registry
        self.all: list[AbstractDescr] = []
        self._fields: dict[tuple[Any, str], FieldDescr] = {}
        self._arrays: dict[Any, ArrayDescr] = {}
        self._sizes: dict[Any, SizeDescr] = {}
        self._calls: dict[tuple, CallDescr] = {}

    def _add(self, descr: Any) -> Any:
        descr.index = len(self.all)
        self.all.append(descr)
        return descr

    def field(self, S: lltype.Struct, name: str) -> FieldDescr:
        # one descr per field whichever subclass's struct it is reached through (the metainterp
        # compares descrs by identity, e.g. for the virtualizable's fields)
        owner = S
        while name not in owner._flds:
            parent = owner.parent()
            assert parent is not None, (S, name)
            owner = parent
        key = (owner, name)
        found = self._fields.get(key)
        if found is None:
            T = owner._flds[name]
            size, _ = layout.size_align(T)
            hints = owner._hints.get("immutable_fields", {})
            kind_hint = hints.get(name)
            immutable = kind_hint is not None and not kind_hint.startswith("?")
            immutable = immutable or bool(owner._hints.get("immutable")) or not owner.is_gc()
            found = FieldDescr(f"{owner._name}.{name}", layout.field_offset(S, name), size, kind_of(T),
                               is_signed(T), is_immutable=immutable,
                               is_quasi_immutable=kind_hint is not None and kind_hint.startswith("?"),
                               items_immutable=kind_hint is not None and kind_hint.endswith("[*]"))
            found.never_negative = name in owner._hints.get("never_negative", ())
            self._fields[key] = self._add(found)
        return found

    def field_items_immutable(self, S: lltype.Struct, name: str) -> bool:
        """Is the array a field points to declared immutable (`name[*]` in _immutable_fields_)?"""
        owner = S
        while owner is not None:
            hint = owner._hints.get("immutable_fields", {}).get(name)
            if hint is not None:
                return hint.endswith("[*]")
            owner = owner.parent()
        return False

    def array(self, T: lltype.ContainerType, items_immutable: bool = False) -> ArrayDescr:
        """GC arrays and var-sized structs (their inlined array's items)."""
        key = (T, items_immutable)
        found = self._arrays.get(key)
        if found is None:
            fixed, itemsize, length_offset, items_offset = layout.varsize_info(T)
            OF = T.OF if isinstance(T, lltype.Array) else T.varsize_array().OF
            typeid = self.registry.typeid(T) if T.is_gc() else 0
            found = ArrayDescr(getattr(T, "_name", "array"), items_offset, itemsize, length_offset, kind_of(OF),
                               is_signed(OF), items_immutable, typeid, fixed)
            self._arrays[key] = self._add(found)
        return found

    def size(self, S: lltype.Struct, vtable: int = 0) -> SizeDescr:
        found = self._sizes.get(S)
        if found is None:
            found = SizeDescr(S._name, layout.fixed_size(S), self.registry.typeid(S), vtable)
            self._sizes[S] = self._add(found)
        return found

    def call(self, FUNC: lltype.FuncType, effect: int, can_collect: bool, name: str = "",
             vable_reads: int = -1, vable_writes: int = -1) -> CallDescr:
        args = [T for T in FUNC.ARGS if T != lltype.Void]
        arg_kinds = "".join(kind_of(T) for T in args)
        sig = "".join(sig_code(T) for T in args) + "_" + sig_code(FUNC.RESULT)
        key = (sig, effect, can_collect, vable_reads, vable_writes)
        found = self._calls.get(key)
        if found is None:
            found = CallDescr(name or sig, arg_kinds, kind_of(FUNC.RESULT), effect, can_collect,
                              is_signed(FUNC.RESULT), layout.size_align(FUNC.RESULT)[0]
                              if FUNC.RESULT != lltype.Void else 0,
                              vable_reads=vable_reads, vable_writes=vable_writes)
            found.sig_index = signature_index(sig)
            found.machine_sig = sig
            self._calls[key] = self._add(found)
        return found


def call_effect(func: Any, can_raise: bool) -> int:
    if getattr(func, "_jit_elidable_", False):
        return EF_ELIDABLE
    if getattr(func, "_jit_loop_invariant_", False):
        return EF_LOOPINVARIANT
    return EF_CAN_RAISE if can_raise else EF_CANNOT_RAISE


__all__ = ["INT", "REF", "FLOAT", "VOID", "DescrFactory", "call_effect", "kind_of", "sig_code"]
