"""THE table of low-level operations: every operation a low-level graph may contain, declared once.

The rtyper emits them, the transforms (exceptions, GC) and the LLVM backend read them, and the JIT
codewriter and optimizer will too.  Argument and result kinds: i (Signed), u (Unsigned), f (Float),
b (Bool), c (Char), uc (UniChar), r (GC pointer), p (raw pointer), a (Address), v (Void constant),
* (any), T (same type as the first argument).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LLOp:
    name: str
    args: tuple[str, ...]          # kinds of the arguments; "..." at the end means "more of any kind"
    result: str                    # kind of the result
    canfold: bool = False          # pure: no side effects, may be computed at compile time
    canraise: tuple[type[BaseException], ...] = ()
    canmallocgc: bool = False      # may allocate GC memory, hence may run a collection
    sideeffects: bool = True       # False: the result is all it does (it may still depend on memory)
    num: int = 0                   # the operation's number (what the JIT's traces store)
    trace_only: bool = False       # exists only in JIT traces (guards, label, jump, ...), never in graphs

    @property
    def is_pure(self) -> bool:
        return self.canfold

    @property
    def cancollect(self) -> bool:
        return self.canmallocgc


LL_OPERATIONS: dict[str, LLOp] = {}


OPERATIONS_BY_NUM: list[LLOp] = []


def _op(name: str, args: str, result: str, *, fold: bool = False, raises: tuple = (),
        gc: bool = False, side: bool | None = None, trace_only: bool = False) -> None:
    kinds = tuple(args.split()) if args else ()
    sideeffects = (not fold) if side is None else side
    op = LLOp(name, kinds, result, fold, raises, gc, sideeffects, len(OPERATIONS_BY_NUM), trace_only)
    LL_OPERATIONS[name] = op
    OPERATIONS_BY_NUM.append(op)


# ---- integers (machine words; div/mod truncate like C: the rtyper adds Python's floor rounding) ----
for _n in ("add", "sub", "mul", "and", "or", "xor", "lshift", "rshift", "floordiv", "mod"):
    _op(f"int_{_n}", "i i", "i", fold=True)
for _n in ("lt", "le", "eq", "ne", "gt", "ge"):
    _op(f"int_{_n}", "i i", "b", fold=True)
for _n in ("neg", "abs", "invert"):
    _op(f"int_{_n}", "i", "i", fold=True)
_op("int_is_true", "i", "b", fold=True)
_op("int_between", "i i i", "b", fold=True)  # a <= b < c
for _n in ("add", "sub", "mul", "lshift"):
    _op(f"int_{_n}_ovf", "i i", "i", raises=(OverflowError,), side=False)
_op("int_neg_ovf", "i", "i", raises=(OverflowError,), side=False)

for _n in ("add", "sub", "mul", "and", "or", "xor", "lshift", "rshift", "floordiv", "mod"):
    _op(f"uint_{_n}", "u u", "u", fold=True)
for _n in ("lt", "le", "eq", "ne", "gt", "ge"):
    _op(f"uint_{_n}", "u u", "b", fold=True)
_op("uint_invert", "u", "u", fold=True)
_op("uint_is_true", "u", "b", fold=True)

# ---- floats ----
for _n in ("add", "sub", "mul", "truediv"):
    _op(f"float_{_n}", "f f", "f", fold=True)
for _n in ("lt", "le", "eq", "ne", "gt", "ge"):
    _op(f"float_{_n}", "f f", "b", fold=True)
for _n in ("neg", "abs"):
    _op(f"float_{_n}", "f", "f", fold=True)
_op("float_is_true", "f", "b", fold=True)

# ---- chars, bools ----
for _kind, _pre in (("c", "char"), ("uc", "unichar")):
    for _n in ("lt", "le", "eq", "ne", "gt", "ge"):
        _op(f"{_pre}_{_n}", f"{_kind} {_kind}", "b", fold=True)
_op("bool_not", "b", "b", fold=True)

# ---- conversions between primitives ----
for _name, _a, _r in [("cast_int_to_float", "i", "f"), ("cast_float_to_int", "f", "i"),
                      ("cast_int_to_uint", "i", "u"), ("cast_uint_to_int", "u", "i"),
                      ("cast_uint_to_float", "u", "f"), ("cast_float_to_uint", "f", "u"),
                      ("cast_bool_to_int", "b", "i"), ("cast_bool_to_float", "b", "f"),
                      ("cast_int_to_char", "i", "c"), ("cast_char_to_int", "c", "i"),
                      ("cast_int_to_unichar", "i", "uc"), ("cast_unichar_to_int", "uc", "i"),
                      ("cast_float_to_longlong_bits", "f", "i"), ("cast_longlong_bits_to_float", "i", "f"),
                      ("cast_int_to_int32", "i", "i"), ("cast_int32_to_int", "i", "i")]:
    _op(_name, _a, _r, fold=True)

# ---- pointers and memory of GC objects ----
_op("ptr_eq", "r r", "b", fold=True)
_op("ptr_ne", "r r", "b", fold=True)
_op("ptr_iszero", "r", "b", fold=True)
_op("ptr_nonzero", "r", "b", fold=True)
_op("cast_pointer", "v r", "r", fold=True)     # to the struct type in arg 0 (up or down the parent chain)
_op("cast_opaque_ptr", "v r", "r", fold=True)  # between unrelated GC pointer types (erasing)
_op("getfield", "r v", "*", side=False)          # (ptr, 'fieldname')
_op("setfield", "r v *", "v")
_op("getarrayitem", "r i", "*", side=False)
_op("setarrayitem", "r i *", "v")
_op("getarraysize", "r", "i", side=False)
_op("getinteriorfield", "r v i", "*", side=False)         # (ptr, 'arrayfield', index): p.chars[i]
_op("setinteriorfield", "r v i *", "v")
_op("getinteriorarraysize", "r v", "i", side=False)     # len(p.chars)
_op("malloc", "v", "r", gc=True, raises=(MemoryError,), side=False)              # (TYPE)
_op("malloc_varsize", "v i", "r", gc=True, raises=(MemoryError,), side=False)    # (TYPE, length)
_op("malloc_dynamic", "i i", "r", gc=True, raises=(MemoryError,), side=False)   # (type id, size): the JIT's
_op("malloc_varsize_dynamic", "i i i i i", "r", gc=True, raises=(MemoryError,), side=False)
#   (type id, length, size without items, item size, length offset): allocation of a type known at run time
_op("arraycopy", "r r i i i", "v")  # (src, dst, srcstart, dststart, length) for GcArrays
_op("interior_arraycopy", "r r v i i i", "v")  # same on the inlined array of var-sized structs
_op("identityhash", "r", "i", side=False)
_op("getinteriorarrayaddress", "r v", "a", side=False)   # address of p.chars[0] (for C calls)
_op("getarrayaddress", "r", "a", side=False)              # address of item 0 of a GcArray

# ---- calls ----
_op("direct_call", "v ...", "*", raises=(Exception,), gc=True)        # (function constant, args...)
_op("indirect_call", "p ...", "*", raises=(Exception,), gc=True)      # (function pointer, args..., graphs)
_op("same_as", "*", "T", fold=True)

# ---- raw memory (the GC and runtime support code) ----
_op("raw_malloc", "i", "a", side=True)
_op("raw_calloc", "i", "a", side=True)
_op("raw_free", "a", "v")
_op("raw_memclear", "a i", "v")
_op("raw_memcopy", "a a i", "v")
_op("raw_load", "a i", "*", side=False)       # (address, byte offset); the result type says what to load
_op("raw_store", "v a i *", "v")               # (TYPE, address, byte offset, value)
_op("adr_add", "a i", "a", fold=True)
_op("adr_sub", "a i", "a", fold=True)
_op("adr_delta", "a a", "i", fold=True)
for _n in ("lt", "le", "eq", "ne", "gt", "ge"):
    _op(f"adr_{_n}", "a a", "b", fold=True)
_op("cast_ptr_to_adr", "r", "a", fold=True)
_op("cast_adr_to_ptr", "v a", "r", fold=True)
_op("cast_adr_to_int", "a", "i", fold=True)
_op("cast_int_to_adr", "i", "a", fold=True)
_op("cast_ptr_to_int", "r", "i", fold=True)

# ---- GC support (inserted by the GC transform) ----
_op("gc_push_root", "r", "v")                 # save a live GC pointer on the shadow stack
_op("gc_pop_root", "", "r")                   # reload it (the GC may have moved the object)
_op("gc_get_shadowstack", "", "a", side=False)
_op("gc_set_shadowstack", "a", "v")
_op("gc_write_barrier", "r", "v")
_op("gc_collect", "", "v", gc=True)           # kit.rlib.rgc.collect(): a full collection now
_op("gc_typeid", "v", "i", fold=True)         # the type id of a low-level type (a constant)
# the inline fast paths (the backend emits the check, and calls the function in arg 0 only when needed)
_op("gc_malloc_nursery", "v i i", "a", gc=True, raises=(MemoryError,))   # (slow path, typeid, size)
# (slow path, typeid, length, fixed size, item size, length offset, longest length allocated inline)
_op("gc_malloc_nursery_varsize", "v i i i i i i", "a", gc=True, raises=(MemoryError,))
_op("gc_write_barrier_inline", "v r", "v")          # (slow path, object): before storing a pointer into it
_op("gc_write_barrier_item_inline", "v r i", "v")   # (slow path, array, index): same, for one item

# ---- exceptions (inserted by the exception transform) ----
_op("exc_occurred", "", "b", side=False)
_op("exc_fetch_type", "", "r", side=False)
_op("exc_fetch_value", "", "r", side=False)
_op("exc_set", "r r", "v")
_op("exc_clear", "", "v")
_op("stack_check", "", "v", raises=(RecursionError,))

# ---- process-level ----
_op("debug_fatalerror", "r", "v")
_op("debug_print", "...", "v")
_op("keepalive", "*", "v")

# ---- JIT hints (kept in the graphs for the codewriter; no-ops for the backend) ----
_op("jit_marker", "...", "v")                 # (hint name, driver, *greens, *reds): merge point / can_enter_jit
_op("jit_promote", "*", "T", side=False)       # the value, made a constant in traces
_op("jit_promote_string", "r", "T", side=False)
_op("jit_record_known_class", "r v", "v")
_op("jit_is_virtual", "*", "b", side=False)
_op("jit_isconstant", "*", "b", side=False)
_op("jit_we_are_jitted", "", "b", side=False)
_op("jit_assert_green", "*", "v")
_op("jit_set_param", "v v i", "v")             # (driver or None, parameter name, value)
_op("jit_set_user_param", "v r", "v")          # (driver or None, text)

# ---- trace operations: only in the JIT's traces (ARCHITECTURE §5) ----
# A trace uses the operations above with their Void arguments (field names, types) replaced by a
# descr attached to the operation, plus these.  "d" marks an argument that must be a constant.
_op("label", "...", "v", trace_only=True)              # a loop's start; its arguments are the loop's values
_op("jump", "...", "v", trace_only=True)               # back to a label (descr: the target)
_op("finish", "...", "v", trace_only=True)             # leave compiled code with a result (descr: why)
_op("guard_true", "b", "v", trace_only=True)
_op("guard_false", "b", "v", trace_only=True)
_op("guard_value", "* d", "v", trace_only=True)        # the value equals the constant
_op("guard_class", "r d", "v", trace_only=True)        # the object's class (vtable address) is the constant
_op("guard_nonnull", "r", "v", trace_only=True)
_op("guard_isnull", "r", "v", trace_only=True)
_op("guard_nonnull_class", "r d", "v", trace_only=True)
_op("guard_no_exception", "", "v", trace_only=True)
_op("guard_exception", "d", "r", trace_only=True)      # the pending exception has this class; gives its value
_op("guard_no_overflow", "", "v", trace_only=True)
_op("guard_overflow", "", "v", trace_only=True)
_op("guard_not_invalidated", "", "v", trace_only=True)  # no quasi-immutable field this code relies on changed
_op("new", "", "r", gc=True, trace_only=True)           # descr: the struct's size and type id
_op("new_with_vtable", "", "r", gc=True, trace_only=True)  # the same, with its class pointer stored
_op("new_array", "i", "r", gc=True, trace_only=True)    # descr: the array (or var-sized struct)
_op("call", "i ...", "*", raises=(Exception,), gc=True, trace_only=True)   # (function address, args); descr
_op("call_pure", "i ...", "*", trace_only=True)        # an elidable call (folded when its arguments are constants)
_op("call_loopinvariant", "i ...", "*", gc=True, trace_only=True)
_op("debug_merge_point", "...", "v", trace_only=True)  # where an interpreter iteration starts (greens)
_op("record_exact_class", "r d", "v", trace_only=True)
_op("getfield_raw", "i", "*", side=False, trace_only=True)   # a field of a raw struct (a vtable) at an address
_op("quasiimmut_field", "r", "v", trace_only=True)     # reading a quasi-immutable field (descr)
_op("escape", "*", "*", trace_only=True)               # tests only: an opaque use of a value


def get_llop(name: str) -> LLOp:
    try:
        return LL_OPERATIONS[name]
    except KeyError:
        raise KeyError(f"unknown low-level operation {name!r}") from None
