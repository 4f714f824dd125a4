"""Rewriting a guard's resume data when it is emitted: the failargs become the distinct real boxes
the backend must save; rd_numb, rd_consts and rd_virtuals say where every value comes from.
"""

from __future__ import annotations

from jit.metainterp.history import AbstractDescr, AbstractValue, Const
from jit.metainterp.resume import (
    TAG_BOX,
    TAG_CONST,
    TAG_VIRTUAL,
    ResumeGuardDescr,
    VirtualInfo,
    identity_numbering,
    tag,
    untag,
)
from jit.optimizer.values import OptValue, VirtualValue


class ValueSource:
    """Gives the optimizer's value of a box (the optimizer implements it)."""

    _mixin_ = True      # an interface of Optimizer (RPython: single inheritance)

    def getvalue(self, box: AbstractValue) -> OptValue:
        raise NotImplementedError


class ResumeDataBuilder:
    """Numbers the values of one guard: boxes by their position in the new failargs (each box
    once), constants in rd_consts, virtuals in rd_virtuals (each once, fields numbered too)."""

    def __init__(self, source: ValueSource, old_consts: list[Const],
                 old_virtuals: list[VirtualInfo] | None) -> None:
        self.source = source
        self.old_consts = old_consts
        self.old_virtuals = old_virtuals
        self.failargs: list[AbstractValue] = []
        self.box_positions: dict[AbstractValue, int] = {}
        self.consts: list[Const] = []
        self.virtuals: list[VirtualInfo] = []
        self.virtual_positions: dict[OptValue, int] = {}
        self.old_virtual_positions: dict[int, int] = {}

    def number_value(self, value: OptValue) -> int:
        if isinstance(value, VirtualValue) and value.is_virtual():
            return self.number_virtual(value)
        box = value.get_box()
        if isinstance(box, Const):
            return self.number_const(box)
        position = self.box_positions.get(box, -1)
        if position < 0:
            position = len(self.failargs)
            self.failargs.append(box)
            self.box_positions[box] = position
        return tag(position, TAG_BOX)

    def number_const(self, const: Const) -> int:
        for i in range(len(self.consts)):
            if self.consts[i].same_constant(const):
                return tag(i, TAG_CONST)
        self.consts.append(const)
        return tag(len(self.consts) - 1, TAG_CONST)

    def number_virtual(self, value: VirtualValue) -> int:
        position = self.virtual_positions.get(value, -1)
        if position >= 0:
            return tag(position, TAG_VIRTUAL)
        position = len(self.virtuals)
        fielddescrs: list[AbstractDescr] = []
        info = VirtualInfo(value.resume_kind(), value.alloc_descr(), fielddescrs, [])
        self.virtuals.append(info)
        self.virtual_positions[value] = position     # before the fields: they may point back
        fieldnums: list[int] = []
        for descr in value.field_order:
            fielddescrs.append(descr)
            fieldnums.append(self.number_value(value.fields[descr]))
        for item in value.item_values():
            fieldnums.append(self.number_value(item))
        info.fieldnums = fieldnums
        return tag(position, TAG_VIRTUAL)

    def renumber(self, tagged: int, old_failargs: list[AbstractValue]) -> int:
        """The new tagged number of a value the old numbering described as TAGGED."""
        index, kind = untag(tagged)
        if kind == TAG_BOX:
            return self.number_value(self.source.getvalue(old_failargs[index]))
        if kind == TAG_CONST:
            return self.number_const(self.old_consts[index])
        if kind == TAG_VIRTUAL:
            return self.renumber_old_virtual(index, old_failargs)
        return tagged

    def renumber_old_virtual(self, index: int, old_failargs: list[AbstractValue]) -> int:
        """A virtual already in the incoming resume data (its fields renumbered in turn)."""
        position = self.old_virtual_positions.get(index, -1)
        if position >= 0:
            return tag(position, TAG_VIRTUAL)
        old_virtuals = self.old_virtuals
        assert old_virtuals is not None
        old = old_virtuals[index]
        position = len(self.virtuals)
        info = VirtualInfo(old.kind, old.descr, old.fielddescrs, [])
        self.virtuals.append(info)
        self.old_virtual_positions[index] = position
        info.fieldnums = [self.renumber(num, old_failargs) for num in old.fieldnums]
        return tag(position, TAG_VIRTUAL)


def guard_resume_descr(descr: AbstractDescr | None, nfailargs: int) -> ResumeGuardDescr:
    """The guard's resume descr; a guard recorded without one (tests) gets the identity numbering
    of its failargs."""
    if isinstance(descr, ResumeGuardDescr):
        return descr
    return ResumeGuardDescr([], identity_numbering(nfailargs))


def finish_resume_data(source: ValueSource, descr: ResumeGuardDescr,
                       old_failargs: list[AbstractValue]) -> list[AbstractValue]:
    """Rewrite DESCR's numbering for the values the optimizer knows now; return the new failargs."""
    builder = ResumeDataBuilder(source, descr.rd_consts, descr.rd_virtuals)
    descr.rd_numb = [builder.renumber(num, old_failargs) for num in descr.rd_numb]
    descr.rd_consts = builder.consts
    descr.rd_virtuals = builder.virtuals if len(builder.virtuals) > 0 else None
    return builder.failargs
