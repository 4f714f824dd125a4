"""What every JIT backend provides (ARCHITECTURE §5): compile a loop or a bridge, run compiled code
from its entry, and report where and with which values it stopped (a dead frame).
"""

from __future__ import annotations

from jit.backend.llsupport import LLCPU
from jit.metainterp.history import AbstractDescr, JitCellToken, Trace
from kit.rtyper import lltype
from kit.rtyper.lltype import GCREF


class DeadFrame:
    """Compiled code has stopped: at a failing guard (descr is its ResumeGuardDescr; the failargs'
    values are at their positions in the list of their kind) or at a finish (descr FinishDescr)."""

    def __init__(self, descr: AbstractDescr, n: int) -> None:
        self.descr = descr
        self.values_i: list[int] = [0] * n
        self.values_r: list[GCREF] = [lltype.nullptr(GCREF)] * n
        self.values_f: list[float] = [0.0] * n
        self.exc_value = lltype.nullptr(GCREF)     # the exception a call raised (guard_no_exception)


class AbstractCPU(LLCPU):
    name = "abstract"

    def compile_loop(self, trace: Trace, token: JitCellToken) -> None:
        """Make `trace` (label ... jump, possibly with a second label after a peeled preamble)
        runnable; the JitCellToken is its entry."""
        raise NotImplementedError

    def compile_bridge(self, faildescr: AbstractDescr, trace: Trace) -> None:
        """Attach `trace` to a guard: when the guard fails, the bridge runs (its inputargs are the
        guard's failargs) instead of leaving compiled code."""
        raise NotImplementedError

    def execute_token(self, token: JitCellToken, args_i: list[int], args_r: list[GCREF],
                      args_f: list[float]) -> DeadFrame:
        """Run compiled code with the loop's input values (by kind, in inputarg order) until it
        leaves through a guard or a finish."""
        raise NotImplementedError

    def invalidate(self, token: JitCellToken) -> None:
        token.invalidated = True
