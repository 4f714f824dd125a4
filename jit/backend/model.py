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
    last_error = ""          # why the last setup or compilation failed
    last_compile_seconds = 0.0
    # iterations of a compiled loop before it is compiled again with more optimization (backends
    # with a fast and an optimizing code generator; 0: never)
    recompile_after = 0

    def setup(self) -> bool:
        """Get ready to compile (load a library...); False: this backend cannot work here."""
        return True

    def compile_loop(self, trace: Trace, token: JitCellToken) -> bool:
        """Make `trace` (label ... jump, possibly with a second label after a peeled preamble)
        runnable; the JitCellToken is its entry.  False (and last_error) if it cannot."""
        raise NotImplementedError

    def compile_bridge(self, faildescr: AbstractDescr, trace: Trace) -> bool:
        """Attach `trace` to a guard: when the guard fails, the bridge runs (its inputargs are the
        guard's failargs) instead of leaving compiled code.  False (and last_error) if it cannot."""
        raise NotImplementedError

    def execute_token(self, token: JitCellToken, args_i: list[int], args_r: list[GCREF],
                      args_f: list[float]) -> DeadFrame:
        """Run compiled code with the loop's input values (by kind, in inputarg order) until it
        leaves through a guard or a finish."""
        raise NotImplementedError

    def invalidate(self, token: JitCellToken) -> None:
        token.invalidated = True
