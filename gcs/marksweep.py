"""The mark-sweep collector: non-moving, simple, the reference for correctness.

Every object is allocated with calloc behind a link word that chains all objects; a collection
marks from the roots (shadow stack and prebuilt objects) and frees what it did not reach.
"""

from __future__ import annotations

from gcs import base
from kit.rffi import c_calloc, c_free
from kit.rtyper import lltype
from kit.rtyper.llop import llop

LINK = 8                       # the word before each object: the address of the next object
MIN_THRESHOLD = 4 * 1024 * 1024
MEMORY_ERROR = MemoryError()


class GCState:
    def __init__(self) -> None:
        self.objects = 0               # address of the most recently allocated link word (as int)
        self.bytes_since = 0
        self.allocated = 0             # bytes allocated since the start (before this cycle's)
        self.live_bytes = 0
        self.threshold = MIN_THRESHOLD
        self.collections = 0
        self.mark_stack = 0            # raw array of addresses (as int) used while marking
        self.mark_capacity = 0
        self.stress = 0                # collect at every Nth allocation when > 0
        self.stress_counter = 0
        self.initialized = False


STATE = GCState()


def _adr(value: int) -> lltype.Address:
    return llop.cast_int_to_adr(lltype.Address, value)


def _int(address: lltype.Address) -> int:
    return llop.cast_adr_to_int(lltype.Signed, address)


def _init() -> None:
    state = STATE
    state.initialized = True
    state.stress = base.gc_stress()
    base.gc_log_enabled()    # with KITLOG=gc, the summary is printed at exit even without a collection


def gc_malloc_fixed(typeid: int, size: int) -> lltype.Address:
    return _allocate(typeid, size)


def gc_malloc_varsize(typeid: int, length: int, fixedsize: int, itemsize: int, length_offset: int) -> lltype.Address:
    if length < 0 or length > (1 << 56) // (itemsize if itemsize > 0 else 1):
        raise MEMORY_ERROR
    obj = _allocate(typeid, fixedsize + length * itemsize)
    llop.raw_store(lltype.Void, lltype.Signed, obj, length_offset, length)
    return obj


def _allocate(typeid: int, size: int) -> lltype.Address:
    state = STATE
    if not state.initialized:
        _init()
    state.bytes_since += size
    if state.bytes_since > state.threshold:
        gc_collect()
    elif state.stress > 0:
        state.stress_counter += 1
        if state.stress_counter >= state.stress:
            state.stress_counter = 0
            gc_collect()
    raw = c_calloc(1, LINK + size)
    if _int(raw) == 0:
        gc_collect()
        raw = c_calloc(1, LINK + size)
        if _int(raw) == 0:
            raise MEMORY_ERROR
    llop.raw_store(lltype.Void, lltype.Signed, raw, 0, state.objects)
    state.objects = _int(raw)
    obj = raw + LINK
    llop.raw_store(lltype.Void, lltype.Signed, obj, 0, typeid)
    return obj


def object_size(obj: lltype.Address) -> int:
    typeid = llop.raw_load(lltype.Signed, obj, 0) & base.TYPEID_MASK
    size = base.ti_fixedsize(typeid)
    itemsize = base.ti_itemsize(typeid)
    if itemsize > 0:
        length = llop.raw_load(lltype.Signed, obj, base.ti_length_offset(typeid))
        size += length * itemsize
    return size


def gc_collect() -> None:
    state = STATE
    if base.gc_log_enabled():
        base.gc_log_start()
    before = state.live_bytes + state.bytes_since
    _mark_from_roots()
    live = _sweep()
    state.live_bytes = live
    state.allocated += state.bytes_since
    state.bytes_since = 0
    state.threshold = live if live > MIN_THRESHOLD else MIN_THRESHOLD
    state.collections += 1
    if base.gc_log_enabled():
        base.gc_log_collection(0, before, live, state.collections, state.allocated)


def _push(obj: lltype.Address) -> None:
    state = STATE
    header = llop.raw_load(lltype.Signed, obj, 0)
    if header & (base.FLAG_MARKED | base.FLAG_PREBUILT):
        return
    llop.raw_store(lltype.Void, lltype.Signed, obj, 0, header | base.FLAG_MARKED)
    if state.mark_stack == 0 or state.mark_capacity == 0:
        _grow_mark_stack()
    count = llop.raw_load(lltype.Signed, _adr(state.mark_stack), 0)
    if count + 1 >= state.mark_capacity:
        _grow_mark_stack()
    stack = _adr(state.mark_stack)
    llop.raw_store(lltype.Void, lltype.Signed, stack, (count + 1) * 8, _int(obj))
    llop.raw_store(lltype.Void, lltype.Signed, stack, 0, count + 1)


def _grow_mark_stack() -> None:
    state = STATE
    new_capacity = state.mark_capacity * 2 if state.mark_capacity else 4096
    new = c_calloc(new_capacity, 8)
    if _int(new) == 0:
        raise MEMORY_ERROR
    if state.mark_stack != 0:
        old = _adr(state.mark_stack)
        count = llop.raw_load(lltype.Signed, old, 0)
        i = 0
        while i <= count:
            llop.raw_store(lltype.Void, lltype.Signed, new, i * 8, llop.raw_load(lltype.Signed, old, i * 8))
            i += 1
        c_free(old)
    state.mark_stack = _int(new)
    state.mark_capacity = new_capacity


def _visit(address_of_field: lltype.Address) -> None:
    child = llop.raw_load(lltype.Signed, address_of_field, 0)
    if child != 0:
        _push(_adr(child))


def _mark_from_roots() -> None:
    state = STATE
    # the shadow stack: every slot holds an object address (or 0)
    slot = base.root_stack_base()
    top = base.root_stack_top()
    while _int(slot) < _int(top):
        _visit(slot)
        slot = slot + 8
    # prebuilt objects are never freed, but what they point to must live
    roots = base.static_roots()
    count = base.static_roots_count()
    i = 0
    while i < count:
        obj = _adr(llop.raw_load(lltype.Signed, roots, i * 8))
        _trace(obj)
        i += 1
    # transitive closure
    while state.mark_stack != 0:
        stack = _adr(state.mark_stack)
        count = llop.raw_load(lltype.Signed, stack, 0)
        if count == 0:
            break
        obj = _adr(llop.raw_load(lltype.Signed, stack, count * 8))
        llop.raw_store(lltype.Void, lltype.Signed, stack, 0, count - 1)
        _trace(obj)


def _trace(obj: lltype.Address) -> None:
    typeid = llop.raw_load(lltype.Signed, obj, 0) & base.TYPEID_MASK
    offsets = base.ti_pointer_offsets(typeid)
    i = 0
    while True:
        offset = llop.raw_load(lltype.Signed, offsets, i * 8)
        if offset < 0:
            break
        _visit(obj + offset)
        i += 1
    if base.ti_items_are_pointers(typeid):
        length = llop.raw_load(lltype.Signed, obj, base.ti_length_offset(typeid))
        item = obj + base.ti_items_offset(typeid)
        j = 0
        while j < length:
            _visit(item)
            item = item + 8
            j += 1


def _sweep() -> int:
    state = STATE
    live = 0
    previous = 0
    link = state.objects
    while link != 0:
        raw = _adr(link)
        following = llop.raw_load(lltype.Signed, raw, 0)
        obj = raw + LINK
        header = llop.raw_load(lltype.Signed, obj, 0)
        if header & base.FLAG_MARKED:
            llop.raw_store(lltype.Void, lltype.Signed, obj, 0, header & ~base.FLAG_MARKED)
            live += object_size(obj)
            previous = link
        else:
            if previous == 0:
                state.objects = following
            else:
                llop.raw_store(lltype.Void, lltype.Signed, _adr(previous), 0, following)
            c_free(raw)
        link = following
    return live


# the entry points the GC transform calls, with their low-level signatures
ENTRY_POINTS = {
    "malloc_fixed": (gc_malloc_fixed, [lltype.Signed, lltype.Signed]),
    "malloc_varsize": (gc_malloc_varsize, [lltype.Signed] * 5),
    "collect": (gc_collect, []),
}
