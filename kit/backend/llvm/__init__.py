"""kit.backend.llvm: low-level graphs -> LLVM IR text -> object file (llvmlite) -> executable (cc).

Every pointer is an opaque `ptr`; the C runtime in runtime.c provides main() and a few helpers.
"""
