"""Which graphs the JIT traces into (look inside) and which it calls as they are (residual calls).

It traces into the program's own functions unless they say otherwise (`@dont_look_inside`,
`@elidable`, `@loop_invariant`), contain a loop and are not `@unroll_safe`, or do raw-memory work
that has no meaning in a trace (the GC, C buffers, arraycopy) or holds a raw address between calls;
external C functions are always called.
"""

from __future__ import annotations

from typing import Any

from kit.flow.model import FunctionGraph
from kit.rtyper import lltype

# operations a traced graph may not contain (their graphs are called instead)
OPAQUE_OPERATIONS = {
    "raw_malloc", "raw_calloc", "raw_free", "raw_memclear", "raw_memcopy", "raw_load", "raw_store",
    "adr_add", "adr_sub", "adr_delta", "adr_lt", "adr_le", "adr_eq", "adr_ne", "adr_gt", "adr_ge",
    "cast_ptr_to_adr", "cast_adr_to_ptr", "cast_adr_to_int", "cast_int_to_adr", "cast_ptr_to_int",
    "getinteriorarrayaddress", "getarrayaddress", "arraycopy", "interior_arraycopy", "identityhash",
    "gc_collect", "malloc_dynamic", "malloc_varsize_dynamic", "jit_set_param", "jit_set_user_param",
    "debug_print", "debug_fatalerror", "jit_record_known_class",
}


def holds_raw_address(graph: FunctionGraph) -> bool:
    """Does an operation of the graph produce a raw address (e.g. a call returning a C string made
    inside a GC buffer)?  Translated code keeps such an address valid by not allocating until it is
    used; tracing allocates between any two operations, so a collection could move or free the
    buffer under it (os.unlink got an empty path that way)."""
    for block in graph.iterblocks():
        for op in block.operations:
            if op.result.concretetype is lltype.Address:
                return True
    return False


def graph_func(graph: FunctionGraph) -> Any:
    return getattr(graph, "func", None)


def has_loop(graph: FunctionGraph) -> bool:
    """Does the graph contain a cycle (a back edge in a depth-first walk)?"""
    state: dict[Any, int] = {}
    stack = [(graph.startblock, iter([link.target for link in graph.startblock.exits]))]
    state[graph.startblock] = 1
    while stack:
        block, successors = stack[-1]
        for succ in successors:
            mark = state.get(succ, 0)
            if mark == 1:
                return True
            if mark == 0:
                state[succ] = 1
                stack.append((succ, iter([link.target for link in succ.exits])))
                break
        else:
            state[block] = 2
            stack.pop()
    return False


class JitPolicy:
    """The default policy; a language may subclass it (e.g. to stop at more functions)."""

    def look_inside_graph(self, graph: FunctionGraph) -> bool:
        func = graph_func(graph)
        if func is not None:
            if getattr(func, "_jit_look_inside_", True) is False:
                return False
            if getattr(func, "_jit_elidable_", False) or getattr(func, "_jit_loop_invariant_", False):
                return False
            if getattr(func, "_kit_gc_function_", False):
                return False
            module = getattr(func, "__module__", "") or ""
            if module.startswith(("gcs.", "jit.", "kit.translator.")):
                return False
        for block in graph.iterblocks():
            for op in block.operations:
                if op.opname in OPAQUE_OPERATIONS or op.result.concretetype is lltype.Address:
                    # (a raw address: see holds_raw_address)
                    return False
        if has_loop(graph) and not getattr(func, "_jit_unroll_safe_", False):
            return False
        return True

    def reason_not_inside(self, graph: FunctionGraph) -> str:
        """Why a graph is called instead of traced (for KITLOG=jit)."""
        func = graph_func(graph)
        if func is not None and getattr(func, "_jit_look_inside_", True) is False:
            return "@dont_look_inside"
        if func is not None and getattr(func, "_jit_elidable_", False):
            return "@elidable"
        if holds_raw_address(graph):
            return "holds a raw address between operations (a collection while tracing could move its object)"
        if has_loop(graph):
            return "contains a loop (mark it @unroll_safe to trace through it)"
        return "does low-level memory work"
