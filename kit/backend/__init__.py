"""kit.backend: code generation from low-level graphs (LLVM, through llvmlite)."""
