"""The LLVM backend of the JIT: traces become LLVM IR text, compiled to machine code at run time by
MCJIT inside libllvmlite.so (loaded on demand); guards leave through per-guard slots."""
