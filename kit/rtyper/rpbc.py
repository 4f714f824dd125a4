"""Prebuilt callables as values and their calls: functions (one known function: a direct call;
several: a function pointer), bound methods (a receiver; several bodies: a vtable slot), classes
(instantiation), and frozen prebuilt objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kit.annotator.description import CallArgs, ClassDesc, FunctionDesc, MethodDesc
from kit.annotator.model import SomeInstance, SomePBC, SomeTuple
from kit.flow.operation import CallShape
from kit.rtyper import lltype
from kit.rtyper.rmodel import HighLevelOp, Repr, TyperError, VoidRepr, inputconst
from kit.rtyper.rprimitive import NoneRepr
from kit.rtyper.rtyper import conversion, pairop

if TYPE_CHECKING:
    from kit.rtyper.rtyper import RPythonTyper


def make_pbc_repr(rtyper: RPythonTyper, s: SomePBC) -> Repr:
    kind = s.kind
    descs = list(s.descs)
    if kind == "function":
        if len(descs) == 1 and not s.can_be_None:
            return SingleFunctionRepr(rtyper, descs[0])
        return FunctionsPBCRepr(rtyper, descs, s.can_be_None)
    if kind == "method":
        return MethodsPBCRepr(rtyper, descs)
    if kind == "class":
        if len(descs) == 1 and not s.can_be_None:
            return SingleClassRepr(rtyper, descs[0])
        cdefs = [rtyper.bookkeeper.getclassdef(d.pyobj) for d in descs]
        common = cdefs[0]
        for c in cdefs[1:]:
            common = common.commonbase(c)
        return ClassesPBCRepr(rtyper, common, descs)
    if kind == "frozen":
        if len(descs) == 1 and not s.can_be_None:
            return FrozenRepr(rtyper, descs[0])
        raise TyperError("several different frozen prebuilt objects in one variable are not supported")
    raise TyperError(f"cannot represent {s.describe()}")


def call_arguments(hop: HighLevelOp, first_arg: int = 1) -> tuple[list[Any], list[Any], dict[str, int], int | None]:
    """(positional value indexes, their annotations, keyword name -> index, star index) of a call."""
    if hop.opname == "simple_call":
        idx = list(range(first_arg, hop.nb_args))
        return idx, [hop.args_s[i] for i in idx], {}, None
    shape: CallShape = hop.args_s[first_arg].const
    start = first_arg + 1
    pos = list(range(start, start + shape.positional))
    kw = {name: start + shape.positional + i for i, name in enumerate(shape.keywords)}
    star = start + shape.positional + len(shape.keywords) if shape.has_star else None
    return pos, [hop.args_s[i] for i in pos], kw, star


def bind_call(hop: HighLevelOp, desc: FunctionDesc, first_arg: int = 1,
              prefix: list[Any] | None = None) -> tuple[Any, list[Any]]:
    """The graph a call reaches and its low-level arguments (defaults filled in, each converted to
    the parameter's repr).  `prefix` holds (value, repr) pairs passed before the call's own args."""
    rtyper = hop.rtyper
    pos, _, kw, star = call_arguments(hop, first_arg)
    # (source, value) per positional argument: ("arg", index), ("pre", (v, r)) or ("star", (index, item))
    sources: list[tuple[str, Any]] = [("pre", p) for p in prefix or []]
    sources += [("arg", i) for i in pos]
    if star is not None:
        s_star = hop.args_s[star]
        if not isinstance(s_star, SomeTuple):
            raise TyperError("'*' argument must be a tuple")
        sources += [("star", (star, k)) for k in range(len(s_star.items))]
    args_s = [_source_annotation(hop, src) for src in sources]
    kwargs_s = {name: hop.args_s[i] for name, i in kw.items()}
    bound_s = desc.bind_arguments(CallArgs(args_s, kwargs_s), hop.loc)
    graph = desc.get_graph(bound_s, hop.spaceop)
    names = desc.argnames
    npos = desc.npositional
    values: list[Any] = []
    first_default = npos - len(desc.defaults)
    for i, name in enumerate(names):
        target_r = rtyper.variable_repr(graph.startblock.inputargs[i])
        if desc.has_varargs and i == npos:
            extra = sources[npos:]
            items_v = [_source_value(hop, src, None) for src in extra]
            items_r = [_source_repr(hop, src) for src in extra]
            from kit.rtyper.rtuple import TupleRepr
            assert isinstance(target_r, TupleRepr)
            values.append(target_r.build(hop.llops, items_v, items_r))
            continue
        if i < len(sources) and i < npos:
            values.append(_source_value(hop, sources[i], target_r))
        elif name in kw:
            values.append(hop.inputarg(target_r, kw[name]))
        elif i < npos and i >= first_default:
            values.append(inputconst(target_r, desc.defaults[i - first_default]))
        elif name in desc.kwdefaults:
            values.append(inputconst(target_r, desc.kwdefaults[name]))
        else:
            raise TyperError(f"missing argument '{name}' in a call of {desc.name}")
    return graph, values


def _source_annotation(hop: HighLevelOp, src: tuple[str, Any]) -> Any:
    kind, data = src
    if kind == "arg":
        return hop.args_s[data]
    if kind == "pre":
        return data[2]
    index, k = data
    return hop.args_s[index].items[k]


def _source_repr(hop: HighLevelOp, src: tuple[str, Any]) -> Repr:
    kind, data = src
    if kind == "arg":
        return hop.args_r[data]
    if kind == "pre":
        return data[1]
    index, k = data
    return hop.args_r[index].items_r[k]  # type: ignore[attr-defined]


def _source_value(hop: HighLevelOp, src: tuple[str, Any], target_r: Repr | None) -> Any:
    kind, data = src
    if kind == "arg":
        return hop.inputarg(target_r, data) if target_r is not None else hop.inputarg(hop.args_r[data], data)
    if kind == "pre":
        v, r, _ = data
        return hop.llops.convertvar(v, r, target_r) if target_r is not None else v
    index, k = data
    r_tuple = hop.args_r[index]
    v_tuple = hop.inputarg(r_tuple, index)
    v_item = r_tuple.getitem(hop.llops, v_tuple, k)  # type: ignore[attr-defined]
    if target_r is None:
        return v_item
    return hop.llops.convertvar(v_item, r_tuple.items_r[k], target_r)  # type: ignore[attr-defined]


def emit_direct_call(hop: HighLevelOp, graph: Any, values: list[Any]) -> Any:
    rtyper = hop.rtyper
    c_func = rtyper.function_constant(graph)
    r_ret = rtyper.variable_repr(graph.getreturnvar())
    hop.exception_is_here()
    v = hop.genop("direct_call", [c_func] + values, r_ret.lowleveltype)
    return hop.llops.convertvar(v, r_ret, hop.r_result)


class SingleFunctionRepr(Repr):
    """One known function: no run-time value, calls are direct."""

    lowleveltype = lltype.Void

    def __init__(self, rtyper: RPythonTyper, desc: FunctionDesc) -> None:
        super().__init__(rtyper)
        self.desc = desc

    def convert_const(self, value: Any) -> Any:
        return value

    def rtype_simple_call(self, hop: HighLevelOp) -> Any:
        if self.desc.specializer is not None and self.desc.specializer[0] == "memo":
            # computed at translation time: the result is a constant of the executable
            hop.exception_cannot_occur()
            values = [s.const for s in hop.args_s[1:]]
            return inputconst(hop.r_result, self.desc.pyobj(*values))
        graph, values = bind_call(hop, self.desc)
        return emit_direct_call(hop, graph, values)

    rtype_call_args = rtype_simple_call

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        return inputconst(lltype.Bool, True)


class FunctionsPBCRepr(Repr):
    """Several possible functions (or None): a pointer to the function, called indirectly."""

    def __init__(self, rtyper: RPythonTyper, descs: list[FunctionDesc], can_be_None: bool) -> None:
        super().__init__(rtyper)
        self.descs = descs
        graphs = [g for d in descs for g in d.graphs.values()]
        if not graphs:
            raise TyperError("a function value that is never called")
        self.graphs = graphs
        fn = rtyper.getllfunction(graphs[0])
        self.FUNCTYPE = fn.TYPE
        self.lowleveltype = lltype.Ptr(self.FUNCTYPE)

    def convert_const(self, value: Any) -> Any:
        if value is None:
            return lltype.nullptr(self.lowleveltype)
        desc = self.rtyper.bookkeeper.getdesc(value)
        graph = next(iter(desc.graphs.values()))  # type: ignore[attr-defined]
        return lltype.LLPointer(self.lowleveltype, self.rtyper.getllfunction(graph))

    def rtype_simple_call(self, hop: HighLevelOp) -> Any:
        v_fn = hop.inputarg(self, 0)
        graph, values = bind_call(hop, self.descs[0])
        r_ret = self.rtyper.variable_repr(graph.getreturnvar())
        c_graphs = inputconst(lltype.Void, self.graphs)
        hop.exception_is_here()
        v = hop.genop("indirect_call", [v_fn] + values + [c_graphs], r_ret.lowleveltype)
        return hop.llops.convertvar(v, r_ret, hop.r_result)

    rtype_call_args = rtype_simple_call

    def rtype_bool(self, hop: HighLevelOp) -> Any:
        (v,) = hop.inputargs(self)
        return hop.genop("ptr_nonzero", [v], lltype.Bool)


@conversion(SingleFunctionRepr, FunctionsPBCRepr)
def convert_single_to_multi(rtyper: Any, r_from: SingleFunctionRepr, r_to: FunctionsPBCRepr, v: Any,
                            llops: Any) -> Any:
    return inputconst(r_to, r_from.desc.pyobj)


@conversion(NoneRepr, FunctionsPBCRepr)
def convert_none_to_funcptr(rtyper: Any, r_from: Repr, r_to: FunctionsPBCRepr, v: Any, llops: Any) -> Any:
    return inputconst(r_to.lowleveltype, lltype.nullptr(r_to.lowleveltype))


class MethodsPBCRepr(Repr):
    """A method bound to a receiver: represented by the receiver itself."""

    def __init__(self, rtyper: RPythonTyper, descs: list[MethodDesc]) -> None:
        super().__init__(rtyper)
        self.descs = descs
        selfdefs = {d.selfclassdef for d in descs}
        selfdef = selfdefs.pop() if len(selfdefs) == 1 else None
        if selfdef is None:
            common = descs[0].originclassdef
            for d in descs:
                common = common.commonbase(d.selfclassdef or d.originclassdef)
            selfdef = common
        self.selfclassdef = selfdef
        self.r_self = rtyper.classes.instance_repr(selfdef)
        self.lowleveltype = self.r_self.lowleveltype
        self.name = descs[0].name
        self.funcdescs = list({d.funcdesc for d in descs})

    def convert_const(self, value: Any) -> Any:
        return self.r_self.convert_const(value.__self__)

    def rtype_simple_call(self, hop: HighLevelOp) -> Any:
        v_self = hop.inputarg(self, 0)
        if hop.args_s[0].can_be_None:
            from kit.rtyper.llstr import STRPTR
            from kit.rtyper.rclass import ll_check_not_none
            from kit.rtyper.rstr import string_constant
            message = string_constant(self.rtyper, f"'NoneType' object has no attribute '{self.name}'")
            hop.llops.gendirectcall(ll_check_not_none, v_self, inputconst(STRPTR, message))
        s_self = SomeInstance(self.selfclassdef)
        if len(self.funcdescs) == 1:
            desc = self.descs[0]
            r_target_self = self.rtyper.classes.instance_repr(desc.self_classdef())
            v_cast = hop.llops.convertvar(v_self, self.r_self, r_target_self)
            graph, values = bind_call(hop, self.funcdescs[0], prefix=[(v_cast, r_target_self, s_self)])
            return emit_direct_call(hop, graph, values)
        # several bodies: the receiver's vtable slot
        v_fn, _ = self.r_self.getfield(hop.llops, v_self, self.name)
        graph, values = bind_call(hop, self.funcdescs[0], prefix=[(v_self, self.r_self, s_self)])
        values[0] = v_self
        r_ret = self.rtyper.variable_repr(graph.getreturnvar())
        graphs = [g for fd in self.funcdescs for g in fd.graphs.values()]
        hop.exception_is_here()
        v = hop.genop("indirect_call", [v_fn] + values + [inputconst(lltype.Void, graphs)], r_ret.lowleveltype)
        return hop.llops.convertvar(v, r_ret, hop.r_result)

    rtype_call_args = rtype_simple_call


class SingleClassRepr(Repr):
    """One known class: calling it allocates an instance and runs __init__."""

    lowleveltype = lltype.Void

    def __init__(self, rtyper: RPythonTyper, desc: ClassDesc) -> None:
        super().__init__(rtyper)
        self.desc = desc

    def convert_const(self, value: Any) -> Any:
        return value

    def rtype_simple_call(self, hop: HighLevelOp) -> Any:
        classdef = self.rtyper.bookkeeper.getclassdef(self.desc.pyobj)
        return instantiate(hop, classdef)

    rtype_call_args = rtype_simple_call

    def rtype_getattr(self, hop: HighLevelOp) -> Any:
        hop.exception_cannot_occur()
        value = getattr(self.desc.pyobj, hop.args_s[1].const)
        return inputconst(hop.r_result, value)


def instantiate(hop: HighLevelOp, classdef: Any) -> Any:
    rtyper = hop.rtyper
    r_inst = rtyper.classes.instance_repr(classdef)
    v_inst = r_inst.new_instance(hop.llops, classdef)
    owner, init = classdef.lookup_class_value("__init__")
    import types
    if owner is not None and isinstance(init, types.FunctionType):
        if issubclass(classdef.cls, BaseException):
            from kit.rtyper.rexc import store_message
            store_message(hop, classdef, v_inst, call_arguments(hop)[0])
        desc = rtyper.bookkeeper.getdesc(init)
        r_self = rtyper.classes.instance_repr(classdef)
        graph, values = bind_call(hop, desc, prefix=[(v_inst, r_self, SomeInstance(classdef))])
        c_func = rtyper.function_constant(graph)
        hop.exception_is_here()
        hop.genop("direct_call", [c_func] + values, rtyper.variable_repr(graph.getreturnvar()).lowleveltype)
    elif issubclass(classdef.cls, BaseException):
        from kit.rtyper.rexc import init_builtin_exception
        init_builtin_exception(hop, classdef, v_inst)
        hop.exception_cannot_occur()
    else:
        hop.exception_cannot_occur()
    return hop.llops.convertvar(v_inst, r_inst, hop.r_result)


class ClassesPBCRepr(Repr):
    """Several possible classes in one variable: their vtable pointers."""

    def __init__(self, rtyper: RPythonTyper, common: Any, descs: list[ClassDesc]) -> None:
        super().__init__(rtyper)
        from kit.rtyper.rclass import CLASSTYPE
        self.common = common
        self.descs = descs
        self.lowleveltype = CLASSTYPE

    def convert_const(self, value: Any) -> Any:
        return self.rtyper.classes.vtable_pointer(self.rtyper.bookkeeper.getclassdef(value))

    def rtype_simple_call(self, hop: HighLevelOp) -> Any:
        raise TyperError("calling a class chosen at run time is not supported yet")


class FrozenRepr(VoidRepr):
    def __init__(self, rtyper: RPythonTyper, desc: Any) -> None:
        super().__init__(rtyper)
        self.desc = desc

    def rtype_getattr(self, hop: HighLevelOp) -> Any:
        hop.exception_cannot_occur()
        return inputconst(hop.r_result, getattr(self.desc.pyobj, hop.args_s[1].const))


@pairop(SingleClassRepr, SingleClassRepr, "is_", "eq")
def rtype_same_class(hop: HighLevelOp) -> Any:
    return inputconst(lltype.Bool, hop.args_r[0].desc is hop.args_r[1].desc)


@conversion(SingleClassRepr, Repr)
def convert_class_to_vtable(rtyper: Any, r_from: SingleClassRepr, r_to: Repr, v: Any, llops: Any) -> Any:
    from kit.rtyper.rclass import CLASSTYPE
    if r_to.lowleveltype != CLASSTYPE:
        return NotImplemented
    classdef = rtyper.bookkeeper.getclassdef(r_from.desc.pyobj)
    return inputconst(r_to.lowleveltype, rtyper.classes.vtable_pointer(classdef))


def is_pbc_repr(r: Repr) -> bool:
    return isinstance(r, SingleFunctionRepr | FunctionsPBCRepr | MethodsPBCRepr | SingleClassRepr)


__all__ = ["make_pbc_repr", "SomePBC"]
