"""The GC transform: allocations become calls of the collector's malloc, and every GC pointer that
is live across a call which may collect is saved on the shadow stack and reloaded after it (so a
moving collector can update it).
"""

from __future__ import annotations

from typing import Any

from kit.flow.model import Block, Constant, FunctionGraph, SpaceOperation, Variable
from kit.rtyper import layout, lltype
from kit.rtyper.lloperation import LL_OPERATIONS
from kit.transform.analysis import CollectAnalyzer

# GC entry points whose calls may run a collection (the others are barrier and hash helpers)
COLLECTING_ENTRY_POINTS = ("malloc_fixed", "malloc_varsize", "collect")
CALL_OPS = ("direct_call", "indirect_call")


def _const(T: lltype.LowLevelType, value: Any) -> Constant:
    c = Constant(value)
    c.concretetype = T
    return c


def _var(T: lltype.LowLevelType, hint: str = "v") -> Variable:
    v = Variable(hint)
    v.concretetype = T
    return v


class TypeRegistry:
    """Type ids of every GC type, and what the collector must know about each."""

    def __init__(self) -> None:
        self.ids: dict[lltype.ContainerType, int] = {}
        self.types: list[lltype.ContainerType] = []

    def typeid(self, T: lltype.ContainerType) -> int:
        tid = self.ids.get(T)
        if tid is None:
            tid = len(self.types) + 1   # 0 is never a valid type id
            self.ids[T] = tid
            self.types.append(T)
        return tid

    def info(self, T: lltype.ContainerType) -> tuple[int, int, int, int, bool, list[int]]:
        """(fixed size, item size, length offset, items offset, items are GC pointers, pointer offsets)."""
        if layout.is_varsize(T):
            fixed, itemsize, length_offset, items_offset = layout.varsize_info(T)
        else:
            fixed, itemsize, length_offset, items_offset = layout.fixed_size(T), 0, 0, 0
        return (fixed, itemsize, length_offset, items_offset, layout.items_are_gc_pointers(T),
                layout.gc_pointer_offsets(T))


class GCCollectAnalyzer(CollectAnalyzer):
    """Which operations may run a collection: the GC operations of the table that may (malloc,
    inline malloc, gc_collect), and calls only when their callee may (the table's `gc` flag on
    direct_call/indirect_call says "maybe", which would save roots around every call)."""

    def op_has_property(self, graph: FunctionGraph, op: Any) -> bool:
        return _collecting_gc_op(op) or super().op_has_property(graph, op)

    def call_can_collect(self, op: Any) -> bool:
        if op.opname == "direct_call":
            fn = op.args[0].value
            if getattr(fn, "gc_can_collect", False):
                return True
            graph = getattr(fn, "graph", None)
            return graph is not None and self.graph(graph)
        if op.opname == "indirect_call":
            graphs = op.args[-1].value
            return graphs is None or any(self.graph(g) for g in graphs)
        return _collecting_gc_op(op)


def _collecting_gc_op(op: Any) -> bool:
    if op.opname in CALL_OPS:
        return False
    desc = LL_OPERATIONS.get(op.opname)
    return bool(desc and desc.canmallocgc)


class GCTransformer:
    """gc_module (optional) says what the collector wants inline: INLINE_MALLOC (nursery bump
    allocation of fixed-size objects with `inline_size(size)` bytes, and of var-sized ones of up to
    INLINE_MAX_SIZE bytes), WRITE_BARRIER (barrier checks before pointer stores)."""

    def __init__(self, translator: Any, gc_functions: dict[str, Any], gc_module: Any = None) -> None:
        self.translator = translator
        self.registry = translator.type_registry
        self.gc_functions = gc_functions
        for name, fn in gc_functions.items():
            if name in COLLECTING_ENTRY_POINTS:
                fn.gc_can_collect = True
        self.collect = GCCollectAnalyzer(translator)
        self.inline_malloc = bool(getattr(gc_module, "INLINE_MALLOC", False))
        self.inline_size = getattr(gc_module, "inline_size", None)
        self.inline_max_size = getattr(gc_module, "INLINE_MAX_SIZE", 0)
        self.write_barrier = bool(getattr(gc_module, "WRITE_BARRIER", False))
        self.roots_pushed = 0
        self.barriers = 0
        self.barriers_elided = 0

    def transform_graph(self, graph: FunctionGraph) -> None:
        blocks = [block for block in graph.iterblocks() if not block.is_final]
        if self.write_barrier:
            for block in blocks:
                self.insert_barriers(block)
        for block in blocks:
            self.lower_mallocs(block)
        for block in blocks:
            self.protect_roots(block)

    # ---- write barriers --------------------------------------------------------------------------

    def insert_barriers(self, block: Block) -> None:
        """Before each store of a GC pointer into a GC object, a barrier check on that object.  Not
        needed for a constant (prebuilt objects are never young) nor into an object allocated (in
        the nursery) since the block's last operation that may collect."""
        fresh: set[Variable] = set()
        newops: list[SpaceOperation] = []
        for op in block.operations:
            name = op.opname
            if name == "malloc":
                # a collection here makes the earlier fresh objects old
                newops.append(op)
                fresh.clear()
                fresh.add(op.result)
                continue
            if name == "cast_pointer" and op.args[1] in fresh:
                fresh.add(op.result)
            elif self.collect.call_can_collect(op):
                fresh.clear()
            target, index = self.barrier_target(op)
            if target is not None:
                if target in fresh:
                    self.barriers_elided += 1
                elif index is None:
                    newops.append(SpaceOperation("gc_write_barrier_inline", [
                        _const(lltype.Void, self.gc_functions["remember"]), target], _var(lltype.Void), op.loc))
                    self.barriers += 1
                else:
                    newops.append(SpaceOperation("gc_write_barrier_item_inline", [
                        _const(lltype.Void, self.gc_functions["remember_item"]), target, index],
                        _var(lltype.Void), op.loc))
                    self.barriers += 1
            newops.append(op)
        block.operations = newops

    @staticmethod
    def barrier_target(op: SpaceOperation) -> tuple[Any, Any]:
        """(object written to, item index or None) when `op` stores a GC pointer into a GC object."""
        name = op.opname
        if name in ("setfield", "setarrayitem", "setinteriorfield"):
            value = op.args[-1]
            if isinstance(value, Constant) or not lltype.is_gc_pointer(value.concretetype):
                return None, None
            if not lltype.is_gc_pointer(op.args[0].concretetype):
                return None, None
            if name == "setfield":
                return op.args[0], None
            if name == "setarrayitem":
                return op.args[0], op.args[1]
            return op.args[0], op.args[2]
        if name in ("arraycopy", "interior_arraycopy"):
            dst = op.args[1]
            T = dst.concretetype.target
            if name == "interior_arraycopy":
                OF = T.field_type(op.args[2].value).OF
            else:
                OF = T.OF
            if isinstance(OF, lltype.Ptr) and OF.is_gc():
                return dst, None
        return None, None

    # ---- allocation ------------------------------------------------------------------------------

    def lower_mallocs(self, block: Block) -> None:
        newops = []
        for op in block.operations:
            if op.opname == "malloc" and self.inline_malloc:
                T = op.args[0].value
                tid = self.registry.typeid(T)
                v_adr = _var(lltype.Address, "mem")
                newops.append(SpaceOperation("gc_malloc_nursery", [
                    _const(lltype.Void, self.gc_functions["malloc_fixed"]), _const(lltype.Signed, tid),
                    _const(lltype.Signed, self.inline_size(layout.fixed_size(T)))], v_adr, op.loc))
                newops.append(SpaceOperation("cast_adr_to_ptr", [_const(lltype.Void, op.result.concretetype), v_adr],
                                             op.result, op.loc))
            elif op.opname == "malloc_varsize" and self.inline_malloc:
                T = op.args[0].value
                tid = self.registry.typeid(T)
                fixed, itemsize, length_offset, _ = layout.varsize_info(T)
                longest = (self.inline_max_size - fixed) // itemsize if itemsize > 0 else self.inline_max_size
                v_adr = _var(lltype.Address, "mem")
                newops.append(SpaceOperation("gc_malloc_nursery_varsize", [
                    _const(lltype.Void, self.gc_functions["malloc_varsize"]), _const(lltype.Signed, tid),
                    op.args[1], _const(lltype.Signed, fixed), _const(lltype.Signed, itemsize),
                    _const(lltype.Signed, length_offset), _const(lltype.Signed, longest)], v_adr, op.loc))
                newops.append(SpaceOperation("cast_adr_to_ptr", [_const(lltype.Void, op.result.concretetype), v_adr],
                                             op.result, op.loc))
            elif op.opname == "malloc":
                T = op.args[0].value
                tid = self.registry.typeid(T)
                v_adr = _var(lltype.Address, "mem")
                newops.append(SpaceOperation("direct_call", [
                    _const(lltype.Void, self.gc_functions["malloc_fixed"]), _const(lltype.Signed, tid),
                    _const(lltype.Signed, layout.fixed_size(T))], v_adr, op.loc))
                newops.append(SpaceOperation("cast_adr_to_ptr", [_const(lltype.Void, op.result.concretetype), v_adr],
                                             op.result, op.loc))
            elif op.opname == "malloc_varsize":
                T = op.args[0].value
                tid = self.registry.typeid(T)
                fixed, itemsize, length_offset, _ = layout.varsize_info(T)
                v_adr = _var(lltype.Address, "mem")
                newops.append(SpaceOperation("direct_call", [
                    _const(lltype.Void, self.gc_functions["malloc_varsize"]), _const(lltype.Signed, tid),
                    op.args[1], _const(lltype.Signed, fixed), _const(lltype.Signed, itemsize),
                    _const(lltype.Signed, length_offset)], v_adr, op.loc))
                newops.append(SpaceOperation("cast_adr_to_ptr", [_const(lltype.Void, op.result.concretetype), v_adr],
                                             op.result, op.loc))
            elif op.opname in ("malloc_dynamic", "malloc_varsize_dynamic"):
                # the type is a run-time value (the JIT allocating what a trace describes)
                entry = "malloc_fixed" if op.opname == "malloc_dynamic" else "malloc_varsize"
                v_adr = _var(lltype.Address, "mem")
                newops.append(SpaceOperation("direct_call", [_const(lltype.Void, self.gc_functions[entry])]
                                             + list(op.args), v_adr, op.loc))
                newops.append(SpaceOperation("cast_adr_to_ptr", [_const(lltype.Void, op.result.concretetype), v_adr],
                                             op.result, op.loc))
            elif op.opname == "gc_collect":
                newops.append(SpaceOperation("direct_call", [_const(lltype.Void, self.gc_functions["collect"])],
                                             op.result, op.loc))
            elif op.opname == "identityhash" and "identityhash" in self.gc_functions:
                # a moving collector gives the object an address that stays its own
                v_adr = _var(lltype.Address, "adr")
                newops.append(SpaceOperation("cast_ptr_to_adr", [op.args[0]], v_adr, op.loc))
                newops.append(SpaceOperation("direct_call", [
                    _const(lltype.Void, self.gc_functions["identityhash"]), v_adr], op.result, op.loc))
            else:
                newops.append(op)
        block.operations = newops

    # ---- roots -----------------------------------------------------------------------------------

    def protect_roots(self, block: Block) -> None:
        ops = block.operations
        if not any(self.collect.call_can_collect(op) for op in ops):
            return
        # live variables after each operation (backwards)
        live = set()
        for link in block.exits:
            live.update(a for a in link.args if isinstance(a, Variable))
        if isinstance(block.exitswitch, Variable):
            live.add(block.exitswitch)
        live_after: list[set[Variable]] = [set()] * len(ops)
        for i in range(len(ops) - 1, -1, -1):
            live_after[i] = set(live)
            live.discard(ops[i].result)
            live.update(a for a in ops[i].args if isinstance(a, Variable))
        defined = list(block.inputargs)
        renames: dict[Variable, Variable] = {}
        newops: list[SpaceOperation] = []
        for i, op in enumerate(ops):
            op.args = [renames.get(a, a) if isinstance(a, Variable) else a for a in op.args]
            if self.collect.call_can_collect(op):
                roots = [v for v in defined if v in live_after[i] and lltype.is_gc_pointer(v.concretetype)]
                for v in roots:
                    newops.append(SpaceOperation("gc_push_root", [renames.get(v, v)], _var(lltype.Void)))
                newops.append(op)
                for v in reversed(roots):
                    v2 = _var(v.concretetype, v.hint)
                    newops.append(SpaceOperation("gc_pop_root", [], v2))
                    renames[v] = v2
                self.roots_pushed += len(roots)
            else:
                newops.append(op)
            defined.append(op.result)
        block.operations = newops
        for link in block.exits:
            link.args = [renames.get(a, a) if isinstance(a, Variable) else a for a in link.args]
        if isinstance(block.exitswitch, Variable):
            block.exitswitch = renames.get(block.exitswitch, block.exitswitch)
