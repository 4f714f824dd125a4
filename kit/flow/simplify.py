"""Clean-ups on a freshly built flow graph: drop empty forwarding blocks, merge straight-line
blocks, and remove values that are carried along links but never used.
"""

from __future__ import annotations

from kit.flow.model import Block, Constant, FunctionGraph, Link, Value, Variable
from kit.flow.operation import FLOW_OPS


def simplify_graph(graph: FunctionGraph) -> None:
    eliminate_empty_blocks(graph)
    join_blocks(graph)
    remove_dead_values(graph)


def _substitute(value: Value, mapping: dict[Variable, Value]) -> Value:
    return mapping.get(value, value) if isinstance(value, Variable) else value


def eliminate_empty_blocks(graph: FunctionGraph) -> None:
    """Links into a block with no operations and one unconditional exit go straight to its target."""
    for link in list(graph.iterlinks()):
        seen: set[Block] = set()
        target = link.target
        while (not target.operations and target.exitswitch is None and len(target.exits) == 1
               and not target.is_final and target is not graph.startblock and target not in seen):
            seen.add(target)
            forward = target.exits[0]
            mapping = dict(zip(target.inputargs, link.args, strict=True))
            link.args = [_substitute(a, mapping) for a in forward.args]
            link.target = forward.target
            if link.loc is None:
                link.loc = forward.loc
            target = forward.target


def _predecessor_counts(graph: FunctionGraph) -> dict[Block, int]:
    counts: dict[Block, int] = {}
    for link in graph.iterlinks():
        counts[link.target] = counts.get(link.target, 0) + 1
    return counts


def join_blocks(graph: FunctionGraph) -> None:
    """Merge a block into its only predecessor when that predecessor has no other exit."""
    changed = True
    while changed:
        changed = False
        counts = _predecessor_counts(graph)
        for block in list(graph.iterblocks()):
            if block.exitswitch is not None or len(block.exits) != 1:
                continue
            link = block.exits[0]
            target = link.target
            if target.is_final or target is block or counts.get(target, 0) != 1 or target is graph.startblock:
                continue
            mapping: dict[Variable, Value] = dict(zip(target.inputargs, link.args, strict=True))
            for op in target.operations:
                op.args = [_substitute(a, mapping) for a in op.args]
                block.operations.append(op)
            switch = target.exitswitch
            exits = target.exits
            for out in exits:
                out.args = [_substitute(a, mapping) for a in out.args]
            if isinstance(switch, Variable):
                switch = _substitute(switch, mapping)
            if isinstance(switch, Constant) and isinstance(switch.value, bool):
                # the branch became static: keep only the exit that is taken
                exits = [out for out in exits if out.exitcase == switch.value]
                for out in exits:
                    out.exitcase = None
                switch = None
            block.exitswitch = switch
            block.recloseblock(*exits)
            changed = True
            break


def remove_dead_values(graph: FunctionGraph) -> None:
    """Drop inputargs (and the link arguments feeding them) that nothing uses, and pure operations
    whose results are unused."""
    while True:
        used: set[Variable] = set(graph.startblock.inputargs)
        links_into: dict[Block, list[Link]] = {}
        blocks = list(graph.iterblocks())
        for block in blocks:
            for op in block.operations:
                used.update(a for a in op.args if isinstance(a, Variable))
            if isinstance(block.exitswitch, Variable):
                used.add(block.exitswitch)
            for link in block.exits:
                links_into.setdefault(link.target, []).append(link)
                if link.target.is_final:
                    used.update(a for a in link.args if isinstance(a, Variable))
        # a value is used if it flows into a used inputarg
        pending = [v for v in used]
        defining_position: dict[Variable, tuple[Block, int]] = {}
        for block in blocks:
            for i, v in enumerate(block.inputargs):
                defining_position[v] = (block, i)
        while pending:
            v = pending.pop()
            where = defining_position.get(v)
            if where is None:
                continue
            block, index = where
            for link in links_into.get(block, []):
                arg = link.args[index]
                if isinstance(arg, Variable) and arg not in used:
                    used.add(arg)
                    pending.append(arg)
        changed = False
        for block in blocks:
            if block is graph.startblock or block.is_final:
                continue
            keep = [i for i, v in enumerate(block.inputargs) if v in used]
            if len(keep) != len(block.inputargs):
                block.inputargs = [block.inputargs[i] for i in keep]
                for link in links_into.get(block, []):
                    link.args = [link.args[i] for i in keep]
                changed = True
        for block in blocks:
            kept = []
            for i, op in enumerate(block.operations):
                desc = FLOW_OPS.get(op.opname)
                raising_last = block.canraise() and i == len(block.operations) - 1
                if (desc is not None and desc.pure and not desc.canraise and op.result not in used
                        and not raising_last):
                    changed = True
                    continue
                kept.append(op)
            block.operations = kept
        if not changed:
            return
