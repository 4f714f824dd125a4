"""kit.transform: whole-program transforms on low-level graphs before code generation.

The exception transform makes raising explicit; the GC transform adds shadow-stack roots and turns
allocations into calls of the collector; the analyses tell which calls can raise or collect.
Inlining and malloc removal (structs that never leave a graph become variables) run between them.
"""
