"""Start-up: the builtins module (functions, types, exceptions, constants) and the program state."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.interpreter import helpers
from languages.python.interpreter.state import state
from languages.python.modules import (
    builtins,
    builtins_code,  # noqa: F401 (compile, eval and exec join builtins.FUNCTIONS)
    builtins_iter,
    builtins_more,
    fileobject,
    importing,  # noqa: F401 (its modules register types at import time)
)
from languages.python.objspace import (
    descriptors,
    dictobject,
    exceptions,
    intobject,
    moduleobject,
    typemethods,
)
from languages.python.objspace.root import W_Root, w_Ellipsis, w_None, w_NotImplemented
from languages.python.objspace.typeobject import w_object, w_type


@not_rpython
def builtin_names() -> list[tuple[str, W_Root]]:
    """Every name of the builtins module with its value, computed once at import time."""
    from languages.python.objspace import (
        bytesobject,
        complexobject,
        floatobject,
        listobject,
        rangeobject,
        setobject,
        sliceobject,
        strobject,
        tupleobject,
    )
    typemethods.install()
    names: list[tuple[str, W_Root]] = []
    for w_func in builtins.FUNCTIONS + builtins_iter.FUNCTIONS + fileobject.FUNCTIONS + helpers.HELPER_FUNCTIONS:
        names.append((w_func.name, w_func))
    for w_t in [w_object, w_type, intobject.w_int, intobject.w_bool, floatobject.w_float, strobject.w_str,
                listobject.w_list, tupleobject.w_tuple, dictobject.w_dict, setobject.w_set,
                setobject.w_frozenset, rangeobject.w_range, sliceobject.w_slice, bytesobject.w_bytes,
                bytesobject.w_bytearray, complexobject.w_complex, builtins_more.w_memoryview,
                descriptors.w_property, descriptors.w_classmethod, descriptors.w_staticmethod,
                builtins_iter.w_enumerate, builtins_iter.w_zip, builtins_iter.w_map,
                builtins_iter.w_filter, builtins_iter.w_reversed, builtins.w_super]:
        names.append((w_t.name, w_t))
    for name in sorted(exceptions.ALL_EXCEPTIONS):
        names.append((name, exceptions.ALL_EXCEPTIONS[name]))
    names.append(("EnvironmentError", exceptions.w_OSError))
    names.append(("IOError", exceptions.w_OSError))
    names.append(("__package__", w_None))
    names.append(("__spec__", w_None))
    names.append(("__loader__", w_None))
    names.append(("None", w_None))
    names.append(("NotImplemented", w_NotImplemented))
    names.append(("Ellipsis", w_Ellipsis))
    names.append(("True", intobject.w_True))
    names.append(("False", intobject.w_False))
    names.append(("__debug__", intobject.w_True))
    return names


BUILTIN_NAMES = builtin_names()
BUILTINS_DICT = dictobject.W_DictObject()
for _name, _w_value in BUILTIN_NAMES:
    dictobject.setitem_str(BUILTINS_DICT, _name, _w_value)
dictobject.setitem_str(BUILTINS_DICT, "__name__", builtins.newstr_const("builtins"))
BUILTINS_MODULE = moduleobject.W_ModuleObject("builtins", BUILTINS_DICT)


def builtins_module() -> W_Root:
    return BUILTINS_MODULE


def initialize(argv: list[str]) -> None:
    """Fresh program state for one run."""
    state.w_builtins = BUILTINS_DICT
    state.w_builtins_module = BUILTINS_MODULE
    state.argv = argv
    state.depth = 0
    state.w_handled = None
    state.initialized = True
    state.w_modules = None
