"""Trace operations: numbers and properties read from kit's one operation table
(kit/rtyper/lloperation.py), and the ResOperation class a trace is a list of.

`rop.INT_ADD`, `rop.GUARD_TRUE`, ... are the operation numbers; the predicates below are tables
indexed by number, so translated code answers them with one load.
"""

from __future__ import annotations

from typing import Any

from kit.rtyper.lloperation import OPERATIONS_BY_NUM


class rop:  # noqa: N801 - PyPy's name for the namespace of operation numbers
    """INT_ADD, GETFIELD, GUARD_TRUE, ...: the number of every operation."""


for _op in OPERATIONS_BY_NUM:
    setattr(rop, _op.name.upper(), _op.num)

OPNAMES = [op.name for op in OPERATIONS_BY_NUM]
# pure: the result depends only on the arguments (constants in, constant out)
IS_PURE = [op.canfold and not op.trace_only for op in OPERATIONS_BY_NUM]
IS_GUARD = [op.name.startswith("guard_") for op in OPERATIONS_BY_NUM]
# no effect but its result (it may read memory): removable when the result is unused
HAS_NO_SIDE_EFFECT = [not op.sideeffects and not op.name.startswith("guard_") for op in OPERATIONS_BY_NUM]
CAN_RAISE = [bool(op.canraise) for op in OPERATIONS_BY_NUM]
CAN_COLLECT = [op.canmallocgc for op in OPERATIONS_BY_NUM]
IS_OVF = [op.name.endswith("_ovf") for op in OPERATIONS_BY_NUM]
IS_CALL = [op.name in ("call", "call_pure", "call_loopinvariant") for op in OPERATIONS_BY_NUM]
IS_MALLOC = [op.name in ("new", "new_with_vtable", "new_array") for op in OPERATIONS_BY_NUM]
IS_FINAL = [op.name in ("jump", "finish") for op in OPERATIONS_BY_NUM]
IS_COMPARISON = [op.result == "b" for op in OPERATIONS_BY_NUM]
# the argument kinds ("i i", "f", ...) and the result kind of each operation, as plain strings
ARG_KINDS = [" ".join(op.args) for op in OPERATIONS_BY_NUM]
RESULT_KIND = [op.result for op in OPERATIONS_BY_NUM]


def opname(opnum: int) -> str:
    return OPNAMES[opnum]


def is_guard(opnum: int) -> bool:
    return IS_GUARD[opnum]


def is_pure(opnum: int) -> bool:
    return IS_PURE[opnum]


def has_no_side_effect(opnum: int) -> bool:
    return HAS_NO_SIDE_EFFECT[opnum]


class ResOperation:
    """One operation of a trace: `result = opname(args...)`, with a descr for memory operations and
    calls, and for guards the values the interpreter needs if the guard fails (failargs)."""

    def __init__(self, opnum: int, args: list[Any], result: Any = None, descr: Any = None) -> None:
        self.opnum = opnum
        self.args = args
        self.result = result
        self.descr = descr
        self.failargs: list[Any] | None = None

    def getopname(self) -> str:
        return OPNAMES[self.opnum]

    def numargs(self) -> int:
        return len(self.args)

    def getarg(self, i: int) -> Any:
        return self.args[i]

    def setarg(self, i: int, value: Any) -> None:
        self.args[i] = value

    def is_guard(self) -> bool:
        return IS_GUARD[self.opnum]

    def copy_and_change(self, opnum: int, args: list[Any] | None = None, descr: Any = None) -> ResOperation:
        op = ResOperation(opnum, list(self.args) if args is None else args, self.result,
                          self.descr if descr is None else descr)
        failargs = self.failargs
        if failargs is not None:
            op.failargs = list(failargs)
        return op

    def __repr__(self) -> str:
        from jit.metainterp.logger import op_text
        return op_text(self, {})
