"""languages.smalltalk: the SOM dialect of Smalltalk with our own core library (not built yet).

Will hold the class-file parser, the interpreter with its JIT hints, and the VM primitives.
"""
