"""The VM's primitives: Python functions behind the core library's `= primitive` methods.

Each module registers its functions under the class name ("Integer", or "Integer class" for the
class side) and the selector; the parser asks `lookup` when it meets `primitive` in a class file.
"""

from kit.rlib.objectmodel import not_rpython

# "Class" or "Class class" -> selector -> function(receiver, args) -> W_AbstractObject
PRIMITIVES = {}


@not_rpython
def primitive(class_key: str, selector: str):
    """Decorator (import time only) registering a primitive implementation."""
    def register(function):
        PRIMITIVES.setdefault(class_key, {})[selector] = function
        return function
    return register


def lookup(class_key: str, selector: str):
    if class_key not in PRIMITIVES:
        return None
    table = PRIMITIVES[class_key]
    if selector not in table:
        return None
    return table[selector]
