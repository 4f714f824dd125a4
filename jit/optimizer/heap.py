"""The heap pass: a cache of what fields and array items hold, so reads after a write or a read of
the same place reuse the value.  A write invalidates what it may overwrite; a call invalidates what
its CallDescr says it may write (everything when it does not say); any other operation with side
effects invalidates everything.  Immutable fields and items are never invalidated, and reading one
from a constant object gives the recorded value as a constant.
"""

from __future__ import annotations

from jit.metainterp.descr import ArrayDescr, CallDescr, FieldDescr
from jit.metainterp.history import AbstractDescr, AbstractValue, Const, ConstPtr
from jit.metainterp.resoperation import (
    HAS_NO_SIDE_EFFECT,
    IS_CALL,
    IS_GUARD,
    IS_MALLOC,
    IS_OVF,
    IS_PURE,
    ResOperation,
    rop,
)
from jit.optimizer.optimizer import Optimization
from jit.optimizer.values import OptValue

MAX_ITEMS_PER_DESCR = 32


class CachedItem:
    """array[index] holds value (for getinteriorfield: the inlined array of a var-sized struct)."""

    def __init__(self, array: OptValue, index: OptValue, value: OptValue) -> None:
        self.array = array
        self.index = index
        self.value = value


def descr_is_immutable(descr: AbstractDescr) -> bool:
    if isinstance(descr, FieldDescr):
        return descr.is_immutable
    if isinstance(descr, ArrayDescr):
        return descr.items_immutable
    return False


def keeps_lazy_setfields(opnum: int) -> bool:
    """Operations that cannot see a delayed field write (nor resume the interpreter): pure ones
    (not overflow checks: their guard must follow them directly), field accesses (getfield
    checks for itself), array items and lengths (never a struct's field), allocations."""
    if opnum == rop.SETFIELD or opnum == rop.GETFIELD or opnum == rop.DEBUG_MERGE_POINT:
        return True
    if opnum == rop.GETARRAYITEM or opnum == rop.SETARRAYITEM or opnum == rop.GETARRAYSIZE:
        return True
    if opnum == rop.NEW or opnum == rop.NEW_WITH_VTABLE or opnum == rop.NEW_ARRAY:
        return True
    return IS_PURE[opnum] and not IS_GUARD[opnum] and not IS_OVF[opnum]


def may_be_same_object(a: OptValue, b: OptValue) -> bool:
    if a is b:
        return True
    if a.is_constant() and b.is_constant():
        # (a box that became a constant has a value of its own: compare what they hold)
        return a.get_constant().same_constant(b.get_constant())
    return True


def may_be_same_index(a: OptValue, b: OptValue) -> bool:
    if a.same_value(b):
        return True
    return not (a.is_constant() and b.is_constant())


class OptHeap(Optimization):
    def __init__(self) -> None:
        Optimization.__init__(self)
        self.fields: dict[AbstractDescr, dict[OptValue, OptValue]] = {}
        self.items: dict[AbstractDescr, list[CachedItem]] = {}
        # (object, descr) pairs whose quasi-immutable field this trace depends on
        self.quasi_objects: list[OptValue] = []
        self.quasi_descrs: list[AbstractDescr] = []
        # field writes not emitted yet: a later write of the same field of the same object
        # replaces one (interpreters write their frame's stack pointer again and again); any
        # operation that could see memory, a guard included, gets them emitted first, in order
        self.lazy_setfields: list[ResOperation] = []

    def propagate_forward(self, op: ResOperation) -> None:
        opnum = op.opnum
        if len(self.lazy_setfields) > 0 and not keeps_lazy_setfields(opnum):
            self.flush_lazy_setfields()
        if opnum == rop.GETFIELD:
            self.optimize_getfield(op)
        elif opnum == rop.SETFIELD:
            self.optimize_setfield(op)
        elif opnum == rop.GETARRAYITEM or opnum == rop.GETINTERIORFIELD:
            self.optimize_getitem(op)
        elif opnum == rop.SETARRAYITEM or opnum == rop.SETINTERIORFIELD:
            self.optimize_setitem(op)
        elif opnum == rop.QUASIIMMUT_FIELD:
            self.optimize_quasiimmut_field(op)
        elif IS_CALL[opnum]:
            self.invalidate_for_call(op.descr)
            self.emit(op)
        elif (HAS_NO_SIDE_EFFECT[opnum] or IS_GUARD[opnum] or IS_MALLOC[opnum] or opnum == rop.DEBUG_MERGE_POINT
              or opnum == rop.JUMP or opnum == rop.FINISH or opnum == rop.LABEL):
            self.emit(op)
        else:
            # an operation whose effects are unknown here
            self.invalidate_all()
            self.emit(op)

    # ---- fields ----

    def field_cache(self, descr: AbstractDescr) -> dict[OptValue, OptValue]:
        cache = self.fields.get(descr, None)
        if cache is None:
            cache = {}
            self.fields[descr] = cache
        return cache

    def object_value(self, box: AbstractValue) -> OptValue:
        """The value naming the object BOX points to (the cache's key)."""
        value = self.getvalue(box)
        if isinstance(box, Const):
            return value                # getvalue gave the constant's shared value already
        return self.object_key(value)

    def object_key(self, value: OptValue) -> OptValue:
        """One value per constant pointer, so that a box the optimizer found to be a constant and
        the constant itself share their cache entries."""
        if value.is_constant():
            const = value.get_constant()
            if isinstance(const, ConstPtr):
                return self.opt().ptr_constant_value(const)
        return value

    def optimize_getfield(self, op: ResOperation) -> None:
        struct = self.object_value(op.args[0])
        descr = op.descr
        assert descr is not None
        result = op.result
        assert result is not None
        if self.opt().args_as_recorded(op) and self.field_is_constant(struct, descr):
            # the recorded value cannot change: the object is known and the field immutable
            self.opt().make_constant(result, result.constbox())
            return
        cache = self.field_cache(descr)
        known = cache.get(struct, None)
        if known is not None:
            self.opt().make_equal_to(result, known)
            return
        self.flush_lazy_setfields()         # the read must see them
        self.emit(op)
        cache[struct] = self.getvalue(result)

    def field_is_constant(self, struct: OptValue, descr: AbstractDescr) -> bool:
        if not isinstance(descr, FieldDescr):
            return False
        if descr.is_immutable:
            return True
        if descr.is_quasi_immutable:
            for i in range(len(self.quasi_objects)):
                if self.quasi_objects[i] is struct and self.quasi_descrs[i] is descr:
                    return True
        return False

    def optimize_setfield(self, op: ResOperation) -> None:
        struct = self.object_value(op.args[0])
        value = self.getvalue(op.args[1])
        descr = op.descr
        assert descr is not None
        cache = self.field_cache(descr)
        known = cache.get(struct, None)
        if known is not None and known.same_value(value):
            return                      # the field already holds this value
        self.delay_setfield(op, struct)
        for other in list(cache.keys()):
            if may_be_same_object(other, struct):
                del cache[other]
        cache[struct] = value

    def delay_setfield(self, op: ResOperation, struct: OptValue) -> None:
        kept: list[ResOperation] = []
        for lazy in self.lazy_setfields:
            if lazy.descr is op.descr:
                other = self.object_value(lazy.args[0])
                if other is struct:
                    continue                # overwritten before anything could see it
                if may_be_same_object(other, struct):
                    # the same field of what may be the same object: keep the order
                    self.flush_lazy_setfields()
                    self.lazy_setfields.append(op)
                    return
            kept.append(lazy)
        kept.append(op)
        self.lazy_setfields = kept

    def flush_lazy_setfields(self) -> None:
        lazies = self.lazy_setfields
        if len(lazies) == 0:
            return
        self.lazy_setfields = []
        for lazy in lazies:
            self.emit(lazy)

    def optimize_quasiimmut_field(self, op: ResOperation) -> None:
        """quasiimmut_field(p, descr): the code relies on p's quasi-immutable field not changing.
        For a constant p the marker stays in the trace (the caller registers the dependency from
        it) and later reads of the field fold to the recorded value; otherwise it is dropped."""
        struct = self.object_value(op.args[0])
        descr = op.descr
        assert descr is not None
        if not struct.is_constant():
            return
        if self.field_is_constant(struct, descr):
            return
        self.quasi_objects.append(struct)
        self.quasi_descrs.append(descr)
        self.emit(op)

    # ---- array items ----

    def item_cache(self, descr: AbstractDescr) -> list[CachedItem]:
        cache = self.items.get(descr, None)
        if cache is None:
            cache = []
            self.items[descr] = cache
        return cache

    def optimize_getitem(self, op: ResOperation) -> None:
        array = self.object_value(op.args[0])
        index = self.getvalue(op.args[1])
        descr = op.descr
        assert descr is not None
        result = op.result
        assert result is not None
        cache = self.item_cache(descr)
        for item in cache:
            if item.array is array and item.index.same_value(index):
                self.opt().make_equal_to(result, item.value)
                return
        self.emit(op)
        self.add_item(cache, CachedItem(array, index, self.getvalue(result)))

    def optimize_setitem(self, op: ResOperation) -> None:
        array = self.object_value(op.args[0])
        index = self.getvalue(op.args[1])
        value = self.getvalue(op.args[2])
        descr = op.descr
        assert descr is not None
        cache = self.item_cache(descr)
        for item in cache:
            if item.array is array and item.index.same_value(index) and item.value.same_value(value):
                return                  # the item already holds this value
        self.emit(op)
        kept: list[CachedItem] = []
        for item in cache:
            if not (may_be_same_object(item.array, array) and may_be_same_index(item.index, index)):
                kept.append(item)
        kept.append(CachedItem(array, index, value))
        self.items[descr] = kept

    def add_item(self, cache: list[CachedItem], item: CachedItem) -> None:
        cache.append(item)
        if len(cache) > MAX_ITEMS_PER_DESCR:
            cache.pop(0)

    # ---- invalidation ----

    def invalidate_all(self) -> None:
        for descr, cache in self.fields.items():
            # (the dict's values may be None for RPython: dict.get(k, None) widens them)
            if cache is not None and not descr_is_immutable(descr):
                cache.clear()
        for adescr in list(self.items.keys()):
            if not descr_is_immutable(adescr):
                self.items[adescr] = []

    def invalidate_descr(self, descr: AbstractDescr) -> None:
        if descr_is_immutable(descr):
            return
        cache = self.fields.get(descr, None)
        if cache is not None:
            cache.clear()
        if descr in self.items:
            self.items[descr] = []

    def invalidate_for_call(self, descr: AbstractDescr | None) -> None:
        if not isinstance(descr, CallDescr):
            self.invalidate_all()
            return
        if descr.is_elidable():
            return
        written = descr.write_descrs
        if written is None:
            self.invalidate_all()
            return
        for wdescr in written:
            self.invalidate_descr(wdescr)

    # ---- for loop peeling (jit/optimizer/unroll.py) ----

    def cached_field_entries(self) -> list[tuple[AbstractDescr, OptValue, OptValue]]:
        entries: list[tuple[AbstractDescr, OptValue, OptValue]] = []
        for descr, cache in self.fields.items():
            if cache is None:
                continue
            for struct, value in cache.items():
                if value is not None:
                    entries.append((descr, struct, value))
        return entries

    def import_field(self, descr: AbstractDescr, struct: OptValue, value: OptValue) -> None:
        self.field_cache(descr)[self.object_key(struct)] = value
