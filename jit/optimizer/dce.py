"""Dead-code removal after the passes: an operation without side effects whose result nothing
uses (no operation, guard resume data or jump) is dropped; one backward walk."""

from __future__ import annotations

from jit.metainterp.descr import CallDescr
from jit.metainterp.history import AbstractValue, Const
from jit.metainterp.resoperation import HAS_NO_SIDE_EFFECT, IS_OVF, ResOperation, rop


def removable(op: ResOperation) -> bool:
    if op.result is None or IS_OVF[op.opnum]:
        return False            # (an overflow check's guard reads the operation's flag)
    if op.opnum == rop.CALL:
        descr = op.descr
        return isinstance(descr, CallDescr) and descr.is_elidable()
    return HAS_NO_SIDE_EFFECT[op.opnum]


def remove_dead_operations(operations: list[ResOperation]) -> list[ResOperation]:
    used: dict[AbstractValue, bool] = {}
    kept: list[ResOperation] = []
    i = len(operations) - 1
    while i >= 0:
        op = operations[i]
        i -= 1
        result = op.result
        if result is not None and result not in used and removable(op):
            continue
        kept.append(op)
        for arg in op.args:
            if not isinstance(arg, Const):
                used[arg] = True
        failargs = op.failargs
        if failargs is not None:
            for arg in failargs:
                used[arg] = True
    kept.reverse()
    return kept
