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

if TYPE_CHECKING:
    from languages.scheme.machine import Machine


class FormSequence:
    def __init__(self, forms: list[W_Object], scope: Scope) -> None:
        self.forms = forms
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
            form = seq.forms[index]
            node = m.vm.compiler.compile_toplevel(form, seq.scope, pos_of(form))
            seq.nodes[index] = node
        m.cont = TopLevelCont(seq, index + 1, self.parent)
        m.node = node
        m.env = None

    def source_pos(self) -> SourcePos | None:
        # this frame waits for form index-1, the one running
        if 0 < self.index <= len(self.sequence.forms):
            return pos_of(self.sequence.forms[self.index - 1])
        return None


def start_sequence(m: Machine, forms: list[W_Object], scope: Scope) -> None:
    """Make the machine run `forms` next, then return the last value to the current frame."""
    m.cont = TopLevelCont(FormSequence(forms, scope), 0, m.cont)
    m.node = None
    m.value = UNSPECIFIED
