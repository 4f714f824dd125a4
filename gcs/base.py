"""What every collector shares: the object header, the type-information accessors and root
enumeration (shadow stack, prebuilt objects) that the backend provides to GC code.
"""

from __future__ import annotations

from kit.rffi import CFunction
from kit.rtyper.lltype import Address, Signed, Void

# header word: low 32 bits the type id, high bits flags
TYPEID_MASK = 0xFFFFFFFF
FLAG_MARKED = 1 << 32          # reached by the current major collection
FLAG_PREBUILT = 1 << 33        # static data of the executable: never freed, never moved
FLAG_TRACK_YOUNG = 1 << 34     # old and not remembered: storing a pointer into it calls the barrier
FLAG_FORWARDED = 1 << 35       # a nursery object already copied out; its second word is the copy
FLAG_HAS_CARDS = 1 << 36       # a large array of pointers with a card table in front of it
FLAG_CARDS_SET = 1 << 37       # ... some of whose cards are marked (it is in the card list)
FLAG_HAS_SHADOW = 1 << 38      # a nursery object whose old-generation place is reserved (its hash)

# defined by the generated module (kit/backend/llvm), from the GC transform's type table
ti_fixedsize = CFunction("kit_ti_fixedsize", [Signed], Signed)
ti_itemsize = CFunction("kit_ti_itemsize", [Signed], Signed)
ti_length_offset = CFunction("kit_ti_length_offset", [Signed], Signed)
ti_items_offset = CFunction("kit_ti_items_offset", [Signed], Signed)
ti_items_are_pointers = CFunction("kit_ti_items_are_pointers", [Signed], Signed)
ti_pointer_offsets = CFunction("kit_ti_pointer_offsets", [Signed], Address)   # -1 terminated
static_roots = CFunction("kit_static_roots", [], Address)                     # array of object addresses
static_roots_count = CFunction("kit_static_roots_count", [], Signed)
# from the C runtime (kit/backend/llvm/runtime.c)
root_stack_base = CFunction("kit_root_stack_base", [], Address)
root_stack_top = CFunction("kit_root_stack_top", [], Address)
gc_log_enabled = CFunction("kit_gc_log_enabled", [], Signed)
gc_log_start = CFunction("kit_gc_log_start", [], Signed)   # starts the pause clock
# (kind 0 major / 1 minor, heap bytes before, after, collection number, bytes allocated in all): a KITLOG line
gc_log_collection = CFunction("kit_gc_log_collection", [Signed] * 5, Signed)
gc_stress = CFunction("kit_gc_stress", [], Signed)   # KIT_GC_STRESS=N or --gc-stress=N: collect every N allocations
gc_setting = CFunction("kit_gc_setting", [Signed], Signed)   # tuning from the environment, see SETTING_*
gc_nursery_globals = CFunction("kit_gc_nursery_globals", [], Address)   # {free, top}: read by the inline malloc
gc_fatal = CFunction("kit_gc_fatal", [Signed], Void)   # out of memory inside a collection: no way to raise

SETTING_NURSERY = 0      # KIT_GC_NURSERY (bytes, K/M/G suffix); default from the L2 cache size
SETTING_GROWTH = 1       # KIT_GC_GROWTH: major collection when the old generation grows by this factor (x100)
SETTING_MIN_HEAP = 2     # KIT_GC_MIN_HEAP: no major collection below this many bytes of old generation
