"""Weaving the JIT into a program being translated with --jit (after rtyping, before the
exception and GC transforms): run the codewriter, annotate the run-time JIT with the jitcodes as
prebuilt data, and make the portal call the JIT at its merge point.

At the merge point the portal stores its greens and reds into the exchange arrays and calls
`merge_point_hook`; on CONTINUE it reloads them and starts the iteration again, on RETURN it
returns the value the JIT left; `can_enter_jit` becomes a store of 1 into BACKEDGE[0], and the
entry of a recursive portal a store of FROM_ENTRY (2).
"""

from __future__ import annotations

import linecache
import os
import sys
from typing import Any

from jit.codewriter.codewriter import CodeWriter
from jit.codewriter.descrs import kind_of
from jit.metainterp import warmstate
from jit.metainterp.history import FLOAT, INT, REF
from kit.errors import KitError
from kit.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable
from kit.rlib import jit as jithints
from kit.rtyper import lltype
from kit.transform.inline import _split_after

# the run-time JIT of the program being translated (a prebuilt object; set by apply_jit)
WARMSTATE: Any = None


def jit_merge_point_hook(driver_index: int) -> int:
    return WARMSTATE.merge_point_hook(driver_index)


def jit_quasi_immutable_written_hook(ref: lltype.GCREF, descr_index: int) -> None:
    WARMSTATE.quasi_immutable_written(ref, descr_index)


def jit_set_param_hook(param_index: int, value: int) -> None:
    WARMSTATE.set_param(PARAM_NAMES[param_index], value)


def jit_set_user_param_hook(text: str) -> None:
    WARMSTATE.set_user_param(text)


PARAM_NAMES = list(jithints.PARAMETERS)


def _const(T: lltype.LowLevelType, value: Any) -> Constant:
    c = Constant(value)
    c.concretetype = T
    return c


def _var(T: lltype.LowLevelType, hint: str = "v") -> Variable:
    v = Variable(hint)
    v.concretetype = T
    return v


def make_cpu(backend: str) -> Any:
    if backend == "interp":
        from jit.backend.traceinterp import TraceInterpCPU
        return TraceInterpCPU()
    if backend == "llvm":
        from jit.backend.llvm.cpu import LLVMCPU
        return LLVMCPU()
    raise KitError(f"unknown JIT backend {backend!r} (known: llvm, interp)")


def prepare_llvm_cpu(cpu: Any, rtyper: Any) -> None:
    """The LLVM backend's translation-time facts: where libllvmlite.so is, and the addresses of
    the functions compiled code calls back."""
    from jit.backend.llvm import cpu as llvmcpu
    from kit.annotator.llrules import annotation_of_lltype
    from kit.annotator.model import SomeInteger
    try:
        from llvmlite.binding import ffi
        cpu.library_path = str(ffi.lib._name)
    except Exception as e:   # noqa: BLE001 - any failure means: no library found
        raise KitError(f"--jit llvm: cannot find llvmlite's libllvmlite.so ({e})") from None
    ints = [SomeInteger()]

    def address_of(func: Any, args_s: list) -> Any:
        return lltype.AddressAsInt(rtyper.getllfunction(rtyper.annotate_helper(func, args_s, {})))

    cpu.fn_new = address_of(llvmcpu.jit_new, ints * 3)
    cpu.fn_new_array = address_of(llvmcpu.jit_new_array, ints * 5)
    cpu.fn_remember = address_of(llvmcpu.jit_remember, [annotation_of_lltype(lltype.GCREF)])


def show_vable_effects(data: Any) -> None:
    """KIT_JIT_SHOW_EFFECTS=1 at translation: what each residual call may do to the virtualizable."""
    from jit.metainterp.descr import CallDescr
    for descr in data.descrs:
        if isinstance(descr, CallDescr):
            print(f"vable effects of {descr.name}: reads {descr.vable_reads:#x} writes {descr.vable_writes:#x}",
                  file=sys.stderr)


def apply_jit(rtyper: Any, type_registry: Any, graphs: list[FunctionGraph], backend: str = "interp") -> int:
    """Returns the number of jitcodes made."""
    global WARMSTATE
    from kit.annotator.model import SomeInteger, SomeString
    cw = CodeWriter(rtyper, type_registry, graphs=graphs)
    data = cw.make_jitcodes(graphs)
    if os.environ.get("KIT_JIT_SHOW_EFFECTS"):
        show_vable_effects(data)
    data.printable_location = make_printable_location(cw, cw.drivers[0])
    # descrs of the quasi-immutable fields the program writes (before the run-time JIT's types
    # are fixed by annotating it)
    quasi_writes = [(graph, quasi_immutable_writes(graph, cw)) for graph in graphs]
    cpu = make_cpu(backend)
    cpu.typeptr_descr = data.typeptr_descr
    if backend == "llvm":
        prepare_llvm_cpu(cpu, rtyper)
    WARMSTATE = warmstate.WarmState(data, cpu)
    hook = rtyper.getllfunction(rtyper.annotate_helper(jit_merge_point_hook, [SomeInteger()], {}))
    set_param = rtyper.getllfunction(rtyper.annotate_helper(jit_set_param_hook, [SomeInteger(), SomeInteger()], {}))
    set_user_param = rtyper.getllfunction(rtyper.annotate_helper(jit_set_user_param_hook, [SomeString()], {}))
    from kit.annotator.llrules import annotation_of_lltype
    quasi_hook = rtyper.getllfunction(rtyper.annotate_helper(
        jit_quasi_immutable_written_hook, [annotation_of_lltype(lltype.GCREF), SomeInteger()], {}))
    rtyper.specialize()
    assert cw.portal_graph is not None
    driver = cw.drivers[0]
    transform_portal(cw.portal_graph, driver, hook)
    for graph in graphs:
        transform_hints(graph, set_param, set_user_param)
    for graph, writes in quasi_writes:
        if writes:
            announce_quasi_immutable_writes(graph, writes, quasi_hook)
    return len(data.jitcodes)


def make_printable_location(cw: CodeWriter, driver: Any) -> Any:
    """A function of the greens as the metainterp holds them (lists per kind) that calls the
    driver's get_printable_location with them in their own types (for debug_merge_point)."""
    from jit.codewriter.codewriter import no_printable_location
    func = driver.get_printable_location
    if func is None:
        return no_printable_location
    block, index = _find_merge_point(cw.portal_graph)
    values = block.operations[index].args[2:2 + len(driver.greens)]
    from kit.rlib import rgc
    # (rgc's cast itself at each green: one shared helper would merge the greens' classes)
    namespace: dict[str, Any] = {"func": func, "cast_gcref_to_instance": rgc.cast_gcref_to_instance}
    args = []
    # without a way to call it (a green that is a list or a string): the greens' plain values
    plain = []
    counts = {INT: 0, REF: 0, FLOAT: 0}
    for k, v in enumerate(values):
        kind = kind_of(v.concretetype)
        n = counts[kind]
        counts[kind] += 1
        if kind == INT:
            plain.append(f"'{driver.greens[k]}=' + str(gi[{n}])")
            T = v.concretetype
            if T == lltype.Bool:
                args.append(f"bool(gi[{n}])")
            elif T == lltype.Char:
                args.append(f"chr(gi[{n}])")
            else:
                args.append(f"gi[{n}]")
        elif kind == FLOAT:
            plain.append(f"'{driver.greens[k]}=' + str(gf[{n}])")
            args.append(f"gf[{n}]")
        else:
            classdef = getattr(cw.annotator.annotation(v), "classdef", None)
            if classdef is None:
                func = None
            else:
                namespace[f"CLS{k}"] = classdef.cls
                args.append(f"cast_gcref_to_instance(CLS{k}, gr[{n}])")
    if func is None:
        call = " + ' ' + ".join(plain) if plain else "''"
        call = f"'{driver.name}: ' + {call}"
    else:
        call = f"func({', '.join(args)})"
    source = f"def printable_location(gi, gr, gf):\n    return {call}\n"
    filename = f"<kit: printable location of {driver.name}>"
    # the flow builder reads a function's source through linecache
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), namespace)
    return namespace["printable_location"]


def has_merge_point(graphs: list[FunctionGraph]) -> bool:
    for graph in graphs:
        for block in graph.iterblocks():
            for op in block.operations:
                if op.opname == "jit_marker" and op.args[0].value == "jit_merge_point":
                    return True
    return False


# ---- the portal -----------------------------------------------------------------------------------

def _find_merge_point(graph: FunctionGraph) -> tuple[Block, int]:
    for block in graph.iterblocks():
        for i, op in enumerate(block.operations):
            if op.opname == "jit_marker" and op.args[0].value == "jit_merge_point":
                return block, i
    raise AssertionError("no merge point")


def transform_portal(graph: FunctionGraph, driver: Any, hook: lltype.LLFunction) -> None:
    block, index = _find_merge_point(graph)
    if index > 0:
        # the operations before the merge point stay in their block, which now goes to the merge
        merge, carried = _split_after(block, index - 1)
        block.closeblock(Link(list(carried), merge))
    else:
        merge, _ = _split_before_first(block)
    marker = merge.operations[0]
    values = marker.args[2:]
    listed = {v for v in values if isinstance(v, Variable)}
    extra = [v for v in merge.inputargs if v not in listed]
    if extra:
        raise KitError(f"--jit: at the jit_merge_point of {driver.name}, these values are live but are "
                       f"neither greens nor reds: {', '.join(v.hint for v in extra)}", marker.loc, graph.name,
                       hint="list every variable the loop uses after the merge point in greens or reds")
    kinds = [kind_of(v.concretetype) for v in values]
    counts = {INT: 0, REF: 0, FLOAT: 0}
    slots = []
    for kind in kinds:
        if kind == "v":
            raise KitError(f"--jit: a green or red of {driver.name} has no value at run time", marker.loc, graph.name)
        slots.append(counts[kind])
        counts[kind] += 1
    # the merge block becomes: store values, call the hook, switch on its answer
    body = Block([v.copy() for v in merge.inputargs])
    body.operations = merge.operations
    body.exitswitch = merge.exitswitch
    body.exits = merge.exits
    for link in body.exits:
        link.prevblock = body
    rename = dict(zip(merge.inputargs, body.inputargs, strict=True))
    _rename_block(body, rename)
    ops: list[SpaceOperation] = []
    for v, kind, slot in zip(values, kinds, slots, strict=True):
        stored = _to_exchange(ops, v, kind)
        ops.append(SpaceOperation("setarrayitem", [_exchange(kind), _const(lltype.Signed, slot), stored],
                                  _var(lltype.Void)))
    v_status = _var(lltype.Signed, "jitstatus")
    ops.append(SpaceOperation("direct_call", [_const(lltype.Void, hook), _const(lltype.Signed, 0)], v_status,
                              marker.loc))
    v_nothing = _var(lltype.Bool)
    ops.append(SpaceOperation("int_eq", [v_status, _const(lltype.Signed, warmstate.STATUS_NOTHING)], v_nothing))
    merge.operations = ops
    decide = Block([_var(lltype.Signed, "jitstatus")])
    v_continue = _var(lltype.Bool)
    decide.operations = [SpaceOperation("int_eq", [decide.inputargs[0],
                                                   _const(lltype.Signed, warmstate.STATUS_CONTINUE)], v_continue)]
    go_on = Link(list(merge.inputargs), body, True)
    ask = Link([v_status], decide, False)
    merge.exitswitch = v_nothing
    merge.exits = []
    merge.closeblock(ask, go_on)
    # CONTINUE: reload every green and red, and come back to the merge point
    reload_block = Block([])
    new_values = {}
    for v, kind, slot in zip(values, kinds, slots, strict=True):
        if isinstance(v, Variable) and v in merge.inputargs:
            new_values[v] = _from_exchange(reload_block.operations, kind, slot, v.concretetype)
    back = Link([new_values[v] for v in merge.inputargs], merge)
    reload_block.closeblock(back)
    # RETURN: the portal returns what the JIT computed
    ret_block = Block([])
    ret_T = graph.getreturnvar().concretetype
    if ret_T == lltype.Void or ret_T is None:
        ret_value: Any = _const(lltype.Void, None)
    else:
        ret_value = _from_exchange(ret_block.operations, kind_of(ret_T), 0, ret_T)
    ret_block.closeblock(Link([ret_value], graph.returnblock))
    decide.closeblock(Link([], ret_block, False), Link([], reload_block, True))
    decide.exitswitch = v_continue
    # the interpreter asks the JIT only after a backward jump (can_enter_jit set BACKEDGE): loops
    # are counted and entered at their headers, and every other instruction goes on at once.
    # (After CONTINUE the reload block comes back to the hook itself.)
    check = Block([v.copy() for v in merge.inputargs])
    v_flag = _var(lltype.Signed, "backedge")
    v_set = _var(lltype.Bool)
    check.operations = [
        SpaceOperation("getarrayitem", [_const(lltype.Ptr(warmstate._EXCHANGE_I_T), warmstate.BACKEDGE),
                                        _const(lltype.Signed, 0)], v_flag),
        SpaceOperation("int_ne", [v_flag, _const(lltype.Signed, 0)], v_set)]
    check.exitswitch = v_set
    check.closeblock(Link(list(check.inputargs), merge, True), Link(list(check.inputargs), body, False))
    for link in block.exits:
        if link.target is merge:
            link.target = check
    if driver.is_recursive:
        # entering the portal (a call of the user's function): the first merge point asks the JIT,
        # which counts function entries (warmstate.FROM_ENTRY) and traces from there
        # (a block of its own: nothing may jump back to it)
        old_start = graph.startblock
        entry = Block([v.copy() for v in old_start.inputargs])
        entry.operations = [SpaceOperation("setarrayitem", [
            _const(lltype.Ptr(warmstate._EXCHANGE_I_T), warmstate.BACKEDGE), _const(lltype.Signed, 0),
            _const(lltype.Signed, warmstate.FROM_ENTRY)], _var(lltype.Void))]
        entry.closeblock(Link(list(entry.inputargs), old_start))
        graph.startblock = entry


def _split_before_first(block: Block) -> tuple[Block, list[Any]]:
    """The merge point is the block's first operation: it becomes its own block."""
    mapping = {v: v.copy() for v in block.inputargs}
    new = Block([mapping[v] for v in block.inputargs])
    new.operations = block.operations
    new.exitswitch = block.exitswitch
    new.exits = block.exits
    for link in new.exits:
        link.prevblock = new
    _rename_block(new, mapping)
    block.operations = []
    block.exitswitch = None
    block.exits = []
    block.closeblock(Link(list(block.inputargs), new))
    return new, list(block.inputargs)


def _rename_block(block: Block, mapping: dict[Variable, Variable]) -> None:
    def r(v: Any) -> Any:
        return mapping.get(v, v) if isinstance(v, Variable) else v
    for op in block.operations:
        op.args = [r(a) for a in op.args]
    if isinstance(block.exitswitch, Variable):
        block.exitswitch = r(block.exitswitch)
    for link in block.exits:
        link.args = [r(a) for a in link.args]


def _exchange(kind: str) -> Constant:
    if kind == INT:
        return _const(lltype.Ptr(warmstate._EXCHANGE_I_T), warmstate.EXCHANGE_I)
    if kind == REF:
        return _const(lltype.Ptr(warmstate._EXCHANGE_R_T), warmstate.EXCHANGE_R)
    return _const(lltype.Ptr(warmstate._EXCHANGE_F_T), warmstate.EXCHANGE_F)


_TO_INT = {"Bool": "cast_bool_to_int", "Char": "cast_char_to_int", "UniChar": "cast_unichar_to_int",
           "Unsigned": "cast_uint_to_int", "Int32": "cast_int32_to_int"}
_FROM_INT = {"Bool": "int_is_true", "Char": "cast_int_to_char", "UniChar": "cast_int_to_unichar",
             "Unsigned": "cast_int_to_uint", "Int32": "cast_int_to_int32"}


def _to_exchange(ops: list[SpaceOperation], v: Any, kind: str) -> Any:
    T = v.concretetype
    if kind == REF:
        out = _var(lltype.GCREF)
        ops.append(SpaceOperation("cast_opaque_ptr", [_const(lltype.Void, lltype.GCREF), v], out))
        return out
    if kind == INT and T != lltype.Signed:
        if isinstance(T, lltype.Primitive) and T.name in _TO_INT:
            out = _var(lltype.Signed)
            ops.append(SpaceOperation(_TO_INT[T.name], [v], out))
            return out
        raise KitError(f"--jit: greens and reds of type {T!r} are not supported")
    return v


def _from_exchange(ops: list[SpaceOperation], kind: str, slot: int, T: lltype.LowLevelType) -> Any:
    if kind == INT:
        raw = _var(lltype.Signed)
        ops.append(SpaceOperation("getarrayitem", [_exchange(INT), _const(lltype.Signed, slot)], raw))
        if T == lltype.Signed:
            return raw
        out = _var(T)
        ops.append(SpaceOperation(_FROM_INT[T.name], [raw], out))
        return out
    if kind == REF:
        raw = _var(lltype.GCREF)
        ops.append(SpaceOperation("getarrayitem", [_exchange(REF), _const(lltype.Signed, slot)], raw))
        out = _var(T)
        ops.append(SpaceOperation("cast_opaque_ptr", [_const(lltype.Void, T), raw], out))
        return out
    out = _var(lltype.Float)
    ops.append(SpaceOperation("getarrayitem", [_exchange(FLOAT), _const(lltype.Signed, slot)], out))
    return out


# ---- quasi-immutable fields ----

def quasi_immutable_writes(graph: FunctionGraph, cw: CodeWriter) -> dict[SpaceOperation, int]:
    """The graph's writes of quasi-immutable fields, with the index of the field's descr."""
    found: dict[SpaceOperation, int] = {}
    for block in graph.iterblocks():
        for op in block.operations:
            if op.opname != "setfield":
                continue
            T = op.args[0].concretetype
            if not isinstance(T, lltype.Ptr) or not isinstance(T.TO, lltype.Struct):
                continue
            name = op.args[1].value
            S = T.TO
            while S is not None and name not in S._flds:
                S = S.parent()
            if S is None or not S._hints.get("immutable_fields", {}).get(name, "").startswith("?"):
                continue
            found[op] = cw.descrs.field(T.TO, name).index
    return found


def announce_quasi_immutable_writes(graph: FunctionGraph, writes: dict[SpaceOperation, int],
                                    hook: lltype.LLFunction) -> None:
    """After each write of a quasi-immutable field: tell the JIT (compiled code that read the field
    is invalidated)."""
    for block in graph.iterblocks():
        new_ops: list[SpaceOperation] = []
        for op in block.operations:
            new_ops.append(op)
            index = writes.get(op, -1)
            if index >= 0:
                ref = _var(lltype.GCREF)
                new_ops.append(SpaceOperation("cast_opaque_ptr", [_const(lltype.Void, lltype.GCREF), op.args[0]], ref))
                new_ops.append(SpaceOperation("direct_call", [_const(lltype.Void, hook), ref,
                                                              _const(lltype.Signed, index)], _var(lltype.Void), op.loc))
        block.operations = new_ops


# ---- the other hints ------------------------------------------------------------------------------

def transform_hints(graph: FunctionGraph, set_param: lltype.LLFunction, set_user_param: lltype.LLFunction) -> None:
    for block in graph.iterblocks():
        new_ops = []
        for op in block.operations:
            if op.opname == "jit_marker" and op.args[0].value == "can_enter_jit":
                new_ops.append(SpaceOperation("setarrayitem", [
                    _const(lltype.Ptr(warmstate._EXCHANGE_I_T), warmstate.BACKEDGE), _const(lltype.Signed, 0),
                    _const(lltype.Signed, 1)], _var(lltype.Void)))
            elif op.opname == "jit_set_param":
                index = PARAM_NAMES.index(op.args[1].value)
                new_ops.append(SpaceOperation("direct_call", [_const(lltype.Void, set_param),
                                                              _const(lltype.Signed, index), op.args[2]],
                                              op.result, op.loc))
            elif op.opname == "jit_set_user_param":
                new_ops.append(SpaceOperation("direct_call", [_const(lltype.Void, set_user_param), op.args[1]],
                                              op.result, op.loc))
            else:
                new_ops.append(op)
        block.operations = new_ops
