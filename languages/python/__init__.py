"""languages.python: the Python 3 VM, the flagship front end, written in RPython.

parser/ (tokenizer, parser, AST), compiler/ (symbol tables, bytecode), interpreter/ (the dispatch
loop, frames, functions, generators, tracebacks), objspace/ (the objects and their methods),
modules/ (builtins, sys, math, imports); main.py is the command line, target.py the translation
target. See README.md.
"""
