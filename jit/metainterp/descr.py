"""Descrs of memory operations and calls: where a field is, how an array is laid out, what a call
takes and what it may do.  The codewriter makes them from the program's low-level types (offsets
from kit/rtyper/layout.py); the metainterp, the optimizer and the backends read them.
"""

from __future__ import annotations

from jit.metainterp.history import FLOAT, INT, REF, VOID, AbstractDescr


class FieldDescr(AbstractDescr):
    """A field of a GC struct: byte offset from the object's start, size, kind."""

    _immutable_ = True

    def __init__(self, name: str, offset: int, size: int, kind: str, is_signed: bool = True,
                 is_immutable: bool = False, is_quasi_immutable: bool = False, parent_typeid: int = 0,
                 items_immutable: bool = False) -> None:
        self.name = name
        self.offset = offset
        self.size = size
        self.kind = kind                    # INT, REF or FLOAT
        self.is_signed = is_signed
        self.is_immutable = is_immutable    # never written after the object is built
        self.is_quasi_immutable = is_quasi_immutable
        self.parent_typeid = parent_typeid
        # "name[*]": the list or array the field points to never changes (a list's length and
        # items): reads from a constant such object fold while tracing (not reads from its items)
        self.items_immutable = items_immutable
        self.index = -1                     # position in the codewriter's list of descrs
        self.never_negative = False         # the struct says so (a list's length)

    def is_pointer_field(self) -> bool:
        return self.kind == REF

    def is_float_field(self) -> bool:
        return self.kind == FLOAT

    def repr_of_descr(self) -> str:
        return "<Field %s %d>" % (self.name, self.offset)


class ArrayDescr(AbstractDescr):
    """A GC array, or the array inlined at the end of a var-sized struct (a string's characters):
    items start `basesize` bytes into the object, the length is a word at `length_offset`."""

    _immutable_ = True

    def __init__(self, name: str, basesize: int, itemsize: int, length_offset: int, kind: str,
                 is_signed: bool = True, items_immutable: bool = False, typeid: int = 0,
                 fixedsize: int = 0) -> None:
        self.name = name
        self.basesize = basesize
        self.itemsize = itemsize
        self.length_offset = length_offset
        self.kind = kind
        self.is_signed = is_signed
        self.items_immutable = items_immutable
        self.typeid = typeid                # for new_array
        self.fixedsize = fixedsize          # bytes before the items when allocating
        self.index = -1

    def is_array_of_pointers(self) -> bool:
        return self.kind == REF

    def is_array_of_floats(self) -> bool:
        return self.kind == FLOAT

    def repr_of_descr(self) -> str:
        return "<Array %s %d>" % (self.name, self.itemsize)


class SizeDescr(AbstractDescr):
    """A fixed-size GC struct, for allocating it: size, type id, and (instances) the class pointer."""

    _immutable_ = True

    def __init__(self, name: str, size: int, typeid: int, vtable: int = 0, is_immutable: bool = False) -> None:
        self.name = name
        self.size = size
        self.typeid = typeid
        self.vtable = vtable                # address of the class's vtable, 0 if not an instance
        self.is_immutable = is_immutable
        self.all_fielddescrs: list[FieldDescr] = []
        self.index = -1

    def repr_of_descr(self) -> str:
        return "<Size %s %d>" % (self.name, self.size)


# what a called function may do (the optimizer's and the backend's view of a residual call)
EF_ELIDABLE = 0          # pure: result depends only on the arguments, no visible effect
EF_LOOPINVARIANT = 1
EF_CANNOT_RAISE = 2      # may write memory but raises nothing
EF_CAN_RAISE = 3         # anything


class CallDescr(AbstractDescr):
    """A call's signature (kinds of the arguments and the result) and its effects."""

    _immutable_ = True

    def __init__(self, name: str, arg_kinds: str, result_kind: str, extraeffect: int = EF_CAN_RAISE,
                 can_collect: bool = True, result_is_signed: bool = True, result_size: int = 8,
                 readonly_descrs: list[AbstractDescr] | None = None,
                 write_descrs: list[AbstractDescr] | None = None, oopspec: str = "",
                 vable_reads: int = -1, vable_writes: int = -1) -> None:
        self.name = name
        self.arg_kinds = arg_kinds          # e.g. "iri": an int, a ref, an int
        self.result_kind = result_kind      # INT, REF, FLOAT or VOID
        self.extraeffect = extraeffect
        self.can_collect = can_collect
        self.result_is_signed = result_is_signed
        self.result_size = result_size
        # fields and arrays the call may read or write (None: any); the heap cache keeps the rest
        self.readonly_descrs = readonly_descrs
        self.write_descrs = write_descrs
        self.oopspec = oopspec
        # the parts of the virtualizable frame the callee may read and write (bits: see
        # jit/codewriter/effectinfo.py; -1: all of them)
        self.vable_reads = vable_reads
        self.vable_writes = vable_writes
        self.sig_index = -1                 # the call stub for its exact machine signature
        self.machine_sig = ""               # that signature (see jit/backend/callstub.py), e.g. "lr_l"
        self.index = -1

    def is_elidable(self) -> bool:
        return self.extraeffect == EF_ELIDABLE

    def is_loopinvariant(self) -> bool:
        return self.extraeffect == EF_LOOPINVARIANT

    def can_raise(self) -> bool:
        return self.extraeffect >= EF_CAN_RAISE

    def repr_of_descr(self) -> str:
        return "<Call %s %s>" % (self.arg_kinds or "-", self.result_kind)


KINDS = (INT, REF, FLOAT, VOID)
