"""The trace optimizer (our own; LLVM only generates code): folding, guards, bounds, heap cache,
virtuals, loop peeling.  jit/optimizer/README.md describes the passes and the resume protocol."""

from jit.optimizer.errors import InvalidLoop
from jit.optimizer.options import OptOptions
from jit.optimizer.unroll import optimize_bridge, optimize_loop

__all__ = ["InvalidLoop", "OptOptions", "optimize_bridge", "optimize_loop"]
