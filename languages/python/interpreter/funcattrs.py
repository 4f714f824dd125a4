"""The introspection attributes and descriptor methods of functions, bound methods, cells, code
objects, builtin functions, property, classmethod and staticmethod (__defaults__, __code__,
__closure__, cell_contents, co_*, fget/fset/fdel, __func__, __get__...)."""

from __future__ import annotations

from kit.rlib.objectmodel import not_rpython
from languages.python.interpreter import function
from languages.python.interpreter.pycode import PyCode, w_code
from languages.python.interpreter.pyframe import W_CellObject
from languages.python.objspace import descriptors, dictobject, errors, intobject, ops, strobject, tupleobject
from languages.python.objspace.descriptors import getset
from languages.python.objspace.gateway import W_BuiltinFunction, method
from languages.python.objspace.root import W_Root, set_static_type, w_None
from languages.python.objspace.typeobject import make_builtin_type, w_object

w_cell = make_builtin_type("cell", w_object, base_ok=False)
set_static_type(W_CellObject, w_cell)


def text_tuple(names: list[str]) -> W_Root:
    return tupleobject.newtuple([strobject.newstr(name) for name in names])


# ---- functions ---------------------------------------------------------------------------------------

def get_defaults(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    defaults_w = w_obj.defaults_w
    if defaults_w is None or len(defaults_w) == 0:
        return w_None
    return tupleobject.newtuple(list(defaults_w))


def set_defaults(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, function.W_FunctionObject)
    if w_value is None or w_value is w_None:
        w_obj.defaults_w = None
        return
    if not isinstance(w_value, tupleobject.W_TupleObject):
        raise errors.type_error("__defaults__ must be set to a tuple object")
    w_obj.defaults_w = list(w_value.items_w)


def get_kwdefaults(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    w_kwdefaults = w_obj.w_kwdefaults
    if w_kwdefaults is None:
        return w_None
    return w_kwdefaults


def set_kwdefaults(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, function.W_FunctionObject)
    if w_value is None or w_value is w_None:
        w_obj.w_kwdefaults = None
        return
    if not isinstance(w_value, dictobject.W_DictObject):
        raise errors.type_error("__kwdefaults__ must be set to a dict object")
    w_obj.w_kwdefaults = w_value


def get_code(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    return w_obj.code


def set_code(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, function.W_FunctionObject)
    if not isinstance(w_value, PyCode):
        raise errors.type_error("__code__ must be set to a code object")
    w_obj.code = w_value


def get_closure(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    closure = w_obj.closure
    if closure is None or len(closure) == 0:
        return w_None
    cells_w: list[W_Root] = []
    for cell in closure:
        cells_w.append(cell)
    return tupleobject.newtuple(cells_w)


def get_globals(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    return w_obj.w_globals


def get_annotations(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_FunctionObject)
    w_annotations = w_obj.w_annotations
    if w_annotations is None:
        w_annotations = dictobject.W_DictObject()
        w_obj.w_annotations = w_annotations
    return w_annotations


def set_annotations(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, function.W_FunctionObject)
    w_obj.w_annotations = w_value


def get_builtins(w_obj: W_Root) -> W_Root:
    from languages.python.interpreter.state import state
    w_builtins = state.w_builtins
    assert w_builtins is not None
    return w_builtins


getset(function.w_function, "__defaults__", get_defaults, set_defaults)
getset(function.w_function, "__kwdefaults__", get_kwdefaults, set_kwdefaults)
getset(function.w_function, "__code__", get_code, set_code)
getset(function.w_function, "__closure__", get_closure)
getset(function.w_function, "__globals__", get_globals)
getset(function.w_function, "__annotations__", get_annotations, set_annotations)
getset(function.w_function, "__builtins__", get_builtins)


@method(function.w_function, "__get__", "self, instance, owner=None, /")
def function_get(args_w: list[W_Root | None]) -> W_Root:
    w_func = args_w[0]
    w_instance = args_w[1]
    assert w_func is not None
    if w_instance is None or w_instance is w_None:
        return w_func
    return function.W_MethodObject(w_func, w_instance)


@method(function.w_function, "__call__", "self, *args, **kwargs")
def function_call(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import typedescr
    w_func = args_w[0]
    assert w_func is not None
    return ops.call_args(w_func, typedescr.arguments_from(args_w[1], args_w[2]))


# ---- bound methods ------------------------------------------------------------------------------------

def self_method(args_w: list[W_Root | None]) -> function.W_MethodObject:
    w_self = args_w[0]
    assert isinstance(w_self, function.W_MethodObject)
    return w_self


def method_func(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_MethodObject)
    return w_obj.w_function


def method_self(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_MethodObject)
    return w_obj.w_self


def method_name(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_MethodObject)
    return ops.getattr(w_obj.w_function, "__name__")


def method_qualname(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_MethodObject)
    return ops.getattr(w_obj.w_function, "__qualname__")


def method_doc(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_MethodObject)
    return ops.getattr(w_obj.w_function, "__doc__")


def method_module(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, function.W_MethodObject)
    w_value = ops.getattr_or_none(w_obj.w_function, "__module__")
    if w_value is None:
        return w_None
    return w_value


getset(function.w_method, "__func__", method_func)
getset(function.w_method, "__self__", method_self)
getset(function.w_method, "__name__", method_name)
getset(function.w_method, "__qualname__", method_qualname)
getset(function.w_method, "__doc__", method_doc)
getset(function.w_method, "__module__", method_module)


@method(function.w_method, "__eq__", "self, other, /")
def method_eq(args_w: list[W_Root | None]) -> W_Root:
    w_self = self_method(args_w)
    w_other = args_w[1]
    if not isinstance(w_other, function.W_MethodObject):
        from languages.python.objspace.root import w_NotImplemented
        return w_NotImplemented
    return intobject.newbool(w_self.w_function is w_other.w_function and w_self.w_self is w_other.w_self)


@method(function.w_method, "__hash__", "self")
def method_hash(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import typedescr
    w_self = self_method(args_w)
    return intobject.newint(typedescr.object_id(w_self.w_self) ^ ops.hash_w(w_self.w_function))


@method(function.w_method, "__get__", "self, instance, owner=None, /")
def method_get(args_w: list[W_Root | None]) -> W_Root:
    return self_method(args_w)


@method(function.w_method, "__getattr__", "self, name, /")
def method_getattr(args_w: list[W_Root | None]) -> W_Root:
    """Other attributes come from the function (func.__dict__)."""
    return ops.getattr(self_method(args_w).w_function, ops.attr_name_w(args_w[1]))


# ---- cells --------------------------------------------------------------------------------------------

def cell_get_contents(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, W_CellObject)
    w_value = w_obj.w_value
    if w_value is None:
        raise errors.value_error("Cell is empty")
    return w_value


def cell_set_contents(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, W_CellObject)
    w_obj.w_value = w_value


getset(w_cell, "cell_contents", cell_get_contents, cell_set_contents)


@method(w_cell, "__repr__", "self")
def cell_repr(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import typedescr
    w_cell_ = args_w[0]
    assert isinstance(w_cell_, W_CellObject)
    w_value = w_cell_.w_value
    if w_value is None:
        return strobject.newstr("<cell at 0x%x: empty>" % typedescr.object_id(w_cell_))
    return strobject.newstr("<cell at 0x%x: %s object at 0x%x>" % (
        typedescr.object_id(w_cell_), ops.type_name(w_value), typedescr.object_id(w_value)))


# ---- code objects -------------------------------------------------------------------------------------

def code_of(w_obj: W_Root) -> PyCode:
    assert isinstance(w_obj, PyCode)
    return w_obj


def co_name(w_obj: W_Root) -> W_Root:
    return strobject.newstr(code_of(w_obj).name)


def co_qualname(w_obj: W_Root) -> W_Root:
    return strobject.newstr(code_of(w_obj).qualname)


def co_filename(w_obj: W_Root) -> W_Root:
    return strobject.newstr(code_of(w_obj).filename)


def co_firstlineno(w_obj: W_Root) -> W_Root:
    return intobject.newint(code_of(w_obj).firstlineno)


def co_argcount(w_obj: W_Root) -> W_Root:
    return intobject.newint(code_of(w_obj).argcount)


def co_posonlyargcount(w_obj: W_Root) -> W_Root:
    return intobject.newint(code_of(w_obj).posonlyargcount)


def co_kwonlyargcount(w_obj: W_Root) -> W_Root:
    return intobject.newint(code_of(w_obj).kwonlyargcount)


def co_flags(w_obj: W_Root) -> W_Root:
    return intobject.newint(code_of(w_obj).flags)


def co_nlocals(w_obj: W_Root) -> W_Root:
    return intobject.newint(code_of(w_obj).nlocals)


def co_varnames(w_obj: W_Root) -> W_Root:
    return text_tuple(code_of(w_obj).varnames)


def co_cellvars(w_obj: W_Root) -> W_Root:
    return text_tuple(code_of(w_obj).cellvars)


def co_freevars(w_obj: W_Root) -> W_Root:
    return text_tuple(code_of(w_obj).freevars)


def co_names(w_obj: W_Root) -> W_Root:
    return text_tuple(code_of(w_obj).names)


def co_consts(w_obj: W_Root) -> W_Root:
    return tupleobject.newtuple(list(code_of(w_obj).consts_w))


def co_stacksize(w_obj: W_Root) -> W_Root:
    return intobject.newint(code_of(w_obj).stacksize)


for _name, _getter in [("co_name", co_name), ("co_qualname", co_qualname), ("co_filename", co_filename),
                       ("co_firstlineno", co_firstlineno), ("co_argcount", co_argcount),
                       ("co_posonlyargcount", co_posonlyargcount), ("co_kwonlyargcount", co_kwonlyargcount),
                       ("co_flags", co_flags), ("co_nlocals", co_nlocals), ("co_varnames", co_varnames),
                       ("co_cellvars", co_cellvars), ("co_freevars", co_freevars), ("co_names", co_names),
                       ("co_consts", co_consts), ("co_stacksize", co_stacksize)]:
    getset(w_code, _name, _getter)


@method(w_code, "__repr__", "self")
def code_repr(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import typedescr
    w_self = args_w[0]
    code = code_of(w_self) if w_self is not None else None
    assert code is not None
    return strobject.newstr('<code object %s at 0x%x, file "%s", line %d>' % (
        code.name, typedescr.object_id(code), code.filename, code.firstlineno))


# ---- builtin functions --------------------------------------------------------------------------------

def builtin_of(w_obj: W_Root) -> W_BuiltinFunction:
    """The builtin function of a builtin_function_or_method (plain or bound to an object)."""
    if isinstance(w_obj, function.W_MethodObject):
        w_obj = w_obj.w_function
    assert isinstance(w_obj, W_BuiltinFunction)
    return w_obj


def builtin_name(w_obj: W_Root) -> W_Root:
    return strobject.newstr(builtin_of(w_obj).name)


def builtin_qualname(w_obj: W_Root) -> W_Root:
    return strobject.newstr(builtin_of(w_obj).qualified_name())


def builtin_module(w_obj: W_Root) -> W_Root:
    w_func = builtin_of(w_obj)
    if w_func.w_objclass is not None:
        return w_None
    return strobject.newstr(w_func.module)


def builtin_doc(w_obj: W_Root) -> W_Root:
    w_func = builtin_of(w_obj)
    if w_func.doc == "":
        return w_None
    return strobject.newstr(w_func.doc)


def builtin_self(w_obj: W_Root) -> W_Root:
    if isinstance(w_obj, function.W_MethodObject):
        return w_obj.w_self
    from languages.python.interpreter.state import state
    w_module = state.w_builtins_module
    assert w_module is not None
    return w_module


@not_rpython
def install_builtin_attributes() -> None:
    from languages.python.objspace.exceptionmethods import w_builtin_function
    getset(w_builtin_function, "__name__", builtin_name)
    getset(w_builtin_function, "__qualname__", builtin_qualname)
    getset(w_builtin_function, "__module__", builtin_module)
    getset(w_builtin_function, "__doc__", builtin_doc)
    getset(w_builtin_function, "__self__", builtin_self)


install_builtin_attributes()


# ---- property, classmethod, staticmethod ----------------------------------------------------------------

def property_fget(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, descriptors.W_Property)
    return w_obj.w_fget


def property_fset(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, descriptors.W_Property)
    return w_obj.w_fset


def property_fdel(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, descriptors.W_Property)
    return w_obj.w_fdel


def property_doc(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, descriptors.W_Property)
    if w_obj.w_doc is w_None and w_obj.w_fget is not w_None:
        w_doc = ops.getattr_or_none(w_obj.w_fget, "__doc__")
        if w_doc is not None:
            return w_doc
    return w_obj.w_doc


def property_set_doc(w_obj: W_Root, w_value: W_Root | None) -> None:
    assert isinstance(w_obj, descriptors.W_Property)
    w_obj.w_doc = w_None if w_value is None else w_value


def property_isabstract(w_obj: W_Root) -> W_Root:
    assert isinstance(w_obj, descriptors.W_Property)
    for w_func in [w_obj.w_fget, w_obj.w_fset, w_obj.w_fdel]:
        w_flag = ops.getattr_or_none(w_func, "__isabstractmethod__")
        if w_flag is not None and ops.is_true(w_flag):
            return intobject.w_True
    return intobject.w_False


getset(descriptors.w_property, "fget", property_fget)
getset(descriptors.w_property, "fset", property_fset)
getset(descriptors.w_property, "fdel", property_fdel)
getset(descriptors.w_property, "__doc__", property_doc, property_set_doc)
getset(descriptors.w_property, "__isabstractmethod__", property_isabstract)


@method(descriptors.w_property, "__get__", "self, instance, owner=None, /")
def property_get(args_w: list[W_Root | None]) -> W_Root:
    w_prop = args_w[0]
    w_instance = args_w[1]
    assert w_prop is not None and w_instance is not None
    w_owner = args_w[2]
    if w_instance is w_None:
        return ops.descr_get(w_prop, None, w_owner if w_owner is not None else w_None)
    return ops.descr_get(w_prop, w_instance, ops.type_of(w_instance))


@method(descriptors.w_property, "__set__", "self, instance, value, /")
def property_set(args_w: list[W_Root | None]) -> W_Root:
    w_prop = args_w[0]
    w_instance = args_w[1]
    w_value = args_w[2]
    assert w_prop is not None and w_instance is not None and w_value is not None
    ops.descr_set(w_prop, w_instance, w_value)
    return w_None


@method(descriptors.w_property, "__delete__", "self, instance, /")
def property_delete(args_w: list[W_Root | None]) -> W_Root:
    w_prop = args_w[0]
    w_instance = args_w[1]
    assert w_prop is not None and w_instance is not None
    ops.descr_delete(w_prop, w_instance)
    return w_None


def wrapped_function(w_obj: W_Root) -> W_Root:
    if isinstance(w_obj, descriptors.W_ClassMethod):
        return w_obj.w_function
    assert isinstance(w_obj, descriptors.W_StaticMethod)
    return w_obj.w_function


def wrapped_isabstract(w_obj: W_Root) -> W_Root:
    w_flag = ops.getattr_or_none(wrapped_function(w_obj), "__isabstractmethod__")
    if w_flag is not None and ops.is_true(w_flag):
        return intobject.w_True
    return intobject.w_False


for _w_t in [descriptors.w_classmethod, descriptors.w_staticmethod]:
    getset(_w_t, "__func__", wrapped_function)
    getset(_w_t, "__wrapped__", wrapped_function)
    getset(_w_t, "__isabstractmethod__", wrapped_isabstract)


@method(descriptors.w_staticmethod, "__get__", "self, instance, owner=None, /")
@method(descriptors.w_classmethod, "__get__", "self, instance, owner=None, /")
def wrapper_get(args_w: list[W_Root | None]) -> W_Root:
    w_self = args_w[0]
    w_instance = args_w[1]
    assert w_self is not None and w_instance is not None
    w_owner = args_w[2]
    if w_owner is None or w_owner is w_None:
        w_owner = ops.type_of(w_instance)
    return ops.descr_get(w_self, None if w_instance is w_None else w_instance, w_owner)


@method(descriptors.w_staticmethod, "__call__", "self, *args, **kwargs")
def staticmethod_call(args_w: list[W_Root | None]) -> W_Root:
    from languages.python.objspace import typedescr
    w_self = args_w[0]
    assert isinstance(w_self, descriptors.W_StaticMethod)
    return ops.call_args(w_self.w_function, typedescr.arguments_from(args_w[1], args_w[2]))


# ---- slot and getset descriptors --------------------------------------------------------------------

def builtin_descr_name(w_obj: W_Root) -> str:
    if isinstance(w_obj, descriptors.W_MemberDescr):
        return w_obj.name
    assert isinstance(w_obj, descriptors.W_GetSetProperty)
    return w_obj.name


def builtin_descr_owner(w_obj: W_Root) -> W_Root:
    if isinstance(w_obj, descriptors.W_MemberDescr):
        return w_obj.w_objclass
    assert isinstance(w_obj, descriptors.W_GetSetProperty)
    return w_obj.w_objclass


def builtin_descr_name_w(w_obj: W_Root) -> W_Root:
    return strobject.newstr(builtin_descr_name(w_obj))


def builtin_descr_qualname(w_obj: W_Root) -> W_Root:
    return strobject.newstr(ops.type_name_of_type(builtin_descr_owner(w_obj)) + "." + builtin_descr_name(w_obj))


def builtin_descr_get(args_w: list[W_Root | None]) -> W_Root:
    w_descr = args_w[0]
    w_instance = args_w[1]
    assert w_descr is not None and w_instance is not None
    if w_instance is w_None:
        w_owner = args_w[2]
        if w_owner is None or w_owner is w_None:
            raise errors.type_error("__get__(None, None) is invalid")
        return w_descr
    return ops.descr_get(w_descr, w_instance, ops.type_of(w_instance))


def builtin_descr_set(args_w: list[W_Root | None]) -> W_Root:
    w_descr = args_w[0]
    w_instance = args_w[1]
    w_value = args_w[2]
    assert w_descr is not None and w_instance is not None and w_value is not None
    ops.descr_set(w_descr, w_instance, w_value)
    return w_None


def builtin_descr_delete(args_w: list[W_Root | None]) -> W_Root:
    w_descr = args_w[0]
    w_instance = args_w[1]
    assert w_descr is not None and w_instance is not None
    ops.descr_delete(w_descr, w_instance)
    return w_None


def member_repr(args_w: list[W_Root | None]) -> W_Root:
    w_descr = args_w[0]
    assert w_descr is not None
    return strobject.newstr("<member '%s' of '%s' objects>" % (
        builtin_descr_name(w_descr), ops.type_name_of_type(builtin_descr_owner(w_descr))))


def getset_repr(args_w: list[W_Root | None]) -> W_Root:
    w_descr = args_w[0]
    assert w_descr is not None
    return strobject.newstr("<attribute '%s' of '%s' objects>" % (
        builtin_descr_name(w_descr), ops.type_name_of_type(builtin_descr_owner(w_descr))))


@not_rpython
def install_builtin_descriptors() -> None:
    for w_t in [descriptors.w_member_descriptor, descriptors.w_getset_descriptor]:
        getset(w_t, "__name__", builtin_descr_name_w)
        getset(w_t, "__qualname__", builtin_descr_qualname)
        getset(w_t, "__objclass__", builtin_descr_owner)
        method(w_t, "__get__", "self, instance, owner=None, /")(builtin_descr_get)
        method(w_t, "__set__", "self, instance, value, /")(builtin_descr_set)
        method(w_t, "__delete__", "self, instance, /")(builtin_descr_delete)
    method(descriptors.w_member_descriptor, "__repr__", "self")(member_repr)
    method(descriptors.w_getset_descriptor, "__repr__", "self")(getset_repr)


install_builtin_descriptors()
