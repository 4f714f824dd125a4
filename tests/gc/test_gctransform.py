"""The GC transform's write barriers and inline allocation, on hand-built low-level blocks."""

from types import SimpleNamespace

import gcs.generational
import gcs.marksweep
from kit.flow.model import Block, Constant, SpaceOperation, Variable
from kit.rtyper import layout, lltype
from kit.transform.gctransform import GCTransformer, TypeRegistry

LEAF = lltype.GcStruct("Leaf", ("x", lltype.Signed))
NODE = lltype.GcStruct("Node", ("x", lltype.Signed), ("child", lltype.Ptr(LEAF)))
POINTERS = lltype.GcArray(lltype.Ptr(LEAF))
NUMBERS = lltype.GcArray(lltype.Signed)


def var(T):
    v = Variable("v")
    v.concretetype = T
    return v


def const(T, value):
    c = Constant(value)
    c.concretetype = T
    return c


def op(name, args, result_type=lltype.Void):
    return SpaceOperation(name, args, var(result_type))


def transformer(gc_module=gcs.generational):
    names = ["malloc_fixed", "malloc_varsize", "collect", "remember", "remember_item", "identityhash"]
    functions = {name: SimpleNamespace(name=name, graph=None, external=None) for name in names}
    translator = SimpleNamespace(type_registry=TypeRegistry(), graphs=[])
    return GCTransformer(translator, functions, gc_module)


def with_barriers(ops):
    block = Block([])
    block.operations = list(ops)
    transformer().insert_barriers(block)
    return [(o.opname, o.args[1:]) if o.opname.startswith("gc_write") else (o.opname, None)
            for o in block.operations]


def test_pointer_store_into_an_object_gets_a_barrier():
    node, leaf, n = var(lltype.Ptr(NODE)), var(lltype.Ptr(LEAF)), var(lltype.Signed)
    ops = with_barriers([op("setfield", [node, const(lltype.Void, "child"), leaf]),
                         op("setfield", [node, const(lltype.Void, "x"), n])])
    assert ops == [("gc_write_barrier_inline", [node]), ("setfield", None), ("setfield", None)]


def test_no_barrier_for_a_constant():
    node = var(lltype.Ptr(NODE))
    null = const(lltype.Ptr(LEAF), lltype.nullptr(lltype.Ptr(LEAF)))
    assert with_barriers([op("setfield", [node, const(lltype.Void, "child"), null])]) == [("setfield", None)]


def test_item_store_passes_the_index():
    array, leaf, i = var(lltype.Ptr(POINTERS)), var(lltype.Ptr(LEAF)), var(lltype.Signed)
    numbers, n = var(lltype.Ptr(NUMBERS)), var(lltype.Signed)
    ops = with_barriers([op("setarrayitem", [array, i, leaf]), op("setarrayitem", [numbers, i, n])])
    assert ops == [("gc_write_barrier_item_inline", [array, i]), ("setarrayitem", None), ("setarrayitem", None)]


def test_array_copies_of_pointers_remember_the_whole_target():
    src, dst = var(lltype.Ptr(POINTERS)), var(lltype.Ptr(POINTERS))
    nsrc, ndst = var(lltype.Ptr(NUMBERS)), var(lltype.Ptr(NUMBERS))
    i = var(lltype.Signed)
    ops = with_barriers([op("arraycopy", [src, dst, i, i, i]), op("arraycopy", [nsrc, ndst, i, i, i])])
    assert ops == [("gc_write_barrier_inline", [dst]), ("arraycopy", None), ("arraycopy", None)]


def test_fresh_object_needs_no_barrier_until_something_may_collect():
    leaf = var(lltype.Ptr(LEAF))
    fresh = op("malloc", [const(lltype.Void, NODE)], lltype.Ptr(NODE))
    store = [op("setfield", [fresh.result, const(lltype.Void, "child"), leaf]) for _ in range(2)]
    other = op("malloc", [const(lltype.Void, LEAF)], lltype.Ptr(LEAF))
    ops = with_barriers([fresh, store[0], other, store[1]])
    # the second malloc may run a minor collection that makes the first object old
    assert ops == [("malloc", None), ("setfield", None), ("malloc", None),
                   ("gc_write_barrier_inline", [fresh.result]), ("setfield", None)]


def lowered(gc_module, ops):
    block = Block([])
    block.operations = list(ops)
    transformer(gc_module).lower_mallocs(block)
    return block.operations


def test_generational_allocates_inline():
    fixed = op("malloc", [const(lltype.Void, NODE)], lltype.Ptr(NODE))
    n = var(lltype.Signed)
    varsize = op("malloc_varsize", [const(lltype.Void, POINTERS), n], lltype.Ptr(POINTERS))
    ops = lowered(gcs.generational, [fixed, varsize])
    assert [o.opname for o in ops] == ["gc_malloc_nursery", "cast_adr_to_ptr",
                                      "gc_malloc_nursery_varsize", "cast_adr_to_ptr"]
    assert ops[0].args[2].value == gcs.generational.inline_size(layout.fixed_size(NODE))
    fixed_size, itemsize, _, _ = layout.varsize_info(POINTERS)
    longest = ops[2].args[-1].value
    assert fixed_size + longest * itemsize <= gcs.generational.INLINE_MAX_SIZE
    assert fixed_size + (longest + 1) * itemsize > gcs.generational.INLINE_MAX_SIZE


def test_marksweep_calls_its_malloc():
    fixed = op("malloc", [const(lltype.Void, NODE)], lltype.Ptr(NODE))
    ops = lowered(gcs.marksweep, [fixed])
    assert [o.opname for o in ops] == ["direct_call", "cast_adr_to_ptr"]
    assert ops[0].args[0].value.name == "malloc_fixed"


def test_inline_sizes_are_aligned_and_hold_a_forwarding_address():
    for size in range(1, 200):
        rounded = gcs.generational.inline_size(size)
        assert rounded % 8 == 0 and rounded >= max(size, 16) and rounded - size < 8 + 16
