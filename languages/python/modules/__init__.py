"""The Python VM's builtin modules: builtins, the import system and the start-up of the program's
global state (the builtins dict, sys.modules).
"""
