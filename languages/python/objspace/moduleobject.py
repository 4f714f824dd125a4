"""Module objects: a namespace dict with a name (builtin modules and imported .py files alike)."""

from __future__ import annotations

from languages.python.objspace import dictobject, strobject
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object


class W_ModuleObject(W_Root):
    def __init__(self, name: str, w_dict: dictobject.W_DictObject | None = None) -> None:
        if w_dict is None:
            w_dict = dictobject.W_DictObject()
        self.w_dict = w_dict
        dictobject.setitem_str(w_dict, "__name__", strobject.newstr(name))
        if dictobject.getitem_str(w_dict, "__doc__") is None:
            dictobject.setitem_str(w_dict, "__doc__", w_None)

    def getdict(self) -> W_Root | None:
        return self.w_dict


w_module = make_builtin_type("module", w_object)
set_static_type(W_ModuleObject, w_module)


def module_name(w_mod: W_ModuleObject) -> str:
    w_name = dictobject.getitem_str(w_mod.w_dict, "__name__")
    if isinstance(w_name, strobject.W_StrObject):
        return w_name.value
    return "?"


def get(w_mod: W_ModuleObject, name: str) -> W_Root | None:
    return dictobject.getitem_str(w_mod.w_dict, name)


def set(w_mod: W_ModuleObject, name: str, w_value: W_Root) -> None:
    dictobject.setitem_str(w_mod.w_dict, name, w_value)
