"""languages.python: the Python 3 VM, the flagship front end (not built yet).

Will hold its tokenizer, parser, compiler to bytecode, bytecode interpreter, object space and
builtins, written in RPython; see ARCHITECTURE.md §4.
"""
