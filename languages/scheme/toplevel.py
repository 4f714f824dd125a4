"""Running a sequence of top-level forms (a program, `load`, a library body) on the machine.

Each form is compiled just before it first runs, so macros and imports take effect for the forms
after them. The continuation of a form includes the forms after it: re-entering a continuation
captured in an earlier form runs the rest of the program again (compiled once, cached).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from languages.scheme.continuation import Cont
from languages.scheme.environment import Scope
from languages.scheme.nodes import Node
from languages.scheme.objects import UNSPECIFIED, SourcePos, W_Object, pos_of
from languages.scheme.reader import TopForm

if TYPE_CHECKING:
    from languages.scheme.machine import Machine


class FormSequence:
    def __init__(self, forms: list[W_Object], positions: list[SourcePos | None], scope: Scope) -> None:
        self.forms = forms
        self.positions = positions      # where each form starts (also known for atoms)
        self.nodes: list[Node | None] = [None] * len(forms)
        self.scope = scope


class TopLevelCont(Cont):
    """Runs form `index` of a sequence next (the value arriving is the previous form's)."""

    def __init__(self, sequence: FormSequence, index: int, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.sequence = sequence
        self.index = index

    def plug(self, m: Machine, value: W_Object) -> None:
        seq = self.sequence
        index = self.index
        if index >= len(seq.forms):
            m.value = value
            return
        node = seq.nodes[index]
        if node is None:
            node = m.vm.compiler.compile_toplevel(seq.forms[index], seq.scope, seq.positions[index])
            seq.nodes[index] = node
        m.cont = TopLevelCont(seq, index + 1, self.parent)
        m.node = node
        m.env = None

    def source_pos(self) -> SourcePos | None:
        # this frame waits for form index-1, the one running
        if 0 < self.index <= len(self.sequence.forms):
            return self.sequence.positions[self.index - 1]
        return None


def start_sequence(m: Machine, forms: list[W_Object], scope: Scope) -> None:
    """Make the machine run `forms` next, then return the last value to the current frame."""
    positions = [pos_of(form) for form in forms]
    start_positioned(m, FormSequence(forms, positions, scope))


def start_program(m: Machine, program: list[TopForm], scope: Scope) -> None:
    """Like start_sequence, for forms read with their positions (Reader.read_program)."""
    forms = [top.form for top in program]
    positions: list[SourcePos | None] = [top.pos for top in program]
    start_positioned(m, FormSequence(forms, positions, scope))


def start_positioned(m: Machine, sequence: FormSequence) -> None:
    m.cont = TopLevelCont(sequence, 0, m.cont)
    m.node = None
    m.value = UNSPECIFIED
