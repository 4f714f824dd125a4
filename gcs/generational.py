"""The generational collector (the default): a bump-pointer nursery emptied by copying minor
collections, a mark-sweep old generation (gcs.oldgen), a write barrier with a remembered set and
card marking for large arrays of pointers.  RPython, translated together with the program.

Invariants: an old object is either in the remembered set or has FLAG_TRACK_YOUNG, which makes the
barrier (inlined in the generated code) call `gc_remember*` on the next store of a pointer into it.
Prebuilt objects are old and start with FLAG_TRACK_YOUNG.  Large objects are born old and never move.
"""

from __future__ import annotations

from gcs import base
from gcs.oldgen import CARD_MIN_LENGTH, CARD_SHIFT, NCLASSES, PAGE_SIZE, SMALL_MAX, OldGeneration
from gcs.rawmem import (
    WORD,
    AddressMap,
    AddressStack,
    adr,
    allocate,
    allocate_zeroed,
    clear,
    copy,
    int_of,
    load,
    load_byte,
    object_size,
    release,
    store,
    store_byte,
)
from kit.rtyper import lltype

LARGE_OBJECT = 32 * 1024         # bytes: bigger objects are allocated in the old generation directly
MAX_OBJECT = 1 << 48             # bytes: a bigger request is a MemoryError without asking the OS
MEMORY_ERROR = MemoryError()
STRESS_MAJOR_EVERY = 4           # in stress mode, every 4th forced collection is a major one

# what the GC transform needs to know (read at translation time)
INLINE_MALLOC = True
INLINE_MAX_SIZE = LARGE_OBJECT   # var-sized objects up to this size are bump-allocated inline too
WRITE_BARRIER = True
MOVING = True


def inline_size(size: int) -> int:
    """The nursery size of a fixed-size object (at translation time too): 8-aligned, 16 at least."""
    size = (size + 7) & ~7
    return size if size >= 16 else 16


class GenState:
    def __init__(self) -> None:
        self.initialized = False
        self.nursery_start = 0
        self.nursery_end = 0
        self.globals = 0            # the C runtime's {free, top} pair, also read by the inline malloc
        self.large_threshold = LARGE_OBJECT
        self.stress = 0
        self.stress_counter = 0
        self.stress_collections = 0
        self.allocated = 0          # bytes that left the nursery's free space or went to large blocks
        self.minor_collections = 0
        self.major_collections = 0
        self.next_major = 0         # old-generation bytes that trigger the next major collection
        self.growth = 180           # percent of the live bytes after a major collection
        self.min_heap = 0
        self.old = OldGeneration()
        # page-sized blocks, malloc'ed and chained through their first word: given back to the C
        # library when a minor collection finds no memory for the objects it promotes, so that it
        # can finish; the allocation that started it then raises MemoryError
        self.reserve = 0
        self.reserve_count = 0
        self.reserve_target = 0
        self.reserve_spent = False
        self.remembered = AddressStack()   # old objects that may point to young ones
        self.card_objects = AddressStack() # large arrays with marked cards
        self.to_scan = AddressStack()      # objects copied out of the nursery, fields not yet updated
        self.mark_stack = AddressStack()
        self.shadows = AddressMap()        # nursery object -> its reserved old-generation place


STATE = GenState()


def _setup() -> None:
    state = STATE
    state.initialized = True
    size = base.gc_setting(base.SETTING_NURSERY) & ~7
    if size < 64 * 1024:
        size = 64 * 1024
    state.nursery_start = allocate_zeroed(size)
    if state.nursery_start == 0:
        base.gc_fatal(1)
    state.nursery_end = state.nursery_start + size
    state.large_threshold = LARGE_OBJECT if LARGE_OBJECT < size // 4 else size // 4
    state.globals = int_of(base.gc_nursery_globals())
    state.stress = base.gc_stress()
    base.gc_log_enabled()    # with KITLOG=gc, the summary is printed at exit even without a collection
    state.growth = base.gc_setting(base.SETTING_GROWTH)
    state.min_heap = base.gc_setting(base.SETTING_MIN_HEAP)
    state.next_major = state.min_heap
    state.old.setup()
    state.reserve_target = size // PAGE_SIZE + NCLASSES + 1
    _take_reserve()
    _reset_nursery()


def _reset_nursery() -> None:
    state = STATE
    store(state.globals, 0, state.nursery_start)
    # in stress mode the inline fast path always fails, so every allocation comes here
    store(state.globals, WORD, state.nursery_start if state.stress > 0 else state.nursery_end)


def _is_young(obj: int) -> bool:
    return STATE.nursery_start <= obj < STATE.nursery_end


# ---- allocation ------------------------------------------------------------------------------------

def gc_malloc_fixed(typeid: int, size: int) -> lltype.Address:
    """The slow path of the inline allocation: the nursery is full (or not set up yet)."""
    return adr(_malloc(typeid, inline_size(size)))


def gc_malloc_varsize(typeid: int, length: int, fixedsize: int, itemsize: int,
                      length_offset: int) -> lltype.Address:
    if length < 0 or (itemsize > 0 and length > (MAX_OBJECT - fixedsize) // itemsize):
        raise MEMORY_ERROR
    size = inline_size(fixedsize + length * itemsize)
    if not STATE.initialized:
        _setup()
    if size > STATE.large_threshold:
        obj = _malloc_large(typeid, size, length)
    else:
        obj = _malloc(typeid, size)
    store(obj, length_offset, length)
    return adr(obj)


def _malloc(typeid: int, size: int) -> int:
    state = STATE
    if not state.initialized:
        _setup()
    if size > state.large_threshold:
        return _malloc_large(typeid, size, 0)
    if state.stress > 0:
        _stress_tick()
    free = load(state.globals, 0)
    if free + size > state.nursery_end:
        _collect_after_full_nursery()
        _raise_if_reserve_spent()
        free = load(state.globals, 0)
    store(state.globals, 0, free + size)
    store(free, 0, typeid)
    return free


def _malloc_large(typeid: int, size: int, length: int) -> int:
    state = STATE
    if state.stress > 0:
        _stress_tick()
    if state.old.total_bytes() + size > state.next_major:
        _major_collection()
        _raise_if_reserve_spent()
    card_bytes = 0
    if length >= CARD_MIN_LENGTH and base.ti_items_are_pointers(typeid):
        ncards = (length + (1 << CARD_SHIFT) - 1) >> CARD_SHIFT
        card_bytes = (ncards + 7) & ~7
    obj = state.old.allocate_large(size, card_bytes)
    if obj == 0:
        _major_collection()
        obj = state.old.allocate_large(size, card_bytes)
        if obj == 0:
            raise MEMORY_ERROR
    state.allocated += size
    header = typeid | base.FLAG_TRACK_YOUNG
    if card_bytes > 0:
        header |= base.FLAG_HAS_CARDS
    store(obj, 0, header)
    return obj


def _stress_tick() -> None:
    state = STATE
    state.stress_counter += 1
    if state.stress_counter >= state.stress:
        state.stress_counter = 0
        state.stress_collections += 1
        if state.stress_collections % STRESS_MAJOR_EVERY == 0:
            _major_collection()
        else:
            _minor_collection()
        _raise_if_reserve_spent()


def _old_allocate(size: int) -> int:
    """Room for an object leaving the nursery (no way to raise in the middle of a collection: the
    reserve is given back to the C library to finish it; the allocation raises afterwards)."""
    obj = _old_allocate_once(size)
    if obj == 0 and STATE.reserve != 0:
        _release_reserve()
        obj = _old_allocate_once(size)
    if obj == 0:
        base.gc_fatal(2)
    return obj


def _old_allocate_once(size: int) -> int:
    if size <= SMALL_MAX:
        return STATE.old.allocate_small(size)
    return STATE.old.allocate_large(size, 0)


def _take_reserve() -> None:
    state = STATE
    while state.reserve_count < state.reserve_target:
        block = allocate(PAGE_SIZE)
        if block == 0:
            return
        store(block, 0, state.reserve)
        state.reserve = block
        state.reserve_count += 1


def _release_reserve() -> None:
    state = STATE
    block = state.reserve
    while block != 0:
        following = load(block, 0)
        release(block)
        block = following
    state.reserve = 0
    state.reserve_count = 0
    state.reserve_spent = True


def _raise_if_reserve_spent() -> None:
    """After a collection: if it had to spend the reserve, take it again and tell the program."""
    state = STATE
    if state.reserve_spent:
        state.reserve_spent = False
        _take_reserve()
        raise MEMORY_ERROR


def gc_identityhash(obj_address: lltype.Address) -> int:
    """An address that stays the object's: a nursery object gets its old-generation place now."""
    obj = int_of(obj_address)
    if not _is_young(obj):
        return obj
    state = STATE
    header = load(obj, 0)
    if header & base.FLAG_HAS_SHADOW:
        return state.shadows.get(obj)
    shadow = _old_allocate(inline_size(object_size(obj)))
    state.shadows.set(obj, shadow)
    store(obj, 0, header | base.FLAG_HAS_SHADOW)
    return shadow


# ---- the write barrier's slow paths ---------------------------------------------------------------

def gc_remember(obj_address: lltype.Address) -> None:
    """A pointer is about to be stored into this old object: remember it until the next minor collection."""
    obj = int_of(obj_address)
    header = load(obj, 0)
    if header & base.FLAG_TRACK_YOUNG:
        store(obj, 0, header & ~base.FLAG_TRACK_YOUNG)
        STATE.remembered.push(obj)


def gc_remember_item(obj_address: lltype.Address, index: int) -> None:
    """Same for item `index` of its array: large arrays only mark the card of that item."""
    obj = int_of(obj_address)
    header = load(obj, 0)
    if not header & base.FLAG_TRACK_YOUNG:
        return
    if header & base.FLAG_HAS_CARDS:
        store_byte(load(obj, -8), index >> CARD_SHIFT, 1)
        if not header & base.FLAG_CARDS_SET:
            store(obj, 0, header | base.FLAG_CARDS_SET)
            STATE.card_objects.push(obj)
    else:
        store(obj, 0, header & ~base.FLAG_TRACK_YOUNG)
        STATE.remembered.push(obj)


# ---- minor collection -------------------------------------------------------------------------------

def _collect_after_full_nursery() -> None:
    _minor_collection()
    if STATE.old.total_bytes() > STATE.next_major:
        _major_collection()


def _minor_collection() -> None:
    state = STATE
    logging = base.gc_log_enabled()
    before = 0
    if logging:
        base.gc_log_start()
        before = state.old.total_bytes() + load(state.globals, 0) - state.nursery_start
    if state.reserve_count < state.reserve_target:
        _take_reserve()     # after a MemoryError, once memory is free again
    # roots: the shadow stack
    slot = int_of(base.root_stack_base())
    top = int_of(base.root_stack_top())
    while slot < top:
        _update(slot)
        slot += WORD
    # old objects written to since the last minor collection
    while state.remembered.non_empty():
        obj = state.remembered.pop()
        _trace_young(obj)
        store(obj, 0, load(obj, 0) | base.FLAG_TRACK_YOUNG)
    while state.card_objects.non_empty():
        _trace_cards(state.card_objects.pop())
    # what was copied, transitively (a stack, not the C stack: deep structures are fine)
    while state.to_scan.non_empty():
        _trace_young(state.to_scan.pop())
    used = load(state.globals, 0) - state.nursery_start
    state.allocated += used
    clear(state.nursery_start, used)
    state.shadows.clear()
    _reset_nursery()
    state.minor_collections += 1
    if logging:
        base.gc_log_collection(1, before, state.old.total_bytes(), state.minor_collections, state.allocated)


def _update(slot: int) -> None:
    """If the word at `slot` points into the nursery, copy that object out and point to the copy."""
    obj = load(slot, 0)
    if STATE.nursery_start <= obj < STATE.nursery_end:
        store(slot, 0, _copy(obj))


def _copy(obj: int) -> int:
    state = STATE
    header = load(obj, 0)
    if header & base.FLAG_FORWARDED:
        return load(obj, WORD)
    size = inline_size(object_size(obj))
    if header & base.FLAG_HAS_SHADOW:
        new = state.shadows.get(obj)
        header &= ~base.FLAG_HAS_SHADOW
    else:
        new = _old_allocate(size)
    if size <= 128:
        # small objects (most of them): a word loop beats a call to memmove
        offset = WORD
        while offset < size:
            store(new, offset, load(obj, offset))
            offset += WORD
    else:
        copy(new, obj, size)
    store(new, 0, header | base.FLAG_TRACK_YOUNG)
    store(obj, 0, header | base.FLAG_FORWARDED)
    store(obj, WORD, new)
    state.to_scan.push(new)
    return new


def _trace_young(obj: int) -> None:
    typeid = load(obj, 0) & base.TYPEID_MASK
    offsets = int_of(base.ti_pointer_offsets(typeid))
    i = 0
    offset = load(offsets, 0)
    while offset >= 0:
        _update(obj + offset)
        i += 1
        offset = load(offsets, i * WORD)
    if base.ti_items_are_pointers(typeid):
        length = load(obj, base.ti_length_offset(typeid))
        item = obj + base.ti_items_offset(typeid)
        end = item + length * WORD
        while item < end:
            _update(item)
            item += WORD


def _trace_cards(obj: int) -> None:
    """Only the items under marked cards of a large array may point to young objects."""
    header = load(obj, 0)
    store(obj, 0, header & ~base.FLAG_CARDS_SET)
    typeid = header & base.TYPEID_MASK
    length = load(obj, base.ti_length_offset(typeid))
    items = obj + base.ti_items_offset(typeid)
    table = load(obj, -8)
    ncards = (length + (1 << CARD_SHIFT) - 1) >> CARD_SHIFT
    card = 0
    while card < ncards:
        if load_byte(table, card) != 0:
            store_byte(table, card, 0)
            start = card << CARD_SHIFT
            stop = start + (1 << CARD_SHIFT)
            if stop > length:
                stop = length
            item = items + start * WORD
            end = items + stop * WORD
            while item < end:
                _update(item)
                item += WORD
        card += 1


# ---- major collection ---------------------------------------------------------------------------------

def gc_collect() -> None:
    """A full collection (`kit.rlib.rgc.collect()`)."""
    if not STATE.initialized:
        _setup()
    _major_collection()


def _major_collection() -> None:
    state = STATE
    _minor_collection()               # the nursery is empty from here on
    logging = base.gc_log_enabled()
    before = state.old.total_bytes()
    if logging:
        base.gc_log_start()
    slot = int_of(base.root_stack_base())
    top = int_of(base.root_stack_top())
    while slot < top:
        _mark(load(slot, 0))
        slot += WORD
    roots = int_of(base.static_roots())
    count = base.static_roots_count()
    i = 0
    while i < count:
        _trace_mark(load(roots, i * WORD))   # prebuilt objects are never marked, only traced
        i += 1
    while state.mark_stack.non_empty():
        _trace_mark(state.mark_stack.pop())
    live = state.old.sweep()
    threshold = live // 100 * state.growth
    state.next_major = threshold if threshold > state.min_heap else state.min_heap
    state.major_collections += 1
    if logging:
        base.gc_log_collection(0, before, live, state.major_collections, state.allocated)


def _mark(obj: int) -> None:
    if obj == 0:
        return
    header = load(obj, 0)
    if header & (base.FLAG_MARKED | base.FLAG_PREBUILT):
        return
    store(obj, 0, header | base.FLAG_MARKED)
    STATE.mark_stack.push(obj)


def _trace_mark(obj: int) -> None:
    typeid = load(obj, 0) & base.TYPEID_MASK
    offsets = int_of(base.ti_pointer_offsets(typeid))
    i = 0
    offset = load(offsets, 0)
    while offset >= 0:
        _mark(load(obj, offset))
        i += 1
        offset = load(offsets, i * WORD)
    if base.ti_items_are_pointers(typeid):
        length = load(obj, base.ti_length_offset(typeid))
        item = obj + base.ti_items_offset(typeid)
        end = item + length * WORD
        while item < end:
            _mark(load(item, 0))
            item += WORD


# the entry points the GC transform calls, with their low-level signatures
ENTRY_POINTS = {
    "malloc_fixed": (gc_malloc_fixed, [lltype.Signed, lltype.Signed]),
    "malloc_varsize": (gc_malloc_varsize, [lltype.Signed] * 5),
    "collect": (gc_collect, []),
    "remember": (gc_remember, [lltype.Address]),
    "remember_item": (gc_remember_item, [lltype.Address, lltype.Signed]),
    "identityhash": (gc_identityhash, [lltype.Address]),
}
