"""Descriptors: property, classmethod, staticmethod, the member descriptors of __slots__ and the
getset descriptors through which builtin types expose computed attributes (`__class__`, `real`...).
"""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import W_TypeObject, make_builtin_type, w_object


class W_Property(W_Root):
    def __init__(self, w_fget: W_Root, w_fset: W_Root, w_fdel: W_Root, w_doc: W_Root) -> None:
        self.w_fget = w_fget
        self.w_fset = w_fset
        self.w_fdel = w_fdel
        self.w_doc = w_doc
        self.name = ""
        self.w_dict: W_Root | None = None
        self.w_class: W_TypeObject | None = None

    def getclass(self) -> W_Root:
        w_class = self.w_class
        if w_class is None:
            return w_property
        return w_class

    def getdict(self) -> W_Root | None:
        if self.w_class is None:
            return None
        w_d = self.w_dict
        if w_d is None:
            from languages.python.objspace import dictobject
            w_d = dictobject.W_DictObject()
            self.w_dict = w_d
        return w_d


class W_ClassMethod(W_Root):
    def __init__(self, w_function: W_Root) -> None:
        self.w_function = w_function
        self.w_dict: W_Root | None = None

    def getdict(self) -> W_Root | None:
        w_d = self.w_dict
        if w_d is None:
            from languages.python.objspace import dictobject
            w_d = dictobject.W_DictObject()
            self.w_dict = w_d
        return w_d


class W_StaticMethod(W_Root):
    def __init__(self, w_function: W_Root) -> None:
        self.w_function = w_function
        self.w_dict: W_Root | None = None

    def getdict(self) -> W_Root | None:
        w_d = self.w_dict
        if w_d is None:
            from languages.python.objspace import dictobject
            w_d = dictobject.W_DictObject()
            self.w_dict = w_d
        return w_d


def no_setter(w_obj: W_Root, w_value: W_Root | None) -> None:
    raise NotImplementedError


class W_GetSetProperty(W_Root):
    """An attribute of a builtin type computed by interp-level functions.
    fget(w_obj) -> value; fset(w_obj, w_value or None for delete)."""

    _immutable_fields_ = ["name", "fget", "fset", "has_setter", "w_objclass"]

    def __init__(self, name: str, fget, fset, has_setter: bool, w_objclass: W_TypeObject) -> None:
        self.name = name
        self.fget = fget
        self.fset = fset
        self.has_setter = has_setter
        self.w_objclass = w_objclass


class W_MemberDescr(W_Root):
    """The descriptor of one name in __slots__: reads and writes one slot of the instance."""

    _immutable_fields_ = ["name", "index", "w_objclass"]

    def __init__(self, name: str, index: int, w_objclass: W_TypeObject) -> None:
        self.name = name
        self.index = index
        self.w_objclass = w_objclass


w_property = make_builtin_type("property", w_object)
w_classmethod = make_builtin_type("classmethod", w_object)
w_staticmethod = make_builtin_type("staticmethod", w_object)
w_getset_descriptor = make_builtin_type("getset_descriptor", w_object, base_ok=False)
w_member_descriptor = make_builtin_type("member_descriptor", w_object, base_ok=False)
set_static_type(W_Property, w_property)
set_static_type(W_ClassMethod, w_classmethod)
set_static_type(W_StaticMethod, w_staticmethod)
set_static_type(W_GetSetProperty, w_getset_descriptor)
set_static_type(W_MemberDescr, w_member_descriptor)


@not_rpython
def getset(w_type: W_TypeObject, name: str, fget, fset=None) -> None:
    """Give the builtin type `w_type` an attribute `name` computed by `fget` (and set by `fset`)."""
    w_type.dict_w[name] = W_GetSetProperty(name, fget, fset or no_setter, fset is not None, w_type)


def none_getter(w_obj: W_Root) -> W_Root:
    return w_None
