"""From recorded operations to compiled code: wrap a loop's operations in label/jump, optimize
(jit/optimizer), prepare the guards' resume data for the backend, and hand the trace to the backend."""

from __future__ import annotations

from jit.metainterp.history import AbstractValue, JitCellToken, TargetToken, Trace
from jit.metainterp.resoperation import IS_GUARD, ResOperation, rop
from jit.metainterp.resume import ResumeGuardDescr
from jit.optimizer import InvalidLoop, OptOptions, optimize_bridge, optimize_loop


class CompileOptions:
    """Switches read at run time (set_param / --jit)."""

    def __init__(self) -> None:
        self.optimize = True


def finalize_guards(trace: Trace, token: JitCellToken) -> None:
    """What the backend and the resume code need per guard: its failargs' kinds and its loop."""
    for op in trace.operations:
        if IS_GUARD[op.opnum]:
            descr = op.descr
            assert isinstance(descr, ResumeGuardDescr)
            descr.failarg_kinds = "".join([a.type for a in (op.failargs or [])])
            descr.loop_token = token


def make_loop_trace(inputargs: list[AbstractValue], operations: list[ResOperation],
                    jump_args: list[AbstractValue], target: TargetToken) -> Trace:
    ops = [ResOperation(rop.LABEL, list(inputargs), None, target)]
    ops.extend(operations)
    ops.append(ResOperation(rop.JUMP, list(jump_args), None, target))
    return Trace(list(inputargs), ops)


def target_tokens_of(trace: Trace) -> list[TargetToken]:
    result = []
    for op in trace.operations:
        if op.opnum == rop.LABEL:
            descr = op.descr
            assert isinstance(descr, TargetToken)
            result.append(descr)
    return result


def without_future_condition(trace: Trace) -> Trace:
    """The trace without guard_future_condition (only the optimizer understands it)."""
    ops = []
    for op in trace.operations:
        if op.opnum != rop.GUARD_FUTURE_CONDITION:
            ops.append(op)
    return Trace(trace.inputargs, ops)


def optimize_loop_trace(trace: Trace, options: OptOptions) -> Trace:
    """The loop through the optimizer (preamble + peeled body when peeling works); the trace as
    recorded if the optimizer finds it cannot run (a recorded iteration always can)."""
    try:
        return optimize_loop(trace, options)
    except InvalidLoop:
        return without_future_condition(trace)


def optimize_bridge_trace(trace: Trace, options: OptOptions, targets: list[TargetToken]) -> Trace:
    """A bridge through the optimizer: its closing jump goes to the loop's peeled body when the
    values fit the body's virtual state, else to the loop's first label."""
    try:
        return optimize_bridge(trace, options, targets)
    except InvalidLoop:
        return without_future_condition(trace)
