"""The codewriter: finds the portal (the graph with `jit_merge_point`), collects the graphs the JIT
traces into, and turns each into a jitcode; everything the metainterp needs at run time ends up in
one prebuilt JitData object.
"""

from __future__ import annotations

from typing import Any

from jit.codewriter.assembler import GraphAssembler
from jit.codewriter.descrs import DescrFactory, call_effect, kind_of
from jit.codewriter.effectinfo import VableEffectAnalyzer, VableParts, field_owner
from jit.codewriter.jitcode import ClassInfo, JitCode
from jit.codewriter.policy import JitPolicy
from jit.codewriter.portal import portal_green_arguments
from jit.metainterp.descr import EF_CAN_RAISE
from jit.metainterp.history import FLOAT, INT, REF
from jit.metainterp.virtualizable import VirtualizableInfo
from kit.errors import KitError
from kit.flow.model import FunctionGraph
from kit.rtyper import lltype


class DriverInfo:
    """A JitDriver as the metainterp sees it: the kinds of its greens and reds, in order."""

    _immutable_ = True

    def __init__(self, name: str, green_kinds: str, red_kinds: str, portal_jitcode: int,
                 vinfo: VirtualizableInfo | None = None, is_recursive: bool = False,
                 portal_green_args: list[int] | None = None) -> None:
        self.name = name
        self.green_kinds = green_kinds
        self.red_kinds = red_kinds
        self.portal_jitcode = portal_jitcode
        self.vinfo = vinfo          # the virtualizable red, if the driver names one
        # the portal may call itself (an interpreter calling a function of the user's program):
        # its entries are counted and traced too (function-entry traces)
        self.is_recursive = is_recursive
        # for each green (ints, refs, floats), its index among the portal's arguments of its kind:
        # which function a call of the portal enters ([]: not known from the arguments)
        self.portal_greens_known = bool(portal_green_args)
        # (never an empty list: the translated metainterp indexes it, and the annotator refuses
        # reads from a list that is always empty)
        self.portal_green_args = list(portal_green_args) if portal_green_args else [-1] * max(1, len(green_kinds))
        # how many greens and reds of each kind (counted once: the hook needs them at every call)
        self.n_greens_i = green_kinds.count("i")
        self.n_greens_r = green_kinds.count("r")
        self.n_greens_f = green_kinds.count("f")
        self.n_reds_i = red_kinds.count("i")
        self.n_reds_r = red_kinds.count("r")
        self.n_reds_f = red_kinds.count("f")


class JitData:
    """Everything the codewriter produced (a prebuilt constant of the translated program)."""

    def __init__(self) -> None:
        self.jitcodes: list[JitCode] = []
        self.descrs: list[Any] = []
        self.functions: list[int] = []          # addresses of residually called functions
        # the functions an indirect call may reach residually, with the descr of a direct call of
        # each (its own effects, narrower than the call site's: used when the target is a constant)
        self.indirect_addresses: list[int] = []
        self.indirect_descrs: list[int] = []
        self.classes: list[ClassInfo] = []
        self.drivers: list[DriverInfo] = []
        self.typeptr_descr: Any = None          # OBJECT.typeptr
        self.vtable_min_descr: Any = None       # vtable.subclassrange_min (the class id)
        self.overflow_error: lltype.GCREF = lltype.nullptr(lltype.GCREF)
        self.overflow_error_class = 0
        # (greens_i, greens_r, greens_f) -> the driver's get_printable_location text (warmspot)
        self.printable_location = no_printable_location


def no_printable_location(greens_i: list[int], greens_r: list[lltype.GCREF], greens_f: list[float]) -> str:
    return ""


class CodeWriter:
    def __init__(self, rtyper: Any, type_registry: Any, policy: JitPolicy | None = None,
                 graphs: list[FunctionGraph] | None = None) -> None:
        self.rtyper = rtyper
        self.graphs: list[FunctionGraph] = list(graphs or [])
        self.policy = policy or JitPolicy()
        self.descrs = DescrFactory(type_registry)
        self.data = JitData()
        self.jitcodes: dict[FunctionGraph, JitCode] = {}
        self.function_index: dict[int, int] = {}
        self.class_indexes: dict[type, int] = {}
        self.drivers: list[Any] = []
        self.portal_graph: FunctionGraph | None = None
        self.not_inside: dict[FunctionGraph, str] = {}
        # what residual calls may do to the virtualizable frame (None: no virtualizable)
        self.vable_effects: VableEffectAnalyzer | None = None
        self.indirect_seen: dict[FunctionGraph, bool] = {}
        from kit.transform.analysis import CollectAnalyzer, RaiseAnalyzer
        self.raise_analyzer = RaiseAnalyzer(self)
        self.collect_analyzer = CollectAnalyzer(self)

    # ---- finding the graphs ----------------------------------------------------------------------

    def find_portals(self, graphs: list[FunctionGraph]) -> list[tuple[FunctionGraph, Any]]:
        portals = []
        for graph in graphs:
            for block in graph.iterblocks():
                for op in block.operations:
                    if op.opname == "jit_marker" and op.args[0].value == "jit_merge_point":
                        portals.append((graph, op.args[1].value))
        return portals

    def make_jitcodes(self, graphs: list[FunctionGraph]) -> JitData:
        portals = self.find_portals(graphs)
        if not portals:
            raise KitError("--jit: the program has no jit_merge_point (see kit.rlib.jit.JitDriver)")
        seen_drivers = {}
        for graph, driver in portals:
            if id(driver) in seen_drivers and seen_drivers[id(driver)] is not graph:
                raise KitError(f"--jit: the JitDriver {driver.name} has merge points in two functions "
                               f"({seen_drivers[id(driver)].name} and {graph.name}); keep one per driver")
            seen_drivers[id(driver)] = graph
        if len(portals) > 1:
            raise KitError("--jit: only one jit_merge_point per program is supported so far "
                           f"(found {len(portals)})")
        self.portal_graph, driver = portals[0]
        pending = [self.portal_graph]
        while pending:
            graph = pending.pop()
            if graph in self.jitcodes:
                continue
            self.jitcodes[graph] = jc = JitCode(graph.name)
            jc.index = len(self.data.jitcodes)
            self.data.jitcodes.append(jc)
            for callee in self.callees(graph):
                if callee in self.jitcodes or callee in self.not_inside:
                    continue
                if callee is not self.portal_graph and self.policy.look_inside_graph(callee):
                    pending.append(callee)
                else:
                    self.not_inside[callee] = self.policy.reason_not_inside(callee)
        self.driver_index(driver)
        for graph, jc in list(self.jitcodes.items()):
            GraphAssembler(self, graph, jc).assemble()
            fn = self.rtyper.getllfunction(graph)
            jc.fnaddr = lltype.AddressAsInt(fn)
            jc.arg_kinds = "".join(kind_of(v.concretetype) for v in graph.startblock.inputargs
                                   if kind_of(v.concretetype) != "v")
            jc.calldescr = self.descrs.call(fn.TYPE, call_effect(getattr(graph, "func", None),
                                                                 self.raise_analyzer.graph_can_raise(graph)),
                                            self.collect_analyzer.graph(graph), graph.name)
        self.finish_data()
        return self.data

    def callees(self, graph: FunctionGraph) -> list[FunctionGraph]:
        found = []
        for block in graph.iterblocks():
            for op in block.operations:
                if op.opname == "direct_call":
                    g = getattr(op.args[0].value, "graph", None)
                    if g is not None:
                        found.append(g)
                elif op.opname == "indirect_call":
                    found.extend(op.args[-1].value or [])
        return found

    def finish_data(self) -> None:
        from kit.rtyper.rclass import OBJECT, OBJECT_VTABLE
        data = self.data
        # one descr of every kind, so their attributes have known types even in a program whose
        # traces never touch an array or make a call
        self.descrs.array(lltype.GcArray(lltype.Signed))
        self.descrs.size(OBJECT)
        self.descrs.call(lltype.FuncType([lltype.Signed], lltype.Signed), EF_CAN_RAISE, True, "(witness)")
        data.descrs = self.descrs.all
        data.typeptr_descr = self.descrs.field(OBJECT, "typeptr")
        data.vtable_min_descr = self.descrs.field(OBJECT_VTABLE, "subclassrange_min")
        exc = self.rtyper.exceptiondata
        # a jitcode nobody runs, holding one constant of every kind: it gives every list the
        # run-time code reads a known item type even when no real jitcode has such items
        witness = JitCode("(types)")
        witness.code = [0]
        witness.consts_i = [0]
        witness.consts_r = [lltype.nullptr(lltype.GCREF)]
        witness.consts_f = [0.0]
        witness.index = len(data.jitcodes)
        witness.fnaddr = 0
        data.jitcodes.append(witness)
        if not data.functions:
            data.functions.append(0)
        if not data.indirect_addresses:
            # (lists the run-time code reads must not be always empty; no call has address 0)
            data.indirect_addresses.append(0)
            data.indirect_descrs.append(self.descrs.call(lltype.FuncType([], lltype.Void), EF_CAN_RAISE,
                                                         True).index)
        inst = exc.prebuilt_instance(OverflowError)
        data.overflow_error = lltype.LLPointer(lltype.GCREF, inst.obj)
        data.overflow_error_class = self.class_vtable_address(OverflowError)
        self.class_index(OverflowError)

    # ---- what the assembler asks ----------------------------------------------------------------

    def jitcode_for_function(self, fn: Any) -> JitCode | None:
        graph = getattr(fn, "graph", None)
        return self.jitcodes.get(graph) if graph is not None else None

    def residual_function(self, fn: lltype.LLFunction) -> tuple[int, Any]:
        index = self.function_index.get(id(fn))
        if index is None:
            index = len(self.data.functions)
            self.data.functions.append(lltype.AddressAsInt(fn))
            self.function_index[id(fn)] = index
        graph = fn.graph
        if graph is not None:
            func = getattr(graph, "func", None)
            effect = call_effect(func, self.raise_analyzer.graph_can_raise(graph))
            can_collect = self.collect_analyzer.graph(graph)
            reads, writes = self.vable_effects_of([graph])
        else:
            effect = call_effect(None, bool(fn.external is not None and fn.external.canraise))
            can_collect = bool(getattr(fn.external, "cancollect", False))
            # a C function reaches GC memory only through an address it is given
            reads = writes = -1 if lltype.Address in fn.TYPE.ARGS else 0
        return index, self.descrs.call(fn.TYPE, effect, can_collect, fn.name, reads, writes)

    def indirect_calldescr(self, FUNC: lltype.FuncType, graphs: list[FunctionGraph] | None) -> Any:
        can_raise = graphs is None or any(self.raise_analyzer.graph_can_raise(g) for g in graphs)
        can_collect = graphs is None or any(self.collect_analyzer.graph(g) for g in graphs)
        reads, writes = self.vable_effects_of(graphs)
        for graph in graphs or []:
            if graph not in self.jitcodes and graph not in self.indirect_seen:
                self.indirect_seen[graph] = True
                fn = self.rtyper.getllfunction(graph)
                descr = self.residual_function(fn)[1]
                self.data.indirect_addresses.append(lltype.AddressAsInt(fn))
                self.data.indirect_descrs.append(descr.index)
        return self.descrs.call(FUNC, call_effect(None, can_raise), can_collect, "", reads, writes)

    def vable_effects_of(self, graphs: list[FunctionGraph] | None) -> tuple[int, int]:
        """The parts of the virtualizable a call of one of GRAPHS may read and write (-1: all)."""
        analyzer = self.vable_effects
        if graphs is None or analyzer is None:
            return -1, -1
        reads = writes = 0
        for graph in graphs:
            r, w = analyzer.of_graph(graph)
            reads |= r
            writes |= w
        # (all of them: -1, so a descr says "everything" one way)
        if reads == analyzer.parts.all_bits:
            reads = -1
        if writes == analyzer.parts.all_bits:
            writes = -1
        return reads, writes

    def array_descr_for(self, v_array: Any) -> Any:
        return self.descrs.array(v_array.concretetype.target)

    def class_vtable_address(self, cls: type) -> Any:
        classes = self.rtyper.classes
        classdef = self.rtyper.bookkeeper.getclassdef(cls)
        info = classes.info(classdef)
        return lltype.AddressAsInt(info.vtable)

    def class_index(self, cls: type) -> int:
        index = self.class_indexes.get(cls)
        if index is None:
            classes = self.rtyper.classes
            info = classes.info(self.rtyper.bookkeeper.getclassdef(cls))
            index = len(self.data.classes)
            self.data.classes.append(ClassInfo(cls.__name__, lltype.AddressAsInt(info.vtable), info.id_min,
                                               info.id_max))
            self.class_indexes[cls] = index
        return index

    def driver_index(self, driver: Any) -> int:
        for i, d in enumerate(self.drivers):
            if d is driver:
                return i
        self.drivers.append(driver)
        assert self.portal_graph is not None
        greens, reds = self.portal_merge_point_kinds(driver)
        vinfo = self.virtualizable_info(driver, reds)
        self.data.drivers.append(DriverInfo(driver.name, greens, reds, self.jitcodes[self.portal_graph].index,
                                            vinfo, bool(driver.is_recursive),
                                            portal_green_arguments(self.portal_graph, len(driver.greens))))
        return len(self.drivers) - 1

    def virtualizable_info(self, driver: Any, red_kinds: str) -> VirtualizableInfo | None:
        """The driver's virtualizable red: its class's `_virtualizable_` fields as descrs."""
        if not driver.virtualizables:
            return None
        if len(driver.virtualizables) > 1:
            raise KitError(f"--jit: {driver.name} names {len(driver.virtualizables)} virtualizables; "
                           "one is supported")
        name = driver.virtualizables[0]
        position = driver.reds.index(name)
        if red_kinds[position] != REF:
            raise KitError(f"--jit: the virtualizable {name!r} of {driver.name} is not an instance")
        red_index = red_kinds[:position].count(REF)
        cls = self._virtualizable_class(driver, len(driver.greens) + position)
        spec = None
        for klass in cls.__mro__:
            if "_virtualizable_" in klass.__dict__:
                spec = klass.__dict__["_virtualizable_"]
                break
        if spec is None:
            raise KitError(f"--jit: the virtualizable {name!r} of {driver.name} is a {cls.__name__}, which has "
                           "no _virtualizable_ list of fields",
                           hint='declare e.g. _virtualizable_ = ["code", "locals[*]", "depth"] on the class')
        classdef = self.rtyper.bookkeeper.getclassdef(cls)
        STRUCT = self.rtyper.classes.info(classdef).STRUCT
        static, arrays, lengths, items, item_arrays = [], [], [], [], []
        static_keys, array_keys, list_types, item_types = [], [], [], []
        for field in spec:
            is_array = field.endswith("[*]")
            fname = "inst_" + (field[:-3] if is_array else field)
            if not _struct_has_field(STRUCT, fname):
                raise KitError(f"--jit: {cls.__name__}._virtualizable_ names {field!r}, which is not an "
                               "attribute of its instances")
            descr = self.descrs.field(STRUCT, fname)
            if not is_array:
                static.append(descr)
                static_keys.append((field_owner(STRUCT, fname), fname))
                continue
            T = _field_type(STRUCT, fname)
            LIST = T.TO if isinstance(T, lltype.Ptr) else None
            if LIST is None or not isinstance(LIST, lltype.Struct) or "items" not in LIST._flds:
                raise KitError(f"--jit: {cls.__name__}._virtualizable_ names {field!r}, which is not a list")
            arrays.append(descr)
            lengths.append(self.descrs.field(LIST, "length"))
            items.append(self.descrs.field(LIST, "items"))
            item_arrays.append(self.descrs.array(LIST._flds["items"].TO))
            array_keys.append((field_owner(STRUCT, fname), fname))
            list_types.append(LIST)
            item_types.append(LIST._flds["items"].TO)
        self.vable_effects = VableEffectAnalyzer(VableParts(static_keys, array_keys, list_types, item_types),
                                                 self.graphs)
        return VirtualizableInfo(red_index, static, arrays, lengths, items, item_arrays)

    def _virtualizable_class(self, driver: Any, arg_index: int) -> type:
        assert self.portal_graph is not None
        for block in self.portal_graph.iterblocks():
            for op in block.operations:
                if op.opname == "jit_marker" and op.args[0].value == "jit_merge_point":
                    v = op.args[2 + arg_index]
                    s_value = self.annotator.annotation(v)
                    classdef = getattr(s_value, "classdef", None)
                    if classdef is None:
                        raise KitError(f"--jit: the virtualizable of {driver.name} is not known to be an instance")
                    return classdef.cls
        raise AssertionError("no merge point")

    def portal_merge_point_kinds(self, driver: Any) -> tuple[str, str]:
        assert self.portal_graph is not None
        for block in self.portal_graph.iterblocks():
            for op in block.operations:
                if op.opname == "jit_marker" and op.args[0].value == "jit_merge_point":
                    values = op.args[2:]
                    kinds = [kind_of(v.concretetype) for v in values]
                    return "".join(kinds[:len(driver.greens)]), "".join(kinds[len(driver.greens):])
        raise AssertionError("no merge point")

    def constant_value(self, value: Any, T: lltype.LowLevelType, kind: str) -> Any:
        """A graph constant as the jitcode stores it: ints (or link-time addresses), GCREFs, floats."""
        if kind == INT:
            if isinstance(value, bool):
                return int(value)
            if isinstance(value, str):
                return ord(value)
            if isinstance(value, lltype.LLPointer):
                return 0 if value.obj is None else lltype.AddressAsInt(value.obj)
            if isinstance(value, lltype.LLFunction | lltype.LLStruct):
                return lltype.AddressAsInt(value)
            if value is None:
                return 0
            return value
        if kind == REF:
            if value is None or (isinstance(value, lltype.LLPointer) and value.obj is None):
                return lltype.nullptr(lltype.GCREF)
            if isinstance(value, lltype.LLPointer):
                return lltype.LLPointer(lltype.GCREF, value.obj)
            raise KitError(f"JIT codewriter: unexpected GC constant {value!r}")
        assert kind == FLOAT
        return float(value)

    # ---- the analyzers' view of the program -----------------------------------------------------

    @property
    def annotator(self) -> Any:
        return self.rtyper.annotator


def _struct_has_field(S: Any, name: str) -> bool:
    while S is not None:
        if name in S._flds:
            return True
        S = S.parent()
    return False


def _field_type(S: Any, name: str) -> Any:
    while name not in S._flds:
        S = S.parent()
    return S._flds[name]
