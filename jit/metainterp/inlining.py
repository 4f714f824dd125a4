"""How a trace treats a call of the user's functions (a call of a recursive portal): which
function it enters (the portal's green arguments), and whether it is traced into or called.

The decisions of MetaInterp (a mixin of it); docs/jit.md, "Calls of the user's functions".
"""

from __future__ import annotations

from jit.metainterp.history import AbstractValue, Const
from jit.metainterp.resoperation import rop

# calls of the user's functions inlined into one trace, one inside the other, at most
MAX_INLINED_CALLS = 8


class InliningPolicy:
    """Says whether a call of the user's function with these greens may be traced into (the warm
    state's answer remembers functions whose inlining made traces too long)."""

    def __init__(self) -> None:
        self.enabled = True        # the `inlining` parameter

    def may_inline(self, driver_index: int, greens: list[AbstractValue]) -> bool:
        return True

class PortalCallInlining:
    """MetaInterp's decisions at a call of the portal (RPython: a mixin, not a real base)."""

    _mixin_ = True

    def recursive_portal_driver(self, jitcode_index: int) -> int:
        """The driver whose recursive portal the jitcode is (-1: none)."""
        drivers = self.jitdata.drivers
        for k in range(len(drivers)):
            if drivers[k].portal_jitcode == jitcode_index and drivers[k].is_recursive:
                return k
        return -1

    def portal_call_greens(self, driver_index: int, args_i: list[AbstractValue], args_r: list[AbstractValue],
                           args_f: list[AbstractValue], pc: int) -> list[AbstractValue]:
        """The greens a call of the portal enters with, promoted to constants of the trace ([]: the
        portal's arguments do not say)."""
        driver = self.jitdata.drivers[driver_index]
        positions = driver.portal_green_args
        greens: list[AbstractValue] = []
        if not driver.portal_greens_known:
            return greens
        n_i = driver.n_greens_i
        n_r = driver.n_greens_r
        for k in range(len(positions)):
            if k < n_i:
                box = args_i[positions[k]]
            elif k < n_i + n_r:
                box = args_r[positions[k]]
            else:
                box = args_f[positions[k]]
            if not isinstance(box, Const):
                const = box.constbox()
                self.generate_guard(rop.GUARD_VALUE, [box, const], pc)
                self.replace_box(box, const)
                # (the arguments were collected before: the callee gets the constant too)
                replace_in(args_i, box, const)
                replace_in(args_r, box, const)
                replace_in(args_f, box, const)
                box = const
            greens.append(box)
        return greens

    def may_inline_portal(self, driver_index: int, greens: list[AbstractValue]) -> bool:
        """Trace into this call of the portal?  Not when it is recursive (its greens are those of the
        trace's start or of a call being inlined), not deeper than MAX_INLINED_CALLS, and not a
        function whose inlining made a trace too long before."""
        inlining = self.inlining
        if inlining is not None and not inlining.enabled:
            return False
        inlined = 0
        for frame in self.framestack:
            portal_greens = frame.portal_greens
            if portal_greens is not None:
                inlined += 1
                if greens and same_boxes(portal_greens, greens):
                    return False
        if inlined >= MAX_INLINED_CALLS:
            return False
        if not greens:
            # (which function is called is not known: one level only)
            return inlined == 0
        driver = self.jitdata.drivers[driver_index]
        n_i = driver.n_greens_i
        n_r = driver.n_greens_r
        if self.same_greens_as_start(greens[:n_i], greens[n_i:n_i + n_r], greens[n_i + n_r:]):
            return False
        if inlining is not None and not inlining.may_inline(driver_index, greens):
            return False
        return True

    def blame_inlined_call(self) -> None:
        """The trace is too long: remember the outermost inlined call of the user's functions (it is
        called, not inlined, the next time)."""
        for frame in self.framestack:
            portal_greens = frame.portal_greens
            if portal_greens:
                self.blame_greens = portal_greens
                self.blame_driver = self.recursive_portal_driver(frame.jitcode.index)
                return


def same_boxes(a: list[AbstractValue], b: list[AbstractValue]) -> bool:
    """Two lists of constants of the same kinds hold the same values."""
    if len(a) != len(b):
        return False
    for k in range(len(a)):
        if not a[k].same_constant(b[k]):
            return False
    return True


def replace_in(regs: list[AbstractValue | None], old: AbstractValue, new: AbstractValue) -> None:
    for k in range(len(regs)):
        if regs[k] is old:
            regs[k] = new
