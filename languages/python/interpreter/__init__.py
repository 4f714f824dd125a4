"""The bytecode interpreter of the Python VM: frames, the dispatch loop and its opcodes,
generators, tracebacks, the import system and the program's global state.
"""
