"""kit: an interpreter construction kit.

Write an interpreter in RPython (a statically typable subset of Python 3); run it on CPython,
translate it to a native executable through LLVM, and get a meta-tracing JIT from its hints.
"""

__version__ = "0.1.0"
