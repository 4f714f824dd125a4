"""Running a sequence of top-level forms (a program, `load`, a library body) on the machine.

Each form is compiled just before it runs, so macros and imports take effect for the forms after
them. The cursor is shared: re-entering a continuation captured in an earlier form continues with
the form after the latest one run, like a reader advancing through a file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from languages.scheme.continuation import Cont
from languages.scheme.environment import Scope
from languages.scheme.objects import UNSPECIFIED, SourcePos, W_Object, pos_of

if TYPE_CHECKING:
    from languages.scheme.machine import Machine


class FormSequence:
    def __init__(self, forms: list[W_Object], scope: Scope) -> None:
        self.forms = forms
        self.index = 0
        self.scope = scope
        self.current_pos: SourcePos | None = None


class TopLevelCont(Cont):
    def __init__(self, sequence: FormSequence, parent: Cont | None) -> None:
        Cont.__init__(self, parent)
        self.sequence = sequence

    def plug(self, m: Machine, value: W_Object) -> None:
        seq = self.sequence
        if seq.index >= len(seq.forms):
            m.value = value
            return
        form = seq.forms[seq.index]
        seq.index += 1
        seq.current_pos = pos_of(form)
        node = m.vm.compiler.compile_toplevel(form, seq.scope, seq.current_pos)
        m.cont = TopLevelCont(seq, self.parent)
        m.node = node
        m.env = None

    def source_pos(self) -> SourcePos | None:
        return self.sequence.current_pos


def start_sequence(m: Machine, forms: list[W_Object], scope: Scope) -> None:
    """Make the machine run `forms` next, then return the last value to the current frame."""
    m.cont = TopLevelCont(FormSequence(forms, scope), m.cont)
    m.node = None
    m.value = UNSPECIFIED
