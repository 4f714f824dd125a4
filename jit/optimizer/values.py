"""What the optimizer knows about each value of a trace (an OptValue per box): constant, non-null,
known class, integer range; and the virtual objects (allocations not done yet) with their fields.
"""

from __future__ import annotations

from jit.metainterp.descr import ArrayDescr, FieldDescr, SizeDescr
from jit.metainterp.history import (
    FLOAT,
    INT,
    REF,
    AbstractDescr,
    AbstractValue,
    Const,
    ConstFloat,
    ConstInt,
    ConstPtr,
)
from jit.metainterp.resoperation import ResOperation, rop
from jit.metainterp.resume import VIRTUAL_ARRAY, VIRTUAL_INSTANCE, VIRTUAL_STRUCT, VIRTUAL_VARSTRUCT
from jit.optimizer.intbound import IntBound
from kit.rtyper import lltype

LEVEL_UNKNOWN = 0
LEVEL_NONNULL = 1
LEVEL_KNOWNCLASS = 2
LEVEL_CONSTANT = 3

CONST_NULL = ConstPtr(lltype.nullptr(lltype.GCREF))
CONST_ZERO = ConstInt(0)
CONST_FZERO = ConstFloat(0.0)


class ForceTarget:
    """Where a virtual's allocation and stores go when it is forced (the optimizer's passes after
    allocation removal)."""

    _mixin_ = True      # an interface of Optimizer (RPython: single inheritance)

    def emit_forced(self, op: ResOperation) -> None:
        raise NotImplementedError


class OptValue:
    """The optimizer's knowledge of one value.  `box` is what emitted code uses for it: the value's
    box, or a constant once it is known; None while it is a virtual that was never allocated."""

    def __init__(self, box: AbstractValue | None) -> None:
        self.box = box
        self.level = LEVEL_UNKNOWN
        self.known_class: Const | None = None     # the class (vtable) constant, with LEVEL_KNOWNCLASS
        self.intbound: IntBound | None = None
        self.last_guard_pos = -1                  # the emitted guard_nonnull/guard_class on it, if any
        if box is not None and box.is_constant():
            self.level = LEVEL_CONSTANT
            if isinstance(box, ConstInt):
                self.intbound = IntBound(box.intvalue, box.intvalue)

    def __repr__(self) -> str:
        return "<%s %r level=%d>" % (self.__class__.__name__, self.box, self.level)

    # ---- questions ----

    def is_constant(self) -> bool:
        return self.level == LEVEL_CONSTANT

    def is_virtual(self) -> bool:
        return False

    def kind(self) -> str:
        box = self.box
        assert box is not None
        return box.type

    def is_nonnull(self) -> bool:
        if self.level == LEVEL_CONSTANT:
            box = self.box
            if isinstance(box, ConstPtr):
                return not box.is_null()
            if isinstance(box, ConstInt):
                return box.intvalue != 0
            return False
        return self.level >= LEVEL_NONNULL

    def is_null(self) -> bool:
        box = self.box
        return isinstance(box, ConstPtr) and box.is_null()

    def get_constant(self) -> Const:
        box = self.box
        assert isinstance(box, Const)
        return box

    def get_constant_int(self) -> int:
        box = self.box
        assert isinstance(box, ConstInt)
        return box.intvalue

    def is_constant_int(self) -> bool:
        return self.level == LEVEL_CONSTANT and isinstance(self.box, ConstInt)

    def get_known_class(self) -> Const | None:
        return self.known_class

    def getintbound(self) -> IntBound:
        bound = self.intbound
        if bound is None:
            bound = IntBound()
            self.intbound = bound
        return bound

    def same_value(self, other: OptValue) -> bool:
        """Known to be the same value (the same OptValue, or equal constants)."""
        if self is other:
            return True
        if self.is_constant() and other.is_constant():
            return self.get_constant().same_constant(other.get_constant())
        return False

    # ---- the box emitted code uses ----

    def get_box(self) -> AbstractValue:
        box = self.box
        assert box is not None, "a virtual used where a real value is needed"
        return box

    def force_box(self, target: ForceTarget) -> AbstractValue:
        return self.get_box()

    # ---- learning ----

    def make_constant(self, const: Const) -> None:
        self.box = const
        self.level = LEVEL_CONSTANT
        self.known_class = None
        if isinstance(const, ConstInt):
            self.intbound = IntBound(const.intvalue, const.intvalue)

    def make_nonnull(self) -> None:
        if self.level < LEVEL_NONNULL:
            self.level = LEVEL_NONNULL

    def make_known_class(self, cls: Const) -> None:
        if self.level < LEVEL_KNOWNCLASS:
            self.level = LEVEL_KNOWNCLASS
        if self.level == LEVEL_KNOWNCLASS:
            self.known_class = cls


def default_constant(kind: str) -> Const:
    """What freshly allocated (zeroed) memory holds for a field of KIND."""
    if kind == REF:
        return CONST_NULL
    if kind == FLOAT:
        return CONST_FZERO
    return CONST_ZERO


def is_default_value(value: OptValue) -> bool:
    """The value zeroed memory holds (so forcing needs no store for it)."""
    if not value.is_constant():
        return False
    const = value.get_constant()
    if isinstance(const, ConstInt):
        return const.intvalue == 0
    if isinstance(const, ConstPtr):
        return const.is_null()
    if isinstance(const, ConstFloat):
        return const.same_constant(CONST_FZERO)
    return False


# ---- virtuals -------------------------------------------------------------------------------------

class VirtualValue(OptValue):
    """An object allocated by the trace that nothing outside has seen yet: it is not allocated
    until it escapes (forced), and its fields live in the optimizer."""

    def __init__(self, source_box: AbstractValue) -> None:
        OptValue.__init__(self, None)
        self.source_box = source_box        # the allocation's result box (used when forced)
        self.level = LEVEL_NONNULL
        # the fixed fields set so far (var-sized structs have them besides their items)
        self.fields: dict[FieldDescr, OptValue] = {}
        self.field_order: list[FieldDescr] = []

    def is_virtual(self) -> bool:
        return self.box is None

    def kind(self) -> str:
        return REF

    def is_nonnull(self) -> bool:
        return True

    def force_box(self, target: ForceTarget) -> AbstractValue:
        if self.box is None:
            self.box = self.source_box      # before the stores: a field may point back to us
            self.emit_allocation(target)
            self.emit_stores(target)
        return self.get_box()

    def emit_allocation(self, target: ForceTarget) -> None:
        raise NotImplementedError

    def emit_stores(self, target: ForceTarget) -> None:
        box = self.get_box()
        for descr in self.field_order:
            value = self.fields[descr]
            if not is_default_value(value):
                target.emit_forced(ResOperation(rop.SETFIELD, [box, value.force_box(target)], None, descr))

    def getfield(self, descr: FieldDescr) -> OptValue | None:
        return self.fields.get(descr, None)

    def setfield(self, descr: FieldDescr, value: OptValue) -> None:
        if descr not in self.fields:
            self.field_order.append(descr)
        self.fields[descr] = value

    def resume_kind(self) -> int:
        raise NotImplementedError

    def alloc_descr(self) -> AbstractDescr:
        raise NotImplementedError

    def item_values(self) -> list[OptValue]:
        """The array items (empty for structs)."""
        return []


class VStructValue(VirtualValue):
    """A virtual struct (new) or instance (new_with_vtable, class known from its SizeDescr)."""

    def __init__(self, source_box: AbstractValue, descr: SizeDescr, is_instance: bool) -> None:
        VirtualValue.__init__(self, source_box)
        self.descr = descr
        self.is_instance = is_instance
        if is_instance:
            self.level = LEVEL_KNOWNCLASS
            self.known_class = ConstInt(descr.vtable)

    def emit_allocation(self, target: ForceTarget) -> None:
        opnum = rop.NEW_WITH_VTABLE if self.is_instance else rop.NEW
        target.emit_forced(ResOperation(opnum, [], self.get_box(), self.descr))

    def resume_kind(self) -> int:
        return VIRTUAL_INSTANCE if self.is_instance else VIRTUAL_STRUCT

    def alloc_descr(self) -> AbstractDescr:
        return self.descr


class VArrayValue(VirtualValue):
    """A virtual GC array of a constant length, or a var-sized struct with an inlined array (a
    string): items and, for the latter, fixed fields.  `is_varstruct` is learned from the
    operations used on it (getinteriorfield and friends, or setfield)."""

    def __init__(self, source_box: AbstractValue, descr: ArrayDescr, length: int) -> None:
        VirtualValue.__init__(self, source_box)
        self.descr = descr
        default = OptValue(default_constant(descr.kind))
        self.items = [default] * length
        self.is_varstruct = False

    def getlength(self) -> int:
        return len(self.items)

    def emit_allocation(self, target: ForceTarget) -> None:
        target.emit_forced(ResOperation(rop.NEW_ARRAY, [ConstInt(len(self.items))], self.get_box(), self.descr))

    def emit_stores(self, target: ForceTarget) -> None:
        VirtualValue.emit_stores(self, target)
        box = self.get_box()
        opnum = rop.SETINTERIORFIELD if self.is_varstruct else rop.SETARRAYITEM
        for i in range(len(self.items)):
            value = self.items[i]
            if not is_default_value(value):
                args = [box, ConstInt(i), value.force_box(target)]
                target.emit_forced(ResOperation(opnum, args, None, self.descr))

    def resume_kind(self) -> int:
        return VIRTUAL_VARSTRUCT if self.is_varstruct else VIRTUAL_ARRAY

    def alloc_descr(self) -> AbstractDescr:
        return self.descr

    def item_values(self) -> list[OptValue]:
        return self.items


def value_kind_of_box(box: AbstractValue) -> str:
    return box.type


__all__ = ["INT", "LEVEL_CONSTANT", "OptValue", "VArrayValue", "VStructValue", "VirtualValue"]
