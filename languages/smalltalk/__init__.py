"""languages.smalltalk: the SOM dialect of Smalltalk on the kit, with our own core library.

`python -m languages.smalltalk [-cp DIR:DIR...] Main.som [ARGS...]` runs a program; target.py is the
translation target. The parser builds an AST interpreter that inlines control structures.
"""
