"""jit: the meta-tracing JIT generator (not built yet).

Will hold the codewriter (interpreter graphs -> jitcodes), the metainterp (tracing, guards,
blackhole), the trace optimizer and the LLVM run-time backend; see ARCHITECTURE.md §5.
"""
