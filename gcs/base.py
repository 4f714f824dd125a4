"""What every collector shares: the object header, the type-information accessors and root
enumeration (shadow stack, prebuilt objects) that the backend provides to GC code.
"""

from __future__ import annotations

from kit.rffi import CFunction
from kit.rtyper.lltype import Address, Signed

# header word: low 32 bits the type id, high bits flags
TYPEID_MASK = 0xFFFFFFFF
FLAG_MARKED = 1 << 32
FLAG_PREBUILT = 1 << 33

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
gc_log_collection = CFunction("kit_gc_log_collection", [Signed, Signed, Signed, Signed], Signed)
gc_stress = CFunction("kit_gc_stress", [], Signed)   # KIT_GC_STRESS=N: collect every N allocations
