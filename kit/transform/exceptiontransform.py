"""The exception transform: exceptions become explicit.  Raising stores (type, value) in the global
exception state and returns an error value; after every operation that may raise, the caller tests
the state and either dispatches to its handler or returns in turn.
"""

from __future__ import annotations

from typing import Any

from kit.flow.model import Block, Constant, FunctionGraph, Link, SpaceOperation, Variable, c_last_exception
from kit.rtyper import lltype
from kit.rtyper.lloperation import LL_OPERATIONS
from kit.transform.analysis import RaiseAnalyzer


def error_value(T: lltype.LowLevelType) -> Constant:
    """A placeholder result returned alongside a pending exception (never looked at)."""
    c = Constant(lltype.default_value(T) if T != lltype.Void else None)
    c.concretetype = T
    return c


def _const(T: lltype.LowLevelType, value: Any) -> Constant:
    c = Constant(value)
    c.concretetype = T
    return c


def _var(T: lltype.LowLevelType, hint: str = "v") -> Variable:
    v = Variable(hint)
    v.concretetype = T
    return v


class ExceptionTransformer:
    def __init__(self, translator: Any) -> None:
        self.translator = translator
        self.raise_analyzer = RaiseAnalyzer(translator)
        from kit.rtyper.rclass import CLASSTYPE, OBJECTPTR
        self.ETYPE = CLASSTYPE
        self.EVALUE = OBJECTPTR
        self.classes = translator.rtyper.classes

    def can_raise(self, op: SpaceOperation) -> bool:
        if op.opname == "direct_call":
            return self.raise_analyzer.call_can_raise(op.args[0].value)
        if op.opname == "indirect_call":
            graphs = op.args[-1].value
            return graphs is None or any(self.raise_analyzer.graph_can_raise(g) for g in graphs)
        desc = LL_OPERATIONS.get(op.opname)
        return bool(desc and desc.canraise)

    def transform_graph(self, graph: FunctionGraph) -> None:
        self.ret_T = graph.getreturnvar().concretetype or lltype.Void
        self.graph = graph
        for block in list(graph.iterblocks()):
            if block.is_final:
                continue
            self.transform_block(block)
        # raising: links into the except block store the exception and return
        for block in list(graph.iterblocks()):
            for link in block.exits:
                if link.target is graph.exceptblock:
                    self.redirect_to_raise(link)
        graph.exceptblock.inputargs[0].concretetype = self.ETYPE
        graph.exceptblock.inputargs[1].concretetype = self.EVALUE

    def redirect_to_raise(self, link: Link) -> None:
        etype, evalue = link.args
        v_type = _var(self.ETYPE, "etype")
        v_value = _var(self.EVALUE, "evalue")
        block = Block([v_type, v_value])
        block.operations.append(SpaceOperation("exc_set", [v_type, v_value], _var(lltype.Void)))
        block.closeblock(Link([error_value(self.ret_T)], self.graph.returnblock))
        link.target = block
        link.args = [self.cast(etype, self.ETYPE, link), self.cast(evalue, self.EVALUE, link)]

    def cast(self, v: Any, T: lltype.LowLevelType, link: Link) -> Any:
        if v.concretetype == T:
            return v
        if isinstance(v, Constant):
            return _const(T, v.value)
        # a more precise pointer type: insert a cast in the source block (no-op at the machine level)
        block = link.prevblock
        assert block is not None
        v2 = _var(T)
        op = SpaceOperation("cast_pointer", [_const(lltype.Void, T), v], v2)
        if block.exitswitch is c_last_exception:
            raise AssertionError("cannot cast after a raising operation")
        block.operations.append(op)
        return v2

    def transform_block(self, block: Block) -> None:
        """Split the block after each operation that can raise, adding the test of the exception state."""
        if block.exitswitch is c_last_exception:
            last = block.operations[-1]
            if not self.can_raise(last):
                block.exitswitch = None
                block.recloseblock(block.exits[0])
        i = 0
        while i < len(block.operations):
            op = block.operations[i]
            is_last_in_try = block.exitswitch is c_last_exception and i == len(block.operations) - 1
            if not self.can_raise(op) or is_last_in_try:
                i += 1
                continue
            # split: ops after op go into a new block reached when no exception is pending
            rest = self.split_after(block, i)
            self.insert_check(block, rest, propagate_only=True)
            block = rest
            i = 0
        if block.exitswitch is c_last_exception:
            self.transform_try_exits(block)

    def split_after(self, block: Block, index: int) -> Block:
        """Move the operations after `index` (and the exits) into a new block; returns it."""
        after_ops = block.operations[index + 1:]
        block.operations = block.operations[:index + 1]
        defined = set(block.inputargs) | {op.result for op in block.operations}
        needed: list[Variable] = []
        for op in after_ops:
            for a in op.args:
                if isinstance(a, Variable) and a in defined and a not in needed:
                    needed.append(a)
        for link in block.exits:
            for a in link.args:
                if isinstance(a, Variable) and a in defined and a not in needed:
                    needed.append(a)
        if isinstance(block.exitswitch, Variable) and block.exitswitch in defined \
                and block.exitswitch not in needed:
            needed.append(block.exitswitch)
        mapping = {v: _copy(v) for v in needed}
        rest = Block([mapping[v] for v in needed])
        for op in after_ops:
            op.args = [mapping.get(a, a) if isinstance(a, Variable) else a for a in op.args]
        rest.operations = after_ops
        switch = block.exitswitch
        rest.exitswitch = mapping.get(switch, switch) if isinstance(switch, Variable) else switch
        exits = block.exits
        for link in exits:
            link.args = [mapping.get(a, a) if isinstance(a, Variable) else a for a in link.args]
            link.prevblock = rest
        rest.exits = exits
        block.exits = []
        block.exitswitch = None
        block.closeblock(Link(list(needed), rest))
        return rest

    def insert_check(self, block: Block, rest: Block, propagate_only: bool) -> None:
        """After block's last operation: if an exception is pending, return, else go on to `rest`."""
        link_ok = block.exits[0]
        v_exc = _var(lltype.Bool, "exc")
        block.operations.append(SpaceOperation("exc_occurred", [], v_exc))
        block.exitswitch = v_exc
        link_ok.exitcase = False
        propagate = Block([])
        propagate.closeblock(Link([error_value(self.ret_T)], self.graph.returnblock))
        link_raise = Link([], propagate, True)
        block.recloseblock(link_ok, link_raise)

    def transform_try_exits(self, block: Block) -> None:
        """The block's last operation has exception exits: test the state and dispatch on the class."""
        normal = block.exits[0]
        exc_links = block.exits[1:]
        v_exc = _var(lltype.Bool, "exc")
        block.operations.append(SpaceOperation("exc_occurred", [], v_exc))
        block.exitswitch = v_exc
        normal.exitcase = False
        # dispatch block: fetch the exception, then test each exit's class in order
        v_type = _var(self.ETYPE, "etype")
        v_value = _var(self.EVALUE, "evalue")
        dispatch = Block([])
        dispatch.operations.append(SpaceOperation("exc_fetch_type", [], v_type))
        dispatch.operations.append(SpaceOperation("exc_fetch_value", [], v_value))
        current = dispatch
        created = [dispatch]
        cur_type, cur_value = v_type, v_value
        for link in exc_links:
            info = self.classes.info(self.translator.bookkeeper.getclassdef(link.exitcase))
            v_id = _var(lltype.Signed, "classid")
            current.operations.append(SpaceOperation(
                "getfield", [cur_type, _const(lltype.Void, "subclassrange_min")], v_id))
            v_match = _var(lltype.Bool, "match")
            c_min = _const(lltype.Signed, info.id_min)
            c_max = _const(lltype.Signed, info.id_max)
            current.operations.append(SpaceOperation("int_between", [c_min, v_id, c_max], v_match))
            current.exitswitch = v_match
            # matched: clear the state and take the original exit with the fetched values
            t2, v2 = _copy(cur_type), _copy(cur_value)
            handler = Block([t2, v2])
            handler.operations.append(SpaceOperation("exc_clear", [], _var(lltype.Void)))
            args = []
            for a in link.args:
                if a is link.last_exception:
                    args.append(self.cast_value(handler, t2, link.last_exception.concretetype))
                elif a is link.last_exc_value:
                    args.append(self.cast_value(handler, v2, link.last_exc_value.concretetype))
                else:
                    args.append(a)
            # values of the raising block used by the handler travel through dispatch blocks
            handler.closeblock(Link(args, link.target))
            t3, v3 = _copy(cur_type), _copy(cur_value)
            nextblock = Block([t3, v3])
            created.extend([handler, nextblock])
            current.closeblock(Link([cur_type, cur_value], nextblock, False),
                               Link([cur_type, cur_value], handler, True))
            current = nextblock
            cur_type, cur_value = t3, v3
        # no handler matched: the exception stays pending and the function returns
        current.closeblock(Link([error_value(self.ret_T)], self.graph.returnblock))
        raise_link = Link([], dispatch, True)
        block.recloseblock(normal, raise_link)
        self.thread_values(block, created)

    def cast_value(self, block: Block, v: Variable, T: Any) -> Any:
        if T is None or v.concretetype == T:
            return v
        v2 = _var(T)
        block.operations.append(SpaceOperation("cast_pointer", [_const(lltype.Void, T), v], v2))
        return v2

    def thread_values(self, block: Block, chain: list[Block]) -> None:
        """Handlers may use variables of the raising block: pass them through the dispatch chain."""
        defined = set(block.inputargs) | {op.result for op in block.operations}
        outer: list[Variable] = []
        for b in chain:
            for op in b.operations:
                for a in op.args:
                    if isinstance(a, Variable) and a in defined and a not in outer:
                        outer.append(a)
            for link in b.exits:
                for a in link.args:
                    if isinstance(a, Variable) and a in defined and a not in outer:
                        outer.append(a)
        if not outer:
            return
        # each chain block gets fresh copies of the outer variables as extra inputargs
        in_chain = set(chain)
        copies: dict[Block, dict[Variable, Variable]] = {}
        for b in chain:
            mapping = {v: _copy(v) for v in outer}
            copies[b] = mapping
            b.inputargs = b.inputargs + [mapping[v] for v in outer]
            for op in b.operations:
                op.args = [mapping.get(a, a) if isinstance(a, Variable) else a for a in op.args]
            for link in b.exits:
                link.args = [mapping.get(a, a) if isinstance(a, Variable) else a for a in link.args]
        for link in block.exits:
            if link.target in in_chain:
                link.args = link.args + list(outer)
        for b in chain:
            mapping = copies[b]
            for link in b.exits:
                if link.target in in_chain:
                    link.args = link.args + [mapping[v] for v in outer]


def _copy(v: Variable) -> Variable:
    new = v.copy()
    new.concretetype = v.concretetype
    return new


def transform_all(translator: Any, graphs: list[FunctionGraph]) -> None:
    et = ExceptionTransformer(translator)
    for graph in graphs:
        et.transform_graph(graph)
