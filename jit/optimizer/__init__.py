"""The trace optimizer (our own; LLVM only generates code): folding, guards, bounds, heap cache,
virtuals, loop peeling."""
