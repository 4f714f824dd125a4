"""The GC transform: allocations become calls of the collector's malloc, and every GC pointer that
is live across a call which may collect is saved on the shadow stack and reloaded after it (so a
moving collector can update it).
"""

from __future__ import annotations

from typing import Any

from kit.flow.model import Block, Constant, FunctionGraph, SpaceOperation, Variable
from kit.rtyper import layout, lltype
from kit.transform.analysis import CollectAnalyzer


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


class GCTransformer:
    def __init__(self, translator: Any, gc_functions: dict[str, Any]) -> None:
        self.translator = translator
        self.registry = translator.type_registry
        self.gc_functions = gc_functions
        for fn in gc_functions.values():
            fn.gc_can_collect = True
        self.collect = CollectAnalyzer(translator)
        self.roots_pushed = 0

    def transform_graph(self, graph: FunctionGraph) -> None:
        for block in graph.iterblocks():
            if block.is_final:
                continue
            self.lower_mallocs(block)
        for block in graph.iterblocks():
            if block.is_final:
                continue
            self.protect_roots(block)

    # ---- allocation ------------------------------------------------------------------------------

    def lower_mallocs(self, block: Block) -> None:
        newops = []
        for op in block.operations:
            if op.opname == "malloc":
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
