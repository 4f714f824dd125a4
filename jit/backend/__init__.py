"""JIT backends: turn an optimized trace into something that runs (machine code through LLVM at run
time, or a trace interpreter for tests)."""
