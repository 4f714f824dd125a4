"""The annotator's engine: a worklist over blocks that propagates annotations to a fixpoint.

Every variable gets one annotation, generalised (union) whenever a new value can reach it; readers of
things that changed (a return value, an attribute, list items) are scheduled again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from kit.annotator.bookkeeper import Bookkeeper
from kit.annotator.description import FunctionDesc
from kit.annotator.model import (
    SomeImpossibleValue,
    SomeInstance,
    SomeNone,
    SomeObject,
    SomeTypeOf,
    UnionError,
    s_Impossible,
    union,
)
from kit.annotator.origin import AnnotatorError, Origin
from kit.errors import KitError
from kit.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable, c_last_exception

MAX_REFLOWS = 2000


class BlockedInference(Exception):
    """An operation's result is not known yet (an input has no possible value so far)."""

    def __init__(self, index: int, reason: str, error: KitError | None = None) -> None:
        self.index = index
        self.reason = reason
        self.error = error     # reported if the block is still blocked at the end


class RPythonAnnotator:
    def __init__(self, progress: Callable[[str], None] | None = None) -> None:
        from kit.annotator.rules import OperationRules
        self.bookkeeper = Bookkeeper(self)
        self.rules = OperationRules(self)
        self.bindings: dict[Variable, SomeObject] = {}
        self.origins: dict[Variable, Origin] = {}
        # every origin that generalised a variable (the first is in self.origins), for None hunting
        self.value_origins: dict[Variable, list[tuple[Origin | None, SomeObject]]] = {}
        # results of calls -> the graphs the call may run (to find where a returned None comes from)
        self.call_results: dict[Variable, list[FunctionGraph]] = {}
        self.annotated: dict[Block, FunctionGraph] = {}
        self.pending: dict[Block, FunctionGraph] = {}
        self.blocked: dict[Block, tuple[FunctionGraph, int, str, str, Any]] = {}
        # graphs the rtyper has already lowered: their annotations can no longer change
        self.frozen: set[FunctionGraph] = set()
        self.blocked_errors: dict[Block, KitError] = {}
        self.graphs: list[FunctionGraph] = []
        self.return_readers: dict[FunctionGraph, set[Any]] = {}
        self.knowntypedata: dict[Variable, dict[bool, dict[Variable, SomeObject]]] = {}
        self.first_caller: dict[FunctionGraph, Origin] = {}
        self.flowcount: dict[Block, int] = {}
        self.progress = progress
        self.translator_graphs: dict[Any, FunctionGraph] = {}
        self.bookkeeper.prepare_exception_classes()

    # ---- graphs ----------------------------------------------------------------------------------

    def build_graph(self, func: Any, constargs: dict[int, Any], name: str) -> FunctionGraph:
        from kit.flow.builder import build_flow_graph
        graph = build_flow_graph(func, constargs, name)
        self.graphs.append(graph)
        if self.progress is not None and len(self.graphs) % 50 == 0:
            self.progress(f"{len(self.graphs)} functions")
        return graph

    def build_types(self, func: Any, args_s: list[SomeObject], complete: bool = True) -> SomeObject:
        desc = self.bookkeeper.getdesc(func)
        if not isinstance(desc, FunctionDesc):
            raise KitError(f"{func!r} is not a function")
        graph = desc.get_graph(args_s)
        origin = Origin(desc.location(), f"the arguments of {desc.name}")
        self.addpendingblock(graph, graph.startblock, args_s, [origin] * len(args_s))
        if complete:
            self.complete()
        return self.binding(graph.getreturnvar())

    def binding(self, v: Variable | Constant, default: SomeObject | None = None) -> SomeObject:
        if isinstance(v, Constant):
            return self.bookkeeper.immutablevalue(v.value)
        s = self.bindings.get(v)
        if s is None:
            if default is not None:
                return default
            raise KeyError(f"no annotation for {v}")
        return s

    def annotation(self, v: Variable | Constant) -> SomeObject | None:
        if isinstance(v, Constant):
            return self.bookkeeper.immutablevalue(v.value)
        return self.bindings.get(v)

    # ---- scheduling ------------------------------------------------------------------------------

    def schedule(self, graph: FunctionGraph, block: Block) -> None:
        if graph in self.frozen:
            # The rtyper already lowered this graph; a late caller must not change its types.
            return
        self.pending[block] = graph

    def reflow(self, position: Any) -> None:
        graph, block, _ = position
        if block in self.annotated:
            self.schedule(graph, block)

    def recursivecall(self, graph: FunctionGraph, args_s: list[SomeObject], origin: Origin | None) -> SomeObject:
        call_loc = self.bookkeeper.current_loc
        call_origin = Origin(call_loc, f"passed to {graph.name}()", origin)
        if graph not in self.first_caller:
            self.first_caller[graph] = call_origin
        origins = []
        for i in range(len(args_s)):
            origins.append(Origin(call_loc, f"argument {i + 1} passed to {graph.name}()", None))
        self.addpendingblock(graph, graph.startblock, args_s, origins)
        position = self.bookkeeper.position
        if position is not None:
            self.return_readers.setdefault(graph, set()).add(position)
        return self.bindings.get(graph.getreturnvar(), s_Impossible)

    def addpendingblock(self, graph: FunctionGraph, block: Block, cells: list[SomeObject],
                        origins: list[Origin | None], link_loc: Any = None) -> None:
        if len(cells) != len(block.inputargs):
            raise AnnotatorError(f"{graph.name}() called with {len(cells)} arguments, expects "
                                 f"{len(block.inputargs)}", self.bookkeeper.current_loc)
        changed = block not in self.annotated
        for v, s_new, origin in zip(block.inputargs, cells, origins, strict=True):
            s_old = self.bindings.get(v)
            if s_old is None:
                self.bindings[v] = s_new
                if origin is not None:
                    self.origins[v] = origin
                self.value_origins[v] = [(origin, s_new)]
                changed = True
                continue
            try:
                s_union = union(s_old, s_new)
            except UnionError as exc:
                raise self.union_error(graph, block, v, s_old, s_new, origin, exc, link_loc) from None
            if s_union != s_old:
                self.bindings[v] = s_union
                history = self.value_origins.setdefault(v, [])
                if len(history) < 8:
                    history.append((origin, s_new))
                changed = True
                if block is graph.returnblock:
                    for position in self.return_readers.get(graph, ()):
                        self.reflow(position)
        if block is graph.returnblock and changed:
            for position in self.return_readers.get(graph, ()):
                self.reflow(position)
        if block not in self.annotated:
            self.annotated[block] = graph
        if changed and not block.is_final:
            self.schedule(graph, block)

    def complete(self) -> None:
        """Annotate until nothing changes any more; then report what could not be annotated."""
        while self.pending:
            block, graph = next(iter(self.pending.items()))
            del self.pending[block]
            count = self.flowcount.get(block, 0) + 1
            self.flowcount[block] = count
            if count > MAX_REFLOWS:
                raise AnnotatorError(f"the annotation of {graph.name} does not converge", None)
            self.flowin(graph, block)
        self.check_blocked()
        self.rules.check_attributes()

    def check_blocked(self) -> None:
        for _block, (graph, _index, reason, opname, loc) in self.blocked.items():
            error = self.blocked_errors.get(_block)
            if error is not None:
                raise error
            if opname in ("simple_call", "call_args"):
                continue  # a call of a function that never returns: the rest is unreachable
            raise AnnotatorError(f"this operation can never succeed: {reason}", loc, graph.name,
                                 hint="the value it needs is never produced (e.g. an item read from a list "
                                      "that is always empty, or an attribute that is never set)")

    # ---- flowing through a block -----------------------------------------------------------------

    def flowin(self, graph: FunctionGraph, block: Block) -> None:
        bk = self.bookkeeper
        raising = block.exitswitch is c_last_exception
        try:
            for i, op in enumerate(block.operations):
                bk.position = (graph, block, i)
                bk.current_loc = op.loc
                s_result = self.consider_op(graph, op)
                if isinstance(s_result, SomeImpossibleValue):
                    if raising and i == len(block.operations) - 1:
                        break  # only its exception exits can be taken
                    raise BlockedInference(i, f"`{_op_text(op)}` has no possible value yet")
                self.setbinding(op.result, s_result, Origin(op.loc, f"the result of {_op_text(op)}"))
        except BlockedInference as blocked:
            op = block.operations[blocked.index]
            self.blocked[block] = (graph, blocked.index, blocked.reason, op.opname, op.loc)
            if blocked.error is not None:
                self.blocked_errors[block] = blocked.error
            else:
                self.blocked_errors.pop(block, None)
            return
        finally:
            bk.position = None
        self.blocked.pop(block, None)
        self.blocked_errors.pop(block, None)
        self.follow_exits(graph, block)

    def consider_op(self, graph: FunctionGraph, op: SpaceOperation) -> SomeObject:
        args_s = []
        for arg in op.args:
            if isinstance(arg, Constant):
                args_s.append(self.constant_annotation(arg, op))
            else:
                s = self.bindings.get(arg)
                if s is None:
                    index = self.bookkeeper.position[2] if self.bookkeeper.position else 0
                    raise BlockedInference(index, f"{arg} is not annotated")
                args_s.append(s)
        try:
            return self.rules.dispatch(graph, op, args_s)
        except KitError as exc:
            if exc.loc is None:
                exc.loc = op.loc
            if exc.function is None:
                exc.function = graph.name
            if any(isinstance(s, SomeNone) for s in args_s):
                # a value that is only None so far may still generalise (e.g. a variable set in a
                # loop seen before the loop body): wait, and report only if it never does
                index = self.bookkeeper.position[2] if self.bookkeeper.position else 0
                raise BlockedInference(index, exc.message, exc) from None
            raise

    def constant_annotation(self, c: Constant, op: SpaceOperation) -> SomeObject:
        if getattr(c, "loc", None) is not None:
            saved = self.bookkeeper.current_loc
            self.bookkeeper.current_loc = c.loc
            try:
                return self._constant_annotation(c, op)
            finally:
                self.bookkeeper.current_loc = saved
        return self._constant_annotation(c, op)

    def _constant_annotation(self, c: Constant, op: SpaceOperation) -> SomeObject:
        if op.opname in ("getattr", "setattr") and c is op.args[1]:
            return self.bookkeeper.immutablevalue(c.value)
        if op.opname == "call_args" and c is op.args[1]:
            from kit.annotator.model import SomeObject as _S
            marker = _S()
            marker.const = c.value
            return marker
        return self.bookkeeper.immutablevalue(c.value)

    def setbinding(self, v: Variable, s: SomeObject, origin: Origin | None) -> None:
        old = self.bindings.get(v)
        if old is not None and old != s:
            try:
                s = union(old, s)
            except UnionError:
                pass  # the operation's rule computed a new result from generalised inputs
        self.bindings[v] = s
        if origin is not None and v not in self.origins:
            self.origins[v] = origin

    def follow_exits(self, graph: FunctionGraph, block: Block) -> None:
        switch = block.exitswitch
        if switch is None:
            for link in block.exits:
                self.follow_link(graph, link, None)
            return
        if switch is c_last_exception:
            op = block.operations[-1]
            normal_ok = op.result in self.bindings and not isinstance(self.bindings[op.result],
                                                                         SomeImpossibleValue)
            for link in block.exits:
                if link.exitcase is None and not normal_ok:
                    continue
                self.follow_link(graph, link, None)
            return
        s_switch = self.binding(switch)
        knowntypes = self.knowntypedata.get(switch, {}) if isinstance(switch, Variable) else {}
        for link in block.exits:
            if s_switch.is_constant() and bool(s_switch.const) != link.exitcase:
                continue
            self.follow_link(graph, link, knowntypes.get(link.exitcase))

    def follow_link(self, graph: FunctionGraph, link: Link, narrowed: dict[Variable, SomeObject] | None) -> None:
        cells: list[SomeObject] = []
        origins: list[Origin | None] = []
        for arg in link.args:
            if link.last_exception is not None and arg is link.last_exception:
                cells.append(SomeTypeOf(SomeInstance(self.bookkeeper.getclassdef(link.exitcase))))
                origins.append(None)
            elif link.last_exc_value is not None and arg is link.last_exc_value:
                cells.append(SomeInstance(self.bookkeeper.getclassdef(link.exitcase)))
                origins.append(Origin(None, f"a caught {link.exitcase.__name__}"))
            elif isinstance(arg, Constant):
                saved = self.bookkeeper.current_loc
                self.bookkeeper.current_loc = getattr(arg, "loc", None) or saved
                cells.append(self.bookkeeper.immutablevalue(arg.value))
                self.bookkeeper.current_loc = saved
                origins.append(Origin(getattr(arg, "loc", None), f"the constant {_const_text(arg.value)}"))
            else:
                s = self.bindings[arg]
                if narrowed and arg in narrowed:
                    s = narrowed[arg]
                cells.append(s)
                origins.append(self.origins.get(arg))
        if any(isinstance(s, SomeImpossibleValue) for s in cells):
            return  # this exit cannot be taken (a narrowed value has no possible type)
        self.addpendingblock(graph, link.target, cells, origins, link.loc)

    # ---- errors ----------------------------------------------------------------------------------

    def none_sources(self, v: Variable, depth: int = 0) -> list[str]:
        """Where a None reaching variable v can come from (following calls into their returns)."""
        found: list[str] = []
        if depth > 4:
            return found
        for origin, s in self.value_origins.get(v, []):
            if s.describe() == "None" and origin is not None:
                found.append(origin.line())
        for graph in self.call_results.get(v, []):
            ret = graph.getreturnvar()
            for origin, s in self.value_origins.get(ret, []):
                if s.describe() == "None" and origin is not None:
                    found.append(f"{graph.name}(), which returns {origin.line()}")
        return found[:3]

    def union_error(self, graph: FunctionGraph, block: Block, v: Variable, s_old: SomeObject, s_new: SomeObject,
                    origin: Origin | None, exc: UnionError, link_loc: Any = None) -> KitError:
        old_origin = self.origins.get(v)
        if block is graph.startblock:
            index = block.inputargs.index(v)
            name = graph.signature[index] if index < len(graph.signature) else v.hint
            what = f"argument '{name}' of {graph.name}()"
        elif block is graph.returnblock:
            what = f"the return value of {graph.name}()"
        else:
            what = f"'{v.hint}'"
        notes = []
        if old_origin is not None:
            notes.append(f"it is {s_old.describe()} because of " + "\n    which comes from ".join(
                old_origin.chain()))
        if origin is not None:
            notes.append(f"and {s_new.describe()} because of " + "\n    which comes from ".join(origin.chain()))
        if exc.reason:
            notes.append(exc.reason)
        if link_loc is not None and block is graph.returnblock:
            loc = link_loc  # the return statement that brought the other type
        else:
            loc = origin.loc if origin is not None and origin.loc is not None else self.bookkeeper.current_loc
        hint = _union_hint(s_old, s_new)
        return AnnotatorError(f"{what} would have to be both {s_old.describe()} and {s_new.describe()}",
                              loc, graph.name, hint=hint, notes=notes)


def _union_hint(s1: SomeObject, s2: SomeObject) -> str:
    names = {s1.describe().split()[0], s2.describe().split()[0]}
    if "None" in names:
        return "None can only mix with instances, str, bytes, lists and dicts; use a sentinel value " \
               "such as -1 for ints"
    if names == {"int", "float"}:
        return "RPython does not convert int to float implicitly; write 0.0, or float(x)"
    if "instance" in names:
        return "values stored together need a common base class"
    return "RPython variables keep one type; use a separate variable for each type"


def _op_text(op: SpaceOperation) -> str:
    return op.opname if op.loc is None else f"{op.opname}"


def _const_text(value: Any) -> str:
    text = repr(value)
    return text if len(text) < 40 else text[:37] + "..."


def annotate_program(func: Any, args_s: list[SomeObject], progress: Callable[[str], None] | None = None
                     ) -> tuple[RPythonAnnotator, float]:
    start = time.perf_counter()
    annotator = RPythonAnnotator(progress)
    annotator.build_types(func, args_s)
    return annotator, time.perf_counter() - start
