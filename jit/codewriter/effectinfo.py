"""Which parts of the virtualizable frame a residually called function may read or write (found
from the low-level graphs at translation time), so traces sync only those around the call.

A part is one scalar field of the frame (bit k: the k-th field of `_virtualizable_`), or one
array field with its list and the list's items (bit n_static + a).  The answer is by type: a
function that reads any list of the frame's list type reads the frame's arrays too.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from jit.metainterp.virtualizable import part_bit
from kit.flow.model import FunctionGraph
from kit.rtyper import lltype

_SHOW = bool(os.environ.get("KIT_JIT_SHOW_EFFECTS"))
_RAW_READS = ("raw_load",)
_RAW_WRITES = ("raw_store", "raw_memcopy", "raw_memclear")


def field_owner(S: Any, name: str) -> Any:
    """The struct (S or one of its parents) that declares the field."""
    owner = S
    while name not in owner._flds:
        owner = owner.parent()
        assert owner is not None, (S, name)
    return owner


class VableParts:
    """The virtualizable's parts as low-level types: where each bit comes from."""

    def __init__(self, static_fields: list[tuple[Any, str]], array_fields: list[tuple[Any, str]],
                 lists: list[Any], item_arrays: list[Any]) -> None:
        self.fields: dict[tuple[Any, str], int] = {}
        for k, key in enumerate(static_fields):
            self.fields[key] = part_bit(k)
        n = len(static_fields)
        self.lists: list[Any] = list(lists)
        self.item_arrays: list[Any] = list(item_arrays)
        self.list_bits: list[int] = []
        for a, key in enumerate(array_fields):
            bit = part_bit(n + a)
            self.fields[key] = self.fields.get(key, 0) | bit
            self.list_bits.append(bit)
        self.all_bits = 0
        for k in range(n + len(array_fields)):
            self.all_bits |= part_bit(k)
        # structs whose pointers, cast to an address, may reach the frame's fields
        self.frame_structs = [key[0] for key in static_fields + array_fields]

    def field_bits(self, S: Any, name: str) -> int:
        if not isinstance(S, lltype.Struct) or not _struct_has(S, name):
            return 0
        bits = self.fields.get((field_owner(S, name), name), 0)
        for a, LIST in enumerate(self.lists):
            if S == LIST and name in ("length", "items"):
                bits |= self.list_bits[a]
        return bits

    def array_bits(self, A: Any) -> int:
        bits = 0
        for a, ITEMS in enumerate(self.item_arrays):
            if A == ITEMS:
                bits |= self.list_bits[a]
        return bits

    def address_bits(self, T: Any) -> int:
        """An address taken of an object of type T: which parts raw memory operations may reach."""
        if not isinstance(T, lltype.Ptr) or not T.is_gc():
            return 0
        TO = T.TO
        if isinstance(TO, lltype.Struct):
            for S in self.frame_structs:
                if S.is_subtype_of(TO) or TO.is_subtype_of(S):
                    return self.all_bits
            for a, LIST in enumerate(self.lists):
                if TO == LIST:
                    return self.list_bits[a]
            return 0
        if isinstance(TO, lltype.Array):
            return self.array_bits(TO)
        return self.all_bits            # an opaque GC pointer: it may be the frame


def _struct_has(S: Any, name: str) -> bool:
    while S is not None:
        if name in S._flds:
            return True
        S = S.parent()
    return False


def _target(v: Any) -> Any:
    T = v.concretetype
    return T.TO if isinstance(T, lltype.Ptr) else None


class VableEffectAnalyzer:
    """Per graph, the bits of the frame's parts it (or anything it calls) may read and write."""

    def __init__(self, parts: VableParts, graphs: list[FunctionGraph]) -> None:
        self.parts = parts
        self.graphs = graphs
        self.effects: dict[FunctionGraph, tuple[int, int]] | None = None

    def direct_effects(self, graph: FunctionGraph) -> tuple[int, int, list[FunctionGraph]]:
        """What the graph's own operations read and write, and the graphs it calls."""
        parts = self.parts
        reads = writes = 0
        addressed = 0
        raw_reads = raw_writes = False
        callees: list[FunctionGraph] = []
        for block in graph.iterblocks():
            for op in block.operations:
                name = op.opname
                if name == "getfield" or name == "setfield":
                    S = _target(op.args[0])
                    bits = parts.field_bits(S, op.args[1].value) if S is not None else 0
                    if name == "getfield":
                        reads |= bits
                    else:
                        writes |= bits
                elif name == "getarrayitem" or name == "setarrayitem":
                    A = _target(op.args[0])
                    bits = parts.array_bits(A) if A is not None else 0
                    if name == "getarrayitem":
                        reads |= bits
                    else:
                        writes |= bits
                elif name == "arraycopy":
                    reads |= parts.array_bits(_target(op.args[0]))
                    writes |= parts.array_bits(_target(op.args[1]))
                elif name == "getarrayaddress" or name == "cast_ptr_to_adr":
                    addressed |= parts.address_bits(op.args[0].concretetype)
                elif name in _RAW_READS:
                    raw_reads = True
                elif name in _RAW_WRITES:
                    raw_writes = True
                elif name == "direct_call":
                    fn = op.args[0].value
                    callee = getattr(fn, "graph", None)
                    if callee is not None:
                        callees.append(callee)
                    elif getattr(fn, "external", None) is not None and addressed:
                        # a C function may use an address the graph took
                        raw_reads = raw_writes = True
                elif name == "indirect_call":
                    targets = op.args[-1].value
                    if targets is None:
                        reads = writes = parts.all_bits
                    else:
                        callees.extend(targets)
        if addressed:
            if raw_reads:
                reads |= addressed
            if raw_writes:
                writes |= addressed
        return reads, writes, callees

    def compute(self) -> dict[FunctionGraph, tuple[int, int]]:
        if self.effects is not None:
            return self.effects
        own: dict[FunctionGraph, tuple[int, int]] = {}
        callers: dict[FunctionGraph, list[FunctionGraph]] = {}
        pending: list[FunctionGraph] = []
        seen: set[FunctionGraph] = set()
        todo = list(self.graphs)
        while todo:
            graph = todo.pop()
            if graph in seen:
                continue
            seen.add(graph)
            reads, writes, callees = self.direct_effects(graph)
            own[graph] = (reads, writes)
            for callee in callees:
                callers.setdefault(callee, []).append(graph)
                if callee not in seen:
                    todo.append(callee)
            if reads or writes:
                pending.append(graph)
                if _SHOW:
                    print(f"vable effects of {graph.name} (its own): reads {reads:#x} writes {writes:#x}",
                          file=sys.stderr)
        # a caller does what its callees do (to a fixpoint: the call graph has cycles)
        while pending:
            graph = pending.pop()
            reads, writes = own[graph]
            for caller in callers.get(graph, ()):
                r, w = own[caller]
                if (r | reads) != r or (w | writes) != w:
                    own[caller] = (r | reads, w | writes)
                    pending.append(caller)
        self.effects = own
        return own

    def of_graph(self, graph: FunctionGraph | None) -> tuple[int, int]:
        if graph is None:
            return 0, 0
        found = self.compute().get(graph)
        if found is None:
            return self.parts.all_bits, self.parts.all_bits
        return found
