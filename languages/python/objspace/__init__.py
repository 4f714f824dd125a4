"""The object space of the Python VM: every Python value is an instance of a W_Root subclass.

One module per type family; `ops` holds the operations of the language (attribute access, calls,
operators, comparisons) that look special methods up on the type, as CPython does.
"""
