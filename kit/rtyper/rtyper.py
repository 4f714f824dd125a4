"""The RPythonTyper: turns every annotated flow graph into a low-level graph, block by block.

Each flow operation is lowered by the Repr of its arguments (pairs for binary operations); values
crossing links are converted to the target's repr; low-level helpers are annotated on demand.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from kit.annotator.annrpython import RPythonAnnotator
from kit.annotator.llrules import SomeInteriorPtr, annotation_of_lltype
from kit.annotator.model import (
    SomeAddress,
    SomeBool,
    SomeBuiltin,
    SomeBytes,
    SomeDict,
    SomeFloat,
    SomeImpossibleValue,
    SomeInstance,
    SomeInteger,
    SomeIterator,
    SomeList,
    SomeLLPrimitive,
    SomeLLType,
    SomeModule,
    SomeNone,
    SomeObject,
    SomePBC,
    SomePtr,
    SomeRange,
    SomeString,
    SomeTuple,
    SomeTypeOf,
)
from kit.annotator.origin import AnnotatorError
from kit.errors import KitError
from kit.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable, c_last_exception
from kit.rtyper import lltype
from kit.rtyper.rmodel import HighLevelOp, LowLevelOpList, Repr, TyperError, VoidRepr, inputconst

# (repr class 1, repr class 2, opname) -> function(hop); filled by the repr modules
PAIR_RULES: dict[tuple[type, type, str], Callable[[HighLevelOp], Any]] = {}
# (repr class from, repr class to) -> function(rtyper, r_from, r_to, v, llops)
CONVERSIONS: dict[tuple[type, type], Callable[..., Any]] = {}

BINARY_OPS = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor",
              "lt", "le", "eq", "ne", "gt", "ge", "is_", "contains", "add_ovf", "sub_ovf", "mul_ovf",
              "floordiv_ovf", "mod_ovf", "lshift_ovf", "getitem", "setitem", "delitem"}


def pairop(cls1: type, cls2: type, *opnames: str) -> Callable:
    def register(func: Callable) -> Callable:
        for name in opnames:
            PAIR_RULES[(cls1, cls2, name)] = func
        return func
    return register


def conversion(cls_from: type, cls_to: type) -> Callable:
    def register(func: Callable) -> Callable:
        CONVERSIONS[(cls_from, cls_to)] = func
        return func
    return register


class RPythonTyper:
    def __init__(self, annotator: RPythonAnnotator, progress: Callable[[str], None] | None = None) -> None:
        self.annotator = annotator
        self.bookkeeper = annotator.bookkeeper
        self.progress = progress
        self.reprs: dict[Any, Repr] = {}
        self.primitive_reprs: dict[lltype.LowLevelType, Repr] = {}
        self.specialized: set[FunctionGraph] = set()
        self.helper_graphs: dict[Any, FunctionGraph] = {}
        self.llfunctions: dict[FunctionGraph, lltype.LLFunction] = {}
        self._names: set[str] = set()
        self._counter = itertools.count()
        self.current_graph: FunctionGraph | None = None
        self.current_loc: Any = None
        from kit.rtyper import register_all
        register_all()
        from kit.rtyper.rclass import ClassHierarchy
        from kit.rtyper.rexc import ExceptionData
        self.classes = ClassHierarchy(self)
        self.exceptiondata = ExceptionData(self)

    # ---- annotations and reprs -------------------------------------------------------------------

    def binding(self, v: Variable | Constant) -> SomeObject:
        if isinstance(v, Constant):
            return self.constant_annotation(v)
        s = self.annotator.bindings.get(v)
        if s is None:
            # the result of a call that never returns (its function always raises)
            return SomeImpossibleValue()
        return s

    def constant_annotation(self, c: Constant) -> SomeObject:
        from kit.flow.operation import CallShape
        if isinstance(c.value, CallShape):
            s = SomeObject()
            s.const = c.value
            return s
        try:
            return self.bookkeeper.immutablevalue(c.value)
        except AnnotatorError:
            s = SomeObject()
            s.const = c.value
            return s

    def getrepr(self, s: SomeObject) -> Repr:
        key = repr_key(s)
        r = self.reprs.get(key)
        if r is None:
            r = self.make_repr(s)
            self.reprs[key] = r
            r.setup()
        return r

    def make_repr(self, s: SomeObject) -> Repr:
        from kit.rtyper import rbuiltin, rdict, riter, rlist, rpbc, rprimitive, rptr, rstr, rtuple
        if isinstance(s, SomeBool):
            return rprimitive.BoolRepr(self)
        if isinstance(s, SomeInteger):
            return rprimitive.UnsignedRepr(self) if s.unsigned else rprimitive.IntegerRepr(self)
        if isinstance(s, SomeFloat):
            return rprimitive.FloatRepr(self)
        if isinstance(s, SomeNone | SomeImpossibleValue | SomeModule | SomeLLType):
            return rprimitive.NoneRepr(self)
        if isinstance(s, SomeString):
            return rstr.StringRepr(self)
        if isinstance(s, SomeBytes):
            return rstr.BytesRepr(self)
        if isinstance(s, SomeTuple):
            return rtuple.TupleRepr(self, [self.getrepr(i) for i in s.items])
        if isinstance(s, SomeList):
            return rlist.ListRepr(self, s.listdef)
        if isinstance(s, SomeDict):
            return rdict.DictRepr(self, s.dictdef)
        if isinstance(s, SomeInstance):
            return self.classes.instance_repr(s.classdef)
        if isinstance(s, SomeTypeOf):
            return self.classes.class_repr(s.s_obj.classdef)  # type: ignore[attr-defined]
        if isinstance(s, SomePBC):
            return rpbc.make_pbc_repr(self, s)
        if isinstance(s, SomeIterator):
            return riter.make_iterator_repr(self, s)
        if isinstance(s, SomeRange):
            return riter.RangeRepr(self)
        if isinstance(s, SomeBuiltin):
            return rbuiltin.make_builtin_repr(self, s)
        if isinstance(s, SomePtr):
            return rptr.PtrRepr(self, s.ll_ptrtype)
        if isinstance(s, SomeInteriorPtr):
            return rptr.InteriorPtrRepr(self, s.ll_ptrtype, s.fieldname)
        if isinstance(s, SomeLLPrimitive):
            return rprimitive.CharRepr(self, s.lltype)
        if isinstance(s, SomeAddress):
            return rprimitive.AddressRepr(self)
        if type(s) is SomeObject and s.is_constant():
            return VoidRepr(self)
        raise TyperError(f"no low-level representation for {s.describe()}")

    def getrepr_str(self) -> Repr:
        return self.getrepr(SomeString())

    def primitive_repr(self, T: lltype.LowLevelType) -> Repr:
        r = self.primitive_reprs.get(T)
        if r is None:
            from kit.rtyper import rprimitive, rptr
            if T == lltype.Signed:
                r = rprimitive.IntegerRepr(self)
            elif T == lltype.Unsigned:
                r = rprimitive.UnsignedRepr(self)
            elif T == lltype.Bool:
                r = rprimitive.BoolRepr(self)
            elif T == lltype.Float:
                r = rprimitive.FloatRepr(self)
            elif T in (lltype.Char, lltype.UniChar):
                r = rprimitive.CharRepr(self, T)
            elif T == lltype.Address:
                r = rprimitive.AddressRepr(self)
            elif T == lltype.Int32:
                r = rprimitive.Int32Repr(self)
            elif T == lltype.Void:
                r = VoidRepr(self)
            elif isinstance(T, lltype.Ptr):
                r = rptr.PtrRepr(self, T)
            else:
                raise TyperError(f"no repr for {T!r}")
            self.primitive_reprs[T] = r
        return r

    # ---- conversions -----------------------------------------------------------------------------

    def convert(self, v: Variable | Constant, r_from: Repr, r_to: Repr, llops: LowLevelOpList) -> Variable | Constant:
        if r_from is r_to or (r_from.lowleveltype == r_to.lowleveltype and type(r_from) is type(r_to)):
            return v
        if isinstance(v, Constant):
            return inputconst(r_to, v.value)
        from kit.rtyper.rprimitive import NoneRepr
        if isinstance(r_from, NoneRepr):
            # a variable that is always None: every nullable representation has a constant for it
            return inputconst(r_to, None)
        for cls_from in type(r_from).__mro__:
            for cls_to in type(r_to).__mro__:
                func = CONVERSIONS.get((cls_from, cls_to))
                if func is not None:
                    result = func(self, r_from, r_to, v, llops)
                    if result is not NotImplemented:
                        return result
        if r_from.lowleveltype == r_to.lowleveltype:
            return v
        raise TyperError(f"cannot convert from {r_from} to {r_to}")

    # ---- graphs ----------------------------------------------------------------------------------

    def specialize(self) -> None:
        from kit.rtyper.normalize import normalize_calls
        normalize_calls(self)
        while True:
            pending = [g for g in self.annotator.graphs if g not in self.specialized]
            if not pending:
                break
            for graph in pending:
                self.specialize_graph(graph)
            if self.progress:
                self.progress(f"{len(self.specialized)} graphs lowered")
        self.classes.finish()

    def specialize_graph(self, graph: FunctionGraph) -> None:
        self.specialized.add(graph)
        self.annotator.frozen.add(graph)
        self.current_graph = graph
        self.remove_unannotated_blocks(graph)
        for block in list(graph.iterblocks()):
            if block not in self.annotator.annotated and block.operations:
                continue
            self.specialize_block(graph, block)
        for v in graph.returnblock.inputargs:
            if v.concretetype is None:
                v.concretetype = self.variable_repr(v).lowleveltype
        etype, evalue = graph.exceptblock.inputargs
        etype.concretetype = self.classes.class_repr(None).lowleveltype
        evalue.concretetype = self.classes.instance_repr(None).lowleveltype
        self.current_graph = None

    def remove_unannotated_blocks(self, graph: FunctionGraph) -> None:
        """Drop exits into blocks the annotator never reached (statically dead code).

        A block can end up with no exits at all: after a call that never returns normally.  Such a
        dead end becomes `unreachable` in the generated code."""
        for block in list(graph.iterblocks()):
            if block.is_final:
                continue
            live = [link for link in block.exits if link.target in self.annotator.annotated]
            if len(live) == len(block.exits):
                continue
            if block.exitswitch is c_last_exception:
                if not live or live[0].exitcase is not None:
                    # the normal exit is dead: only the exceptions leave, so continue to a dead end
                    dead_end = Block([])
                    live.insert(0, Link([], dead_end))
                if len(live) == 1:
                    block.exitswitch = None
            elif len(live) == 1:
                live[0].exitcase = None
                block.exitswitch = None
            elif not live:
                block.exitswitch = None
            block.recloseblock(*live)

    def variable_repr(self, v: Variable) -> Repr:
        s = self.annotator.bindings.get(v)
        if s is None:
            return VoidRepr(self)
        return self.getrepr(s)

    def specialize_block(self, graph: FunctionGraph, block: Block) -> None:
        blocked = self.annotator.blocked.pop(block, None)
        if blocked is not None:
            # the operation at `index` never returns normally: what follows it is dead
            index = blocked[1]
            block.operations = block.operations[:index + 1]
            block.exitswitch = None
            block.exits = []
        for v in block.inputargs:
            v.concretetype = self.variable_repr(v).lowleveltype
        newops: list[SpaceOperation] = []
        raising = block.exitswitch is c_last_exception
        moved_to_normal_link: list[SpaceOperation] = []
        for i, op in enumerate(block.operations):
            self.current_loc = op.loc
            last_raising = raising and i == len(block.operations) - 1
            llops = LowLevelOpList(self, op.loc)
            hop = HighLevelOp(self, op, llops, last_raising)
            try:
                v_result = self.translate_op(hop)
                self.attach_result(hop, v_result)
            except TyperError as exc:
                raise KitError(f"cannot translate this operation ({op.opname}): {exc}", op.loc, graph.name) from None
            if last_raising:
                if llops.raising_index is None and not llops.exception_handled:
                    # the lowering did not say: the last operation that can raise is the one
                    for k in range(len(llops) - 1, -1, -1):
                        if _ll_can_raise(llops[k]):
                            llops.raising_index = k
                            break
                if llops.raising_index is None:
                    # cannot raise after all: the exception exits are dead
                    block.exitswitch = None
                    block.recloseblock(block.exits[0])
                    newops.extend(llops)
                else:
                    newops.extend(llops[:llops.raising_index + 1])
                    moved_to_normal_link = llops[llops.raising_index + 1:]
            else:
                newops.extend(llops)
        block.operations = newops
        if isinstance(block.exitswitch, Variable):
            block.exitswitch.concretetype = lltype.Bool
        self.specialize_links(block)
        if moved_to_normal_link:
            # what follows the raising operation runs only when it did not raise
            self.insert_ops_on_link(block, block.exits[0], moved_to_normal_link)

    def attach_result(self, hop: HighLevelOp, v_result: Variable | Constant | None) -> None:
        result = hop.spaceop.result
        T = hop.r_result.lowleveltype
        result.concretetype = T
        llops = hop.llops
        if T == lltype.Void:
            # a value known statically: the variable is still defined, for later operations that name it
            value = v_result.value if isinstance(v_result, Constant) else None
            llops.append(SpaceOperation("same_as", [inputconst(lltype.Void, value)], result, llops.loc))
            return
        if v_result is None:
            raise TyperError(f"{hop.opname} produced no value, but a {T!r} is expected")
        if v_result.concretetype is not None and v_result.concretetype != T:
            raise TyperError(f"{hop.opname} produced {v_result.concretetype!r}, expected {T!r}")
        if isinstance(v_result, Variable) and llops and llops[-1].result is v_result:
            llops[-1].result = result
            return
        llops.append(SpaceOperation("same_as", [v_result], result, llops.loc))

    def insert_ops_on_link(self, block: Block, link: Link, ops: list[SpaceOperation]) -> None:
        """Put `ops` in a new block between `block` and the target of `link`."""
        defined_before = set(block.inputargs) | {op.result for op in block.operations}
        needed: list[Variable] = []
        produced = {op.result for op in ops}
        for op in ops:
            for a in op.args:
                if isinstance(a, Variable) and a not in produced and a not in needed:
                    needed.append(a)
        for a in link.args:
            if isinstance(a, Variable) and a not in produced and a not in needed and a in defined_before:
                needed.append(a)
        renamed = {v: _copyvar(v) for v in needed}
        newblock = Block([renamed[v] for v in needed])
        for op in ops:
            op.args = [renamed.get(a, a) if isinstance(a, Variable) else a for a in op.args]
        newblock.operations = ops
        newlink = Link([renamed.get(a, a) if isinstance(a, Variable) else a for a in link.args], link.target)
        newblock.closeblock(newlink)
        link.args = list(needed)
        link.target = newblock

    def specialize_links(self, block: Block) -> None:
        for link in list(block.exits):
            if link.last_exception is not None:
                cdef = self.bookkeeper.getclassdef(link.exitcase)
                self.annotator.bindings[link.last_exception] = SomeTypeOf(SomeInstance(cdef))
                self.annotator.bindings[link.last_exc_value] = SomeInstance(cdef)
                link.last_exception.concretetype = self.variable_repr(link.last_exception).lowleveltype
                link.last_exc_value.concretetype = self.variable_repr(link.last_exc_value).lowleveltype
            llops = LowLevelOpList(self, None)
            newargs = []
            to_except = self.current_graph is not None and link.target is self.current_graph.exceptblock
            for i, (a, target_var) in enumerate(zip(link.args, link.target.inputargs, strict=True)):
                if to_except:
                    # raising: the exception's class (vtable) and the instance, whatever their classes
                    r_to = self.classes.class_repr(None) if i == 0 else self.classes.instance_repr(None)
                else:
                    r_to = self.variable_repr(target_var)
                if target_var.concretetype is None:
                    target_var.concretetype = r_to.lowleveltype
                if r_to.lowleveltype == lltype.Void:
                    # the value is known statically where it arrives; nothing is passed at run time
                    newargs.append(inputconst(lltype.Void, a.value if isinstance(a, Constant) else None))
                    continue
                if isinstance(a, Constant):
                    try:
                        newargs.append(inputconst(r_to, a.value))
                    except TyperError as exc:
                        raise KitError(f"cannot represent the constant {a.value!r}: {exc}",
                                       self.current_loc) from None
                    continue
                r_from = self.variable_repr(a)
                try:
                    newargs.append(self.convert(a, r_from, r_to, llops))
                except TyperError as exc:
                    loc = link.loc or self.current_loc
                    raise KitError(f"cannot pass this value to the next block: {exc}", loc,
                                   self.current_graph.name if self.current_graph else None) from None
            link.args = newargs
            if llops:
                self.insert_ops_on_link(block, link, list(llops))

    # ---- translating one operation ---------------------------------------------------------------

    def translate_op(self, hop: HighLevelOp) -> Variable | Constant | None:
        name = hop.opname
        if name.startswith("inplace_"):
            return self.translate_inplace(hop, name[len("inplace_"):])
        if name in BINARY_OPS:
            r1, r2 = hop.args_r[0], hop.args_r[1]
            func = self.find_pair_rule(r1, r2, name)
            if func is not None:
                return func(hop)
            if name in ("getitem", "setitem", "delitem", "contains"):
                method = getattr(r1, "rtype_" + name, None)
                if method is not None:
                    return method(hop)
            if hop.s_result.is_constant() and name in ("lt", "le", "eq", "ne", "gt", "ge", "is_", "contains"):
                hop.exception_cannot_occur()
                return inputconst(lltype.Bool, hop.s_result.const)
            from kit.rtyper import rgeneric
            method = getattr(rgeneric, "rtype_" + name, None)
            if method is not None:
                return method(hop)
            raise TyperError(f"no implementation of {name} for {r1} and {r2}")
        r = hop.args_r[0] if hop.args_r else None
        method = getattr(r, "rtype_" + name, None)
        if method is None:
            from kit.rtyper import rgeneric
            method = getattr(rgeneric, "rtype_" + name, None)
            if method is None:
                raise TyperError(f"no implementation of {name} for {r}")
            return method(hop)
        return method(hop)

    def translate_inplace(self, hop: HighLevelOp, name: str) -> Any:
        method = getattr(hop.args_r[0], "rtype_inplace_" + name, None)
        if method is not None:
            return method(hop)
        func = self.find_pair_rule(hop.args_r[0], hop.args_r[1], name)
        if func is None:
            raise TyperError(f"no implementation of {name}= for {hop.args_r[0]} and {hop.args_r[1]}")
        hop.opname = name
        return func(hop)

    def find_pair_rule(self, r1: Repr, r2: Repr, name: str) -> Callable | None:
        for c1 in type(r1).__mro__:
            for c2 in type(r2).__mro__:
                func = PAIR_RULES.get((c1, c2, name))
                if func is not None:
                    return func
        return None

    # ---- low-level helpers -----------------------------------------------------------------------

    def annotate_helper(self, func: Callable, args_s: list[SomeObject], constargs: dict[int, Any]) -> FunctionGraph:
        key = (func, tuple(repr_key(s) for s in args_s), tuple(sorted((i, id(v)) for i, v in constargs.items())))
        graph = self.helper_graphs.get(key)
        if graph is None:
            name = f"{func.__name__}__{next(self._counter)}"
            graph = self.annotator.build_graph(func, constargs, name)
            self.helper_graphs[key] = graph
            self.annotator.addpendingblock(graph, graph.startblock, args_s, [None] * len(args_s))
            self.annotator.complete()
        return graph

    def gendirectcall(self, ll_function: Callable, args_v: list[Variable | Constant],
                      llops: LowLevelOpList) -> Variable:
        args_s = []
        constargs = {}
        for i, v in enumerate(args_v):
            T = v.concretetype
            if T == lltype.Void:
                assert isinstance(v, Constant), "Void arguments of ll helpers must be constants"
                constargs[i] = v.value
                s = self.constant_annotation(v)
                if type(s) is SomeObject:
                    s = SomeLLType(v.value)
                args_s.append(s)
            else:
                args_s.append(annotation_of_lltype(T))
        graph = self.annotate_helper(ll_function, args_s, constargs)
        c_func = self.function_constant(graph)
        s_result = self.annotator.bindings.get(graph.getreturnvar(), SomeImpossibleValue())
        return llops.genop("direct_call", [c_func] + list(args_v), self.getrepr(s_result).lowleveltype)

    def gen_highlevel_call(self, func: Callable, args_s: list[SomeObject], args_v: list[Variable | Constant],
                           llops: LowLevelOpList) -> Variable:
        """A call of an ordinary RPython function (e.g. from kit.rlib) with high-level argument
        annotations; its graph is annotated and rtyped like the program's own."""
        graph = self.annotate_helper(func, args_s, {})
        args = [llops.convertvar(v, self.getrepr(s_arg), self.variable_repr(arg))
                for v, s_arg, arg in zip(args_v, args_s, graph.startblock.inputargs, strict=True)]
        s_result = self.annotator.bindings.get(graph.getreturnvar(), SomeImpossibleValue())
        return llops.genop("direct_call", [self.function_constant(graph)] + args, self.getrepr(s_result).lowleveltype)

    def function_constant(self, graph: FunctionGraph) -> Constant:
        return inputconst(lltype.Void, self.getllfunction(graph))

    def getllfunction(self, graph: FunctionGraph) -> lltype.LLFunction:
        fn = self.llfunctions.get(graph)
        if fn is None:
            args = [self.variable_repr(v).lowleveltype for v in graph.startblock.inputargs]
            result = self.variable_repr(graph.getreturnvar()).lowleveltype
            fn = lltype.LLFunction(lltype.FuncType(args, result), self.unique_name(graph.name), graph)
            self.llfunctions[graph] = fn
        return fn

    def unique_name(self, name: str) -> str:
        base = re.sub(r"[^A-Za-z0-9_.]", "_", name)
        candidate = base
        n = 1
        while candidate in self._names:
            n += 1
            candidate = f"{base}.{n}"
        self._names.add(candidate)
        return candidate


def _ll_can_raise(op: SpaceOperation) -> bool:
    from kit.rtyper.lloperation import LL_OPERATIONS
    if op.opname in ("direct_call", "indirect_call"):
        return True
    desc = LL_OPERATIONS.get(op.opname)
    return bool(desc and desc.canraise)


def repr_key(s: SomeObject) -> Any:
    """Annotations that get the same repr have the same key."""
    if isinstance(s, SomeBool):
        return ("bool",)
    if isinstance(s, SomeInteger):
        return ("int", s.unsigned)
    if isinstance(s, SomeList):
        return ("list", id(s.listdef.item))
    if isinstance(s, SomeDict):
        return ("dict", id(s.dictdef.key), id(s.dictdef.value))
    if isinstance(s, SomeInstance):
        return ("instance", id(s.classdef))
    if isinstance(s, SomeTypeOf):
        return ("class", id(s.s_obj.classdef))  # type: ignore[attr-defined]
    if isinstance(s, SomeTuple):
        return ("tuple", tuple(repr_key(i) for i in s.items))
    if isinstance(s, SomePBC):
        return ("pbc", frozenset(id(d) for d in s.descs), s.can_be_None)
    if isinstance(s, SomeIterator):
        return ("iter", s.variant, repr_key(s.s_container), tuple(repr_key(e) for e in s.extra))
    if isinstance(s, SomeBuiltin):
        return ("builtin", s.name, s.methodname, repr_key(s.s_self) if s.s_self is not None else None,
                id(s.const) if s.is_constant() else None)
    if isinstance(s, SomePtr):
        return ("ptr", s.ll_ptrtype)
    if isinstance(s, SomeInteriorPtr):
        return ("interior", s.ll_ptrtype, s.fieldname)
    if isinstance(s, SomeLLPrimitive):
        return ("llprim", s.lltype)
    if isinstance(s, SomeString | SomeBytes | SomeFloat | SomeNone | SomeRange | SomeAddress | SomeImpossibleValue
                  | SomeModule | SomeLLType):
        return (type(s).__name__,)
    return (type(s).__name__, id(s))


def _copyvar(v: Variable) -> Variable:
    new = v.copy()
    new.concretetype = v.concretetype
    return new
